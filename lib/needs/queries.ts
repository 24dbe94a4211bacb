import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coordinatorNeedScope, needScope } from "./scope";

export async function listNeedsForOrganisations(actor: Actor) {
  return db.need.findMany({
    where: { organisationId: { in: actor.organisationIds } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      desiredStartOn: true,
      organisation: { select: { name: true } },
      needType: { select: { nameFr: true, nameEn: true } },
      pairings: { where: { status: { in: ["ACCEPTED", "ACTIVE", "PAUSED", "COMPLETED"] } }, select: { id: true, status: true }, take: 1, orderBy: { proposedAt: "desc" } },
    },
  });
}

/** One need as the actor may see it; anyone else gets a not-found, never a "forbidden". */
export async function getNeedForActor(options: { actor: Actor; needId: string }) {
  const need = await db.need.findFirst({
    where: { id: options.needId, ...needScope(options.actor) },
    include: {
      organisation: { select: { id: true, name: true, city: true, region: true, sector: { select: { nameFr: true, nameEn: true } } } },
      needType: true,
      program: { select: { id: true, nameFr: true, nameEn: true } },
      availability: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      statusChanges: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } } },
      pairings: {
        where: { status: { in: ["PROPOSED", "ACCEPTED", "ACTIVE", "PAUSED", "COMPLETED", "ENDED_EARLY"] } },
        orderBy: { proposedAt: "desc" },
        select: { id: true, status: true, respondBy: true, volunteer: { select: { id: true, name: true } } },
      },
    },
  });
  if (!need) throw notFound();
  return need;
}

export async function listNeedsForCoordinator(options: {
  actor: Actor;
  status?: NeedStatus;
  take?: number;
  /** Only this program's needs (already checked against the programs the actor reports on). */
  programId?: string | null;
  /** Only needs submitted in [start, end). */
  submittedIn?: { start: Date; end: Date } | null;
}) {
  if (!isCoordinator(options.actor)) throw notFound();
  const filters: Prisma.NeedWhereInput[] = [coordinatorNeedScope(options.actor)];
  if (options.programId) filters.push({ programId: options.programId });
  if (options.submittedIn) filters.push({ submittedAt: { gte: options.submittedIn.start, lt: options.submittedIn.end } });
  const scope: Prisma.NeedWhereInput = { AND: filters };
  const where: Prisma.NeedWhereInput = { AND: [scope, ...(options.status ? [{ status: options.status }] : [])] };
  const [needs, counts] = await Promise.all([
    db.need.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: options.take ?? 100,
      select: {
        id: true,
        title: true,
        status: true,
        submittedAt: true,
        desiredStartOn: true,
        languages: true,
        organisation: { select: { name: true } },
        needType: { select: { nameFr: true, nameEn: true } },
      },
    }),
    db.need.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  return { needs, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<NeedStatus, number>> };
}
