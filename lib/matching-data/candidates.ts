// The coordinator's view of one need's candidates: the engine's ranking over
// every active volunteer, plus the few rows the page needs to name people.
// A fixed number of queries whatever the size of the pool.
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MatchingContext, NeedInput, RankResult, RankedCandidate, VolunteerInput, VolunteerPool } from "@/lib/matching";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { loadMatchingContext, loadVolunteerInputs, NEED_MATCHING_SELECT } from "./load";
import { referenceDateOf, toNeedInput } from "./map";

export interface NeedCandidates {
  need: NeedInput;
  context: MatchingContext;
  pool: VolunteerPool;
  volunteers: ReadonlyMap<string, VolunteerInput>;
  /** The engine's ranking, minus volunteers who already declined or let a proposal for this need expire. */
  ranking: RankResult;
  /** Those volunteers: they cannot be proposed the same need again. */
  alreadyAsked: RankedCandidate[];
}

/** How many candidates are explained in full; the page shows a part of them, filters work on all. */
export const EXPLAINED_CANDIDATES = 200;

export async function loadNeedCandidates(options: { actor: Actor; needId: string; now?: Date; limit?: number }): Promise<NeedCandidates> {
  if (!isCoordinator(options.actor)) throw notFound();
  const now = options.now ?? new Date();
  const row = await db.need.findFirst({ where: { id: options.needId, ...coordinatorNeedScope(options.actor) }, select: NEED_MATCHING_SELECT });
  if (!row) throw notFound();
  const need = toNeedInput(row);
  const [context, volunteerInputs, asked] = await Promise.all([
    loadMatchingContext(db, row.programId),
    loadVolunteerInputs(db, { interestNeedIds: [row.id], includeIdentity: row.livedExperienceAsked, now }),
    db.pairing.findMany({ where: { needId: row.id, status: { in: ["DECLINED", "EXPIRED"] } }, select: { volunteerId: true } }),
  ]);
  const pool = prepareVolunteerPool({ volunteers: volunteerInputs, referenceDate: referenceDateOf(now) });
  const ranking = rankCandidates({ need, pool, context, limit: options.limit ?? EXPLAINED_CANDIDATES });
  const askedIds = new Set(asked.map((p) => p.volunteerId));
  const alreadyAsked = ranking.candidates.filter((c) => askedIds.has(c.volunteerId));
  const candidates = ranking.candidates.filter((c) => !askedIds.has(c.volunteerId)).map((c, i) => ({ ...c, rank: i + 1 }));
  return {
    need,
    context,
    pool,
    volunteers: new Map(volunteerInputs.map((v) => [v.id, v])),
    ranking: { ...ranking, candidates, candidateCount: ranking.candidateCount - alreadyAsked.length },
    alreadyAsked,
  };
}

export interface VolunteerSummary {
  id: string;
  name: string;
  headline: string;
}

/** Names and headlines of the volunteers a page actually shows (one query). */
export async function loadVolunteerSummaries(ids: readonly string[]): Promise<Map<string, VolunteerSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, volunteerProfile: { select: { headline: true } } },
  });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, headline: r.volunteerProfile?.headline ?? "" }]));
}
