// What needs a person may see. Every query on needs goes through needScope().
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export function needScope(actor: Actor): Prisma.NeedWhereInput {
  const visible: Prisma.NeedWhereInput[] = [];
  if (actor.organisationIds.length) visible.push({ organisationId: { in: actor.organisationIds } });
  if (isCoordinator(actor)) visible.push(coordinatorNeedScope(actor));
  // A volunteer sees the needs they were proposed for or paired on.
  visible.push({ pairings: { some: { volunteerId: actor.id } } });
  return { OR: visible };
}

/** Coordinators act on needs of the programs they coordinate (admins on all). */
export function coordinatorNeedScope(actor: Actor): Prisma.NeedWhereInput {
  // A draft is the organisation's own until it is submitted.
  if (isAdmin(actor)) return { status: { not: "DRAFT" } };
  if (!isCoordinator(actor)) return { id: { in: [] } };
  return { status: { not: "DRAFT" }, OR: [{ programId: { in: actor.coordinatedProgramIds } }, { programId: null }] };
}
