// "Who comes next?" after a proposal is declined or expires: the best-ranked
// volunteer for the need who was never asked for it, ranked by the same engine
// and data layer as the coordinator's candidate list (lib/matching-data).
import type { DbTx } from "@/lib/db";
import type { MatchingContext } from "@/lib/matching";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import { loadMatchingContext, loadVolunteerInputs, NEED_MATCHING_SELECT, referenceDateOf, toNeedInput } from "@/lib/matching-data";

export interface NextCandidate {
  volunteerId: string;
  name: string;
  score: number;
  rank: number;
}

export async function nextCandidateFor(tx: DbTx, needId: string, now = new Date()): Promise<NextCandidate | null> {
  return (await nextCandidatesFor(tx, [needId], now)).get(needId) ?? null;
}

/**
 * The next candidate of several needs at once: the volunteers, the asked pairs
 * and each program's settings are loaded once, not once per need (the
 * coordinator's waiting list shows several needs on one page).
 */
export async function nextCandidatesFor(tx: DbTx, needIds: readonly string[], now = new Date()): Promise<Map<string, NextCandidate | null>> {
  const out = new Map<string, NextCandidate | null>();
  if (needIds.length === 0) return out;
  const rows = await tx.need.findMany({ where: { id: { in: [...needIds] } }, select: NEED_MATCHING_SELECT });
  if (rows.length === 0) return out;
  const [asked, volunteers] = await Promise.all([
    tx.pairing.findMany({ where: { needId: { in: rows.map((r) => r.id) } }, select: { needId: true, volunteerId: true } }),
    loadVolunteerInputs(tx, { interestNeedIds: rows.map((r) => r.id), includeIdentity: rows.some((r) => r.livedExperienceAsked), now }),
  ]);
  const contexts = new Map<string | null, MatchingContext>();
  for (const programId of new Set(rows.map((r) => r.programId))) contexts.set(programId, await loadMatchingContext(tx, programId));

  const best = new Map<string, { volunteerId: string; score: number; rank: number }>();
  for (const row of rows) {
    const askedHere = new Set(asked.filter((p) => p.needId === row.id).map((p) => p.volunteerId));
    const pool = prepareVolunteerPool({ volunteers: volunteers.filter((v) => !askedHere.has(v.id)), referenceDate: referenceDateOf(now) });
    const top = rankCandidates({ need: toNeedInput(row), pool, context: contexts.get(row.programId)!, limit: 1, includeExcluded: false }).candidates[0];
    if (top) best.set(row.id, { volunteerId: top.volunteerId, score: top.score, rank: top.rank });
  }
  const names = new Map(
    (await tx.user.findMany({ where: { id: { in: [...new Set([...best.values()].map((b) => b.volunteerId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]),
  );
  for (const row of rows) {
    const top = best.get(row.id);
    out.set(row.id, top ? { ...top, name: names.get(top.volunteerId) ?? "" } : null);
  }
  return out;
}
