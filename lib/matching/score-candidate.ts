import { failedFilters } from "./evaluate-pair";
import { exclusionReasons } from "./exclusion-reasons";
import { prepareNeed } from "./prepared-need";
import { scoreEligiblePair } from "./score-breakdown";
import type { ExclusionReason, MatchingContext, NeedInput, ScoredCandidate, VolunteerInput } from "./types";
import { prepareVolunteerPool } from "./volunteer-pool";
import type { VolunteerPool } from "./volunteer-pool";

export type PairEvaluation =
  | { eligible: true; meetsMinimum: boolean; candidate: ScoredCandidate }
  | { eligible: false; volunteerId: string; reasons: ExclusionReason[] };

/** Evaluates one volunteer of an already prepared pool against a need. */
export function evaluateInPool(options: {
  need: NeedInput;
  pool: VolunteerPool;
  volunteerId: string;
  context: MatchingContext;
}): PairEvaluation | null {
  const index = options.pool.indexById.get(options.volunteerId);
  if (index === undefined) return null;
  const need = prepareNeed(options.need, options.pool, options.context);
  const failed = failedFilters(options.pool, index, need);
  if (failed !== 0) {
    return { eligible: false, volunteerId: options.volunteerId, reasons: exclusionReasons(options.pool, index, need, failed) };
  }
  const candidate = scoreEligiblePair(options.pool, index, need);
  return { eligible: true, meetsMinimum: candidate.scoreTenths >= need.minimumTenths, candidate };
}

/**
 * Evaluates one (need, volunteer) pair from raw inputs — for a pairing's detail page, where
 * preparing a whole pool would be wasteful.
 */
export function scoreCandidate(options: {
  need: NeedInput;
  volunteer: VolunteerInput;
  context: MatchingContext;
  referenceDate: string;
}): PairEvaluation {
  const pool = prepareVolunteerPool({ volunteers: [options.volunteer], referenceDate: options.referenceDate });
  const result = evaluateInPool({ need: options.need, pool, volunteerId: options.volunteer.id, context: options.context });
  // The pool holds exactly this volunteer, so the lookup cannot miss.
  if (result === null) throw new Error("unreachable: volunteer missing from its own pool");
  return result;
}
