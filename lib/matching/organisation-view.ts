import { apportion } from "./score-breakdown";
import { roundTenths } from "./evaluate-pair";
import type { CriterionId, CriterionScore, ScoredCandidate } from "./types";

/** Criteria an organisation member must never see, in any form. */
const HIDDEN_FROM_ORGANISATIONS: ReadonlySet<CriterionId> = new Set<CriterionId>(["livedExperience"]);

export interface OrganisationCandidateView {
  volunteerId: string;
  score: number;
  scoreTenths: number;
  breakdown: CriterionScore[];
}

/**
 * What an organisation member may see of a scored candidate: the identity criterion is removed
 * entirely and the score is recomputed from the remaining criteria as if it had never been there.
 * Merely dropping the line would leave the remaining points short of the score, and the
 * difference would reveal whether the volunteer matched the identity preference.
 */
export function toOrganisationView(candidate: ScoredCandidate): OrganisationCandidateView {
  const kept = candidate.breakdown.filter((line) => !HIDDEN_FROM_ORGANISATIONS.has(line.criterion));
  const totalWeight = kept.reduce((sum, line) => sum + line.weight, 0);
  const exact = kept.map((line) => (totalWeight > 0 ? ((line.weight * line.value) / totalWeight) * 1000 : 0));
  const scoreTenths = roundTenths(exact.reduce((sum, value) => sum + value, 0));
  const tenths = apportion(exact, scoreTenths);
  return {
    volunteerId: candidate.volunteerId,
    score: scoreTenths / 10,
    scoreTenths,
    breakdown: kept.map((line, k) => ({
      criterion: line.criterion,
      weight: line.weight,
      value: line.value,
      points: (tenths[k] ?? 0) / 10,
      pointsTenths: tenths[k] ?? 0,
      explanation: { key: line.explanation.key, params: { ...line.explanation.params } },
    })),
  };
}
