import {
  criterionValues,
  expressedInterest,
  hasSectorExperience,
  matchesLivedExperience,
  overlapSlots,
  rawScoreTenths,
  roundTenths,
  sharedLanguageCount,
  skillLevel,
  timeZoneDistanceMinutes,
} from "./evaluate-pair";
import type { PreparedNeed } from "./prepared-need";
import { CRITERIA } from "./types";
import type { CriterionId, CriterionScore, MessageRef, ScoredCandidate } from "./types";
import type { VolunteerPool } from "./volunteer-pool";
import { SLOT_MINUTES } from "./week-availability";

/**
 * Splits `total` integer units across parts proportional to `exact` (largest-remainder method),
 * so that the displayed per-criterion points always add up to the displayed score. Ties in
 * remainders go to the earlier part, which keeps the split deterministic.
 */
export function apportion(exact: readonly number[], total: number): number[] {
  const count = exact.length;
  const floors = new Array<number>(count);
  const remainders = new Array<number>(count);
  let missing = total;
  for (let k = 0; k < count; k++) {
    const value = Math.max(0, exact[k] ?? 0);
    const floor = Math.floor(value);
    floors[k] = floor;
    remainders[k] = value - floor;
    missing -= floor;
  }
  if (count === 0) return floors;
  // A handful of criteria: repeated selection of the largest remaining remainder is cheaper than
  // sorting, and taking the first on ties keeps it deterministic.
  const given = new Array<boolean>(count).fill(false);
  while (missing > 0) {
    let best = -1;
    for (let k = 0; k < count; k++) {
      if (!given[k] && (best < 0 || (remainders[k] ?? 0) > (remainders[best] ?? 0))) best = k;
    }
    if (best < 0) {
      given.fill(false);
      continue;
    }
    given[best] = true;
    floors[best] = (floors[best] ?? 0) + 1;
    missing--;
  }
  // Only reachable through float noise: take units back from the smallest remainders.
  while (missing < 0) {
    let worst = -1;
    for (let k = 0; k < count; k++) {
      if ((floors[k] ?? 0) > 0 && (worst < 0 || (remainders[k] ?? 0) < (remainders[worst] ?? 0))) worst = k;
    }
    if (worst < 0) break;
    floors[worst] = (floors[worst] ?? 0) - 1;
    remainders[worst] = Number.POSITIVE_INFINITY;
    missing++;
  }
  return floors;
}

function message(key: string, params: Record<string, string | number> = {}): MessageRef {
  return { key: `matching.${key}`, params };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Plain-language explanation of one criterion. Keys whose params include `count` have `_one` /
 * `_other` plural variants in the catalogues. The lived-experience explanation deliberately says
 * only whether the organisation's stated preference is met — never which tags.
 */
export function explainCriterion(
  criterion: CriterionId,
  pool: VolunteerPool,
  i: number,
  need: PreparedNeed,
): MessageRef {
  switch (criterion) {
    case "skillFit": {
      let have = 0;
      for (const id of need.relevantSkillIds) if (skillLevel(pool, i, id) > 0) have++;
      return message("criteria.skillFit.explain", { have, count: need.relevantSkillIds.length });
    }
    case "sectorExperience":
      return message(hasSectorExperience(pool, i, need) ? "criteria.sectorExperience.yes" : "criteria.sectorExperience.no");
    case "seniority":
      return message("criteria.seniority.explain", { count: roundTo(pool.seniorityYears[i] ?? 0, 1) });
    case "availabilityOverlap":
      return message("criteria.availabilityOverlap.explain", {
        hours: roundTo((overlapSlots(pool, i, need) * SLOT_MINUTES) / 60, 2),
      });
    case "extraLanguages":
      return message("criteria.extraLanguages.explain", {
        count: sharedLanguageCount(pool, i, need),
        total: need.languageTotal,
      });
    case "timeZoneDistance": {
      const hours = roundTo(timeZoneDistanceMinutes(pool, i, need) / 60, 2);
      return hours === 0
        ? message("criteria.timeZoneDistance.same")
        : message("criteria.timeZoneDistance.explain", { hours });
    }
    case "livedExperience":
      return message(
        matchesLivedExperience(pool, i, need) ? "criteria.livedExperience.matches" : "criteria.livedExperience.doesNotMatch",
      );
    case "loadSpreading":
      return message("criteria.loadSpreading.explain", {
        count: pool.activePairings[i] ?? 0,
        capacity: pool.capacity[i] ?? 0,
      });
    case "expressedInterest":
      return message(expressedInterest(pool, i, need) ? "criteria.expressedInterest.yes" : "criteria.expressedInterest.no");
    case "pastOutcomes": {
      const count = pool.completedPairings[i] ?? 0;
      const satisfaction = pool.meanSatisfaction[i] ?? Number.NaN;
      if (count === 0) return message("criteria.pastOutcomes.none");
      if (Number.isNaN(satisfaction)) return message("criteria.pastOutcomes.noRating", { count });
      return message("criteria.pastOutcomes.explain", { count, satisfaction: roundTo(satisfaction, 1) });
    }
  }
}

/**
 * Builds the criteria list of a score from values and weights. Only criteria that take part in
 * the score (present for this need, weight > 0) are listed; the points are apportioned so their
 * sum equals the rounded score exactly.
 */
export function buildBreakdown(
  values: Float64Array,
  need: PreparedNeed,
  explain: (criterion: CriterionId) => MessageRef,
  scoreTenths: number,
): CriterionScore[] {
  const used: number[] = [];
  const exact: number[] = [];
  for (let index = 0; index < CRITERIA.length; index++) {
    const weight = need.weights[index] ?? 0;
    if (weight <= 0) continue;
    used.push(index);
    exact.push(((weight * (values[index] ?? 0)) / need.totalWeight) * 1000);
  }
  const tenths = apportion(exact, scoreTenths);
  const breakdown: CriterionScore[] = [];
  for (let k = 0; k < used.length; k++) {
    const index = used[k] ?? 0;
    const criterion = CRITERIA[index] ?? "skillFit";
    const pointsTenths = tenths[k] ?? 0;
    breakdown.push({
      criterion,
      weight: need.weights[index] ?? 0,
      value: values[index] ?? 0,
      points: pointsTenths / 10,
      pointsTenths,
      explanation: explain(criterion),
    });
  }
  return breakdown;
}

/** Full score with breakdown of one eligible pair. */
export function scoreEligiblePair(pool: VolunteerPool, i: number, need: PreparedNeed, scratch?: Float64Array): ScoredCandidate {
  const values = scratch ?? new Float64Array(CRITERIA.length);
  criterionValues(pool, i, need, values);
  const scoreTenths = roundTenths(rawScoreTenths(values, need));
  return {
    volunteerId: pool.ids[i] ?? "",
    score: scoreTenths / 10,
    scoreTenths,
    breakdown: buildBreakdown(values, need, (criterion) => explainCriterion(criterion, pool, i, need), scoreTenths),
  };
}
