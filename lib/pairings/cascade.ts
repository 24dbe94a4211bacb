// "Who comes next?" after a proposal is declined or expires: the best-ranked
// volunteer for the need who was never asked for it, ranked by the same engine
// and data layer as the coordinator's candidate list (lib/matching-data).
import type { DbTx } from "@/lib/db";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import { loadMatchingContext, loadVolunteerInputs, NEED_MATCHING_SELECT, referenceDateOf, toNeedInput } from "@/lib/matching-data";

export interface NextCandidate {
  volunteerId: string;
  name: string;
  score: number;
  rank: number;
}

export async function nextCandidateFor(tx: DbTx, needId: string, now = new Date()): Promise<NextCandidate | null> {
  const row = await tx.need.findUnique({ where: { id: needId }, select: NEED_MATCHING_SELECT });
  if (!row) return null;
  const asked = new Set((await tx.pairing.findMany({ where: { needId }, select: { volunteerId: true } })).map((p) => p.volunteerId));
  const [context, volunteers] = await Promise.all([
    loadMatchingContext(tx, row.programId),
    loadVolunteerInputs(tx, { interestNeedIds: [needId], includeIdentity: row.livedExperienceAsked, now }),
  ]);
  const pool = prepareVolunteerPool({ volunteers: volunteers.filter((v) => !asked.has(v.id)), referenceDate: referenceDateOf(now) });
  const best = rankCandidates({ need: toNeedInput(row), pool, context, limit: 1, includeExcluded: false }).candidates[0];
  if (!best) return null;
  const user = await tx.user.findUniqueOrThrow({ where: { id: best.volunteerId }, select: { name: true } });
  return { volunteerId: best.volunteerId, name: user.name, score: best.score, rank: best.rank };
}
