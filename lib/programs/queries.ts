// Programs as coordinators see them: the ones they coordinate (every program for an admin).
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import { localName } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";

export function programScope(actor: Actor): Prisma.ProgramWhereInput {
  if (isAdmin(actor)) return {};
  if (!isCoordinator(actor)) return { id: { in: [] } };
  return { coordinators: { some: { userId: actor.id } } };
}

export async function listProgramsForCoordinator(actor: Actor) {
  if (!isCoordinator(actor)) throw notFound();
  return db.program.findMany({
    where: programScope(actor),
    orderBy: [{ active: "desc" }, { startsOn: "desc" }],
    select: {
      id: true,
      slug: true,
      nameFr: true,
      nameEn: true,
      startsOn: true,
      endsOn: true,
      active: true,
      hourlyValueCents: true,
      needTypes: { select: { needType: { select: { nameFr: true, nameEn: true } } } },
      _count: { select: { needs: true, pairings: true, alumni: true } },
    },
  });
}

/** Programs as options for the report filter, in the reader's language. */
export async function programOptions(actor: Actor, locale: AppLocale) {
  const programs = await db.program.findMany({ where: programScope(actor), orderBy: { startsOn: "desc" }, select: { id: true, nameFr: true, nameEn: true } });
  return programs.map((p) => ({ value: p.id, label: localName(p, locale) }));
}

export async function getProgramForCoordinator(actor: Actor, programId: string) {
  const program = await db.program.findFirst({
    where: { id: programId, ...programScope(actor) },
    include: { needTypes: { select: { needTypeId: true } } },
  });
  if (!program) throw notFound();
  return program;
}
