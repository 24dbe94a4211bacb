/**
 * Tandem's matching engine: pure functions, no database, no framework.
 *
 * 1. `prepareVolunteerPool` once after loading volunteers (for one reference week);
 * 2. `rankCandidates` for one need, `evaluateInPool` / `scoreCandidate` for one pair;
 * 3. `toOrganisationView` before showing a candidate to an organisation member;
 * 4. `assignCohort` for a whole cohort (optimal and greedy drafts);
 * 5. `maxWeightAssignment` / `greedyAssignment` are the generic solvers underneath.
 */
export * from "./types";
export { MatchingInputError } from "./errors";
export { prepareVolunteerPool, compareIds } from "./volunteer-pool";
export type { VolunteerPool, PrepareVolunteersOptions } from "./volunteer-pool";
export { rankCandidates, DEFAULT_RANK_LIMIT } from "./rank-candidates";
export type { RankCandidatesOptions } from "./rank-candidates";
export { evaluateInPool, scoreCandidate } from "./score-candidate";
export type { PairEvaluation } from "./score-candidate";
export { toOrganisationView } from "./organisation-view";
export type { OrganisationCandidateView } from "./organisation-view";
export { assignCohort } from "./assign-cohort";
export type {
  AssignCohortOptions,
  CohortDraft,
  CohortPair,
  CohortResult,
  DraftPair,
  IgnoredFixedPairReason,
} from "./assign-cohort";
export { maxWeightAssignment } from "./solver/max-weight-assignment";
export { greedyAssignment } from "./solver/greedy-assignment";
export type { AssignmentResult, BipartiteInstance } from "./solver/bipartite-graph";
export { utcAvailability, referenceWeekStartMs, SLOT_MINUTES } from "./week-availability";
export { availabilityScreen, mayShareAvailability } from "./availability-screen";
export type { AvailabilityScreen } from "./availability-screen";
