import {
  FILTER_AVAILABILITY,
  FILTER_CAPACITY,
  FILTER_CONFLICT,
  FILTER_LANGUAGE,
  FILTER_OPT_OUT,
  FILTER_REQUIRED,
  criterionValues,
  failedFilters,
  rawScoreTenths,
  roundTenths,
} from "./evaluate-pair";
import { prepareNeed } from "./prepared-need";
import type { PreparedNeed } from "./prepared-need";
import { scoreEligiblePair } from "./score-breakdown";
import { CRITERIA } from "./types";
import type { ExcludedCandidate, HardFilterId, MatchingContext, NeedInput, RankResult, ScoredCandidate } from "./types";
import type { VolunteerPool } from "./volunteer-pool";

export interface RankCandidatesOptions {
  need: NeedInput;
  pool: VolunteerPool;
  context: MatchingContext;
  /**
   * How many candidates (and, separately, below-minimum candidates) are returned with their full
   * breakdown; default 100. `candidateCount` always gives the total. Pass `Infinity` for all.
   */
  limit?: number;
  /** List excluded volunteers with the filters they fail (default true). */
  includeExcluded?: boolean;
}

export const DEFAULT_RANK_LIMIT = 100;

/** One shared, frozen filter list per failure bitmask, so listing 90,000 exclusions allocates no arrays. */
const FILTER_FLAGS: readonly (readonly [number, HardFilterId])[] = [
  [FILTER_LANGUAGE, "language"],
  [FILTER_AVAILABILITY, "availability"],
  [FILTER_CAPACITY, "capacity"],
  [FILTER_CONFLICT, "conflictOfInterest"],
  [FILTER_OPT_OUT, "optOut"],
  [FILTER_REQUIRED, "requiredPreference"],
];
const FILTERS_BY_MASK: readonly (readonly HardFilterId[])[] = Array.from({ length: 64 }, (_, mask) =>
  Object.freeze(FILTER_FLAGS.filter(([flag]) => (mask & flag) !== 0).map(([, id]) => id)),
);

/**
 * Ranks every volunteer of the pool for one need: eligible ones by score (descending, ties by
 * volunteer id ascending), those under the program minimum separately, and the excluded ones
 * (in id order) with every hard filter they fail. The plain-language reasons of one exclusion
 * come from `evaluateInPool`, which a "why not this volunteer?" view calls for one person.
 *
 * Scores are first computed into a typed array; explanation objects are only built for the
 * candidates returned, which keeps 100,000-volunteer pools within budget.
 */
export function rankCandidates(options: RankCandidatesOptions): RankResult {
  const need = prepareNeed(options.need, options.pool, options.context);
  return rankPreparedNeed(options.pool, need, options.limit ?? DEFAULT_RANK_LIMIT, options.includeExcluded ?? true);
}

export function rankPreparedNeed(
  pool: VolunteerPool,
  need: PreparedNeed,
  limit = DEFAULT_RANK_LIMIT,
  includeExcluded = true,
): RankResult {
  const size = pool.size;
  const values = new Float64Array(CRITERIA.length);
  // Sort key packs (1000 − score) and the id rank into one float, so a plain numeric typed-array
  // sort orders by score descending then id ascending without a comparator callback.
  const keys = new Float64Array(size);
  const excludedRanks = new Int32Array(size);
  const masks = new Uint8Array(size);
  let eligibleCount = 0;
  let excludedCount = 0;
  for (let i = 0; i < size; i++) {
    const failed = failedFilters(pool, i, need);
    if (failed !== 0) {
      masks[i] = failed;
      excludedRanks[excludedCount++] = pool.idRank[i] ?? 0;
      continue;
    }
    criterionValues(pool, i, need, values);
    const tenths = roundTenths(rawScoreTenths(values, need));
    keys[eligibleCount++] = (1000 - tenths) * size + (pool.idRank[i] ?? 0);
  }
  const sorted = keys.subarray(0, eligibleCount).sort();

  const candidates: RankResult["candidates"] = [];
  const belowMinimum: ScoredCandidate[] = [];
  let candidateCount = 0;
  for (let k = 0; k < eligibleCount; k++) {
    const key = sorted[k] ?? 0;
    const tenths = 1000 - Math.floor(key / size);
    const meets = tenths >= need.minimumTenths;
    if (meets) candidateCount++;
    const list = meets ? candidates : belowMinimum;
    if (list.length >= limit) {
      if (!meets) break;
      continue;
    }
    const index = pool.indexByIdRank[key - (1000 - tenths) * size] ?? 0;
    const scored = scoreEligiblePair(pool, index, need, values);
    if (meets) candidates.push({ ...scored, rank: candidates.length + 1 });
    else belowMinimum.push(scored);
  }

  const excluded: ExcludedCandidate[] = [];
  if (includeExcluded) {
    const ranks = excludedRanks.subarray(0, excludedCount).sort();
    for (let k = 0; k < excludedCount; k++) {
      const index = pool.indexByIdRank[ranks[k] ?? 0] ?? 0;
      excluded.push({ volunteerId: pool.ids[index] ?? "", filters: FILTERS_BY_MASK[masks[index] ?? 0] ?? [] });
    }
  }

  return { needId: need.input.id, candidates, candidateCount, belowMinimum, excluded };
}
