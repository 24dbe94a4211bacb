// Loads a program's open needs and the volunteer pool, and runs the engine's
// exact cohort assignment (with the greedy result beside it).
import type { DbTx } from "@/lib/db";
import type { CohortPair, CohortResult } from "@/lib/matching";
import { assignCohort, prepareVolunteerPool } from "@/lib/matching";
import { loadMatchingContext, loadNeedInputs, loadVolunteerInputs } from "@/lib/matching-data/load";
import { referenceDateOf } from "@/lib/matching-data/map";

export interface CohortConstraints {
  fixed: readonly CohortPair[];
  forbidden: readonly CohortPair[];
}

/** Every APPROVED need of the program; volunteers who already declined or let a need's proposal expire are never paired with it again. */
export async function solveProgramCohort(client: DbTx, programId: string, constraints: CohortConstraints, now: Date): Promise<{ result: CohortResult; needIds: string[] }> {
  const needs = await loadNeedInputs(client, { programId, status: "APPROVED" });
  const needIds = needs.map((n) => n.id);
  const [context, volunteers, asked] = await Promise.all([
    loadMatchingContext(client, programId),
    loadVolunteerInputs(client, { interestNeedIds: needIds, includeIdentity: needs.some((n) => n.livedExperiencePreference), now }),
    client.pairing.findMany({ where: { needId: { in: needIds }, status: { in: ["DECLINED", "EXPIRED"] } }, select: { needId: true, volunteerId: true } }),
  ]);
  const pool = prepareVolunteerPool({ volunteers, referenceDate: referenceDateOf(now) });
  const result = assignCohort({ needs, pool, context, fixedPairs: constraints.fixed, forbiddenPairs: [...constraints.forbidden, ...asked] });
  return { result, needIds };
}
