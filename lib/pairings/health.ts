// The coordinator's view of pairings that need attention: at-risk pairings
// (pure rules in lib/scheduling/pairing-health) and needs whose proposal was
// declined or expired, waiting for the coordinator to confirm the next one.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { assessPairingHealth, DEFAULT_HEALTH_THRESHOLDS, type AtRiskReason, type PairingStatus as HealthStatus } from "@/lib/scheduling";
import { nextCandidatesFor, type NextCandidate } from "./cascade";

const DAY = 86_400_000;

function coordinatorPairingScope(actor: Actor): Prisma.PairingWhereInput {
  if (isAdmin(actor)) return {};
  return { OR: [{ programId: { in: actor.coordinatedProgramIds } }, { programId: null }] };
}

export interface AtRiskPairing {
  id: string;
  /** Paused pairings are listed too (without a reason): the coordinator paused them and resumes them here. */
  status: "PROPOSED" | "ACTIVE" | "PAUSED";
  needTitle: string;
  organisationName: string;
  volunteerName: string;
  reasons: AtRiskReason[];
}

export async function listAtRiskPairings(options: { actor: Actor; now?: Date }): Promise<AtRiskPairing[]> {
  if (!isCoordinator(options.actor)) throw notFound();
  const now = options.now ?? new Date();
  const pairings = await db.pairing.findMany({
    where: { ...coordinatorPairingScope(options.actor), status: { in: ["ACTIVE", "PROPOSED", "PAUSED"] } },
    select: {
      id: true,
      status: true,
      activatedAt: true,
      proposedAt: true,
      respondBy: true,
      volunteer: { select: { name: true } },
      need: { select: { title: true, organisation: { select: { name: true } } } },
    },
  });
  const activeIds = pairings.filter((p) => p.status === "ACTIVE").map((p) => p.id);
  const windowStart = new Date(now.getTime() - DEFAULT_HEALTH_THRESHOLDS.ratingWindowDays * DAY);
  const [lastLogged, ratings] = await Promise.all([
    db.sessionOccurrence.groupBy({ by: ["pairingId"], where: { pairingId: { in: activeIds }, status: "HELD" }, _max: { startsAt: true } }),
    db.sessionOccurrence.findMany({
      where: { pairingId: { in: activeIds }, status: "HELD", rating: { not: null }, startsAt: { gte: windowStart, lte: now } },
      select: { pairingId: true, rating: true, startsAt: true },
    }),
  ]);
  const lastByPairing = new Map(lastLogged.map((row) => [row.pairingId, row._max.startsAt]));
  const ratingsByPairing = new Map<string, { rating: number; at: Date }[]>();
  for (const r of ratings) {
    if (r.rating === null) continue;
    const list = ratingsByPairing.get(r.pairingId) ?? [];
    list.push({ rating: r.rating, at: r.startsAt });
    ratingsByPairing.set(r.pairingId, list);
  }

  const atRisk: AtRiskPairing[] = [];
  for (const p of pairings) {
    if (p.status === "PAUSED") {
      atRisk.push({ id: p.id, status: "PAUSED", needTitle: p.need.title, organisationName: p.need.organisation.name, volunteerName: p.volunteer.name, reasons: [] });
      continue;
    }
    const status = p.status as "PROPOSED" | "ACTIVE";
    const reasons = assessPairingHealth({
      now,
      status: status.toLowerCase() as HealthStatus,
      startedAt: p.activatedAt ?? (status === "ACTIVE" ? p.proposedAt : null),
      lastLoggedSessionAt: lastByPairing.get(p.id) ?? null,
      pendingProposalDeadline: status === "PROPOSED" ? p.respondBy : null,
      recentSessionRatings: ratingsByPairing.get(p.id) ?? [],
    });
    if (reasons.length) {
      atRisk.push({ id: p.id, status, needTitle: p.need.title, organisationName: p.need.organisation.name, volunteerName: p.volunteer.name, reasons });
    }
  }
  const weight = (p: AtRiskPairing) => (p.status === "PAUSED" ? 2 : p.reasons.some((r) => r.severity === "high") ? 0 : 1);
  return atRisk.sort((a, b) => weight(a) - weight(b) || a.organisationName.localeCompare(b.organisationName));
}

export interface NeedAwaitingNext {
  needId: string;
  needTitle: string;
  organisationName: string;
  closedStatus: "DECLINED" | "EXPIRED";
  closedVolunteer: string;
  closedAt: Date;
  next: NextCandidate | null;
}

/**
 * Needs back in the pool after a declined or expired proposal (programs that
 * cascade by hand), with the volunteer the ranking would propose next.
 */
export async function listNeedsAwaitingNext(options: { actor: Actor; limit?: number }): Promise<NeedAwaitingNext[]> {
  if (!isCoordinator(options.actor)) throw notFound();
  const needs = await db.need.findMany({
    where: { ...coordinatorNeedScope(options.actor), status: "APPROVED", pairings: { some: { status: { in: ["DECLINED", "EXPIRED"] } } } },
    orderBy: { updatedAt: "desc" },
    take: options.limit ?? 10,
    select: {
      id: true,
      title: true,
      organisation: { select: { name: true } },
      pairings: {
        where: { status: { in: ["DECLINED", "EXPIRED"] } },
        orderBy: { updatedAt: "desc" },
        take: 1,
        select: { status: true, updatedAt: true, volunteer: { select: { name: true } } },
      },
    },
  });
  const next = await nextCandidatesFor(db, needs.map((n) => n.id));
  const out: NeedAwaitingNext[] = [];
  for (const need of needs) {
    const closed = need.pairings[0];
    if (!closed) continue;
    out.push({
      needId: need.id,
      needTitle: need.title,
      organisationName: need.organisation.name,
      closedStatus: closed.status as "DECLINED" | "EXPIRED",
      closedVolunteer: closed.volunteer.name,
      closedAt: closed.updatedAt,
      next: next.get(need.id) ?? null,
    });
  }
  return out;
}

/** Programs the coordinator runs, with their proposal rules, for the settings form. */
export async function listCoordinatedPrograms(actor: Actor) {
  if (!isCoordinator(actor)) throw notFound();
  return db.program.findMany({
    where: isAdmin(actor) ? { active: true } : { id: { in: actor.coordinatedProgramIds } },
    orderBy: { startsOn: "desc" },
    select: { id: true, nameFr: true, nameEn: true, proposalTtlHours: true, cascadeMode: true },
  });
}
