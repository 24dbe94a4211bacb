import { CRITERION_INDEX } from "./prepared-need";
import type { PreparedNeed } from "./prepared-need";
import { CRITERIA } from "./types";
import type { VolunteerPool } from "./volunteer-pool";
import { SLOT_MINUTES, WEEK_WORDS, andPopcount, popcount32 } from "./week-availability";

/**
 * The hot path: hard filters and criterion values for one (need, volunteer) pair, reading only
 * typed arrays. Explanations are built elsewhere, only for the candidates actually shown.
 */

export const FILTER_LANGUAGE = 1;
export const FILTER_AVAILABILITY = 2;
export const FILTER_CAPACITY = 4;
export const FILTER_CONFLICT = 8;
export const FILTER_OPT_OUT = 16;
export const FILTER_REQUIRED = 32;

function rowContains(start: Int32Array, values: Int32Array, row: number, value: number): boolean {
  if (value < 0) return false;
  const end = start[row + 1] ?? 0;
  for (let k = start[row] ?? 0; k < end; k++) if (values[k] === value) return true;
  return false;
}

function hasBit(bits: Uint32Array, offset: number, id: number): boolean {
  return id >= 0 && ((bits[offset + (id >>> 5)] ?? 0) & (1 << (id & 31))) !== 0;
}

export function sharedLanguageCount(pool: VolunteerPool, i: number, need: PreparedNeed): number {
  const words = need.languageBits.length;
  let shared = 0;
  for (let w = 0; w < words; w++) {
    const x = (pool.languageBits[i * words + w] ?? 0) & (need.languageBits[w] ?? 0);
    if (x !== 0) shared += popcount32(x);
  }
  return shared;
}

export function overlapSlots(pool: VolunteerPool, i: number, need: PreparedNeed): number {
  return andPopcount(pool.availability, i * WEEK_WORDS, need.availability, 0, WEEK_WORDS);
}

export function skillLevel(pool: VolunteerPool, i: number, skillId: number): number {
  return skillId < 0 ? 0 : (pool.skillLevels[i * pool.skills.size + skillId] ?? 0);
}

export function hasSectorExperience(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  return hasBit(pool.sectorBits, i * pool.sectors.words, need.sectorId);
}

export function optedOutOfNeedType(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  return hasBit(pool.optOutNeedTypeBits, i * pool.needTypes.words, need.needTypeId);
}

export function optedOutOfSector(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  return hasBit(pool.optOutSectorBits, i * pool.sectors.words, need.sectorId);
}

export function optedOutOfOrganisation(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  const rows = pool.optOutOrganisations;
  return rowContains(rows.start, rows.values, i, need.organisationId);
}

export function hasConflict(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  const rows = pool.conflictOrganisations;
  return rowContains(rows.start, rows.values, i, need.organisationId);
}

/** Bitmask of the `FILTER_*` flags the pair fails; 0 means eligible. */
export function failedFilters(pool: VolunteerPool, i: number, need: PreparedNeed): number {
  let failed = 0;
  if ((pool.capacity[i] ?? 0) - (pool.activePairings[i] ?? 0) <= 0) failed |= FILTER_CAPACITY;
  if (sharedLanguageCount(pool, i, need) === 0) failed |= FILTER_LANGUAGE;
  if (overlapSlots(pool, i, need) === 0) failed |= FILTER_AVAILABILITY;
  if (hasConflict(pool, i, need)) failed |= FILTER_CONFLICT;
  if (optedOutOfNeedType(pool, i, need) || optedOutOfSector(pool, i, need) || optedOutOfOrganisation(pool, i, need)) {
    failed |= FILTER_OPT_OUT;
  }
  if (failsRequiredPreference(pool, i, need)) failed |= FILTER_REQUIRED;
  return failed;
}

/** Same verdict as `failedFilters(...) === 0`, cheapest tests first, stopping at the first failure. */
export function isEligible(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  return (
    (pool.capacity[i] ?? 0) - (pool.activePairings[i] ?? 0) > 0 &&
    sharedLanguageCount(pool, i, need) > 0 &&
    overlapSlots(pool, i, need) > 0 &&
    !hasConflict(pool, i, need) &&
    !optedOutOfNeedType(pool, i, need) &&
    !optedOutOfSector(pool, i, need) &&
    !optedOutOfOrganisation(pool, i, need) &&
    !failsRequiredPreference(pool, i, need)
  );
}

function failsRequiredPreference(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  const required = need.required;
  if ((pool.seniorityYears[i] ?? 0) < required.minSeniority) return true;
  if (required.sectorExperience && !hasSectorExperience(pool, i, need)) return true;
  for (const language of required.languages) {
    if (!hasBit(pool.languageBits, i * pool.languages.words, language.id)) return true;
  }
  for (const skill of required.skills) {
    if (skillLevel(pool, i, skill.id) < skill.minLevel) return true;
  }
  return false;
}

export function speaksLanguage(pool: VolunteerPool, i: number, languageId: number): boolean {
  return hasBit(pool.languageBits, i * pool.languages.words, languageId);
}

export function timeZoneDistanceMinutes(pool: VolunteerPool, i: number, need: PreparedNeed): number {
  const raw = Math.abs((pool.offsetMinutes[i] ?? 0) - need.offsetMinutes);
  return Math.min(raw, 1440 - raw);
}

export function matchesLivedExperience(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  const rows = pool.consentedTags;
  const end = rows.start[i + 1] ?? 0;
  for (let k = rows.start[i] ?? 0; k < end; k++) {
    const tag = rows.values[k] ?? -1;
    for (let t = 0; t < need.tagIds.length; t++) if (need.tagIds[t] === tag) return true;
  }
  return false;
}

export function expressedInterest(pool: VolunteerPool, i: number, need: PreparedNeed): boolean {
  return rowContains(pool.interests.start, pool.interests.values, i, need.needIdInPool);
}

/** Past outcomes shrunk towards a neutral 0.5 by two "virtual" pairings, so one 5/5 is not a sure thing. */
const PRIOR_PAIRINGS = 2;

export function pastOutcomeValue(completed: number, meanSatisfaction: number): number {
  if (completed <= 0 || Number.isNaN(meanSatisfaction)) return 0.5;
  const observed = Math.min(1, Math.max(0, (meanSatisfaction - 1) / 4));
  return (observed * completed + 0.5 * PRIOR_PAIRINGS) / (completed + PRIOR_PAIRINGS);
}

/**
 * Writes each criterion value in [0, 1] into `out` (CRITERIA order). Absent criteria are left at 0
 * and carry no weight. Assumes the pair passed the hard filters.
 */
export function criterionValues(pool: VolunteerPool, i: number, need: PreparedNeed, out: Float64Array): void {
  const tuning = need.tuning;
  const present = need.present;

  if (present[CRITERION_INDEX.skillFit] === 1) {
    let sum = 0;
    const skills = need.relevantSkillIds;
    for (let s = 0; s < skills.length; s++) sum += skillLevel(pool, i, skills[s] ?? -1);
    out[CRITERION_INDEX.skillFit] = sum / (3 * skills.length);
  } else out[CRITERION_INDEX.skillFit] = 0;

  out[CRITERION_INDEX.sectorExperience] = hasSectorExperience(pool, i, need) ? 1 : 0;
  out[CRITERION_INDEX.seniority] = Math.min(1, (pool.seniorityYears[i] ?? 0) / tuning.seniorityFullYears);

  const overlapMinutes = overlapSlots(pool, i, need) * SLOT_MINUTES;
  const fullMinutes = Math.min(need.availabilitySlots * SLOT_MINUTES, tuning.availabilityFullHours * 60);
  out[CRITERION_INDEX.availabilityOverlap] = fullMinutes > 0 ? Math.min(1, overlapMinutes / fullMinutes) : 0;

  if (present[CRITERION_INDEX.extraLanguages] === 1) {
    const shared = sharedLanguageCount(pool, i, need);
    out[CRITERION_INDEX.extraLanguages] = Math.min(1, Math.max(0, shared - 1) / (need.languageTotal - 1));
  } else out[CRITERION_INDEX.extraLanguages] = 0;

  const distanceHours = timeZoneDistanceMinutes(pool, i, need) / 60;
  out[CRITERION_INDEX.timeZoneDistance] = Math.max(0, 1 - distanceHours / tuning.timeZoneZeroHours);

  out[CRITERION_INDEX.livedExperience] =
    present[CRITERION_INDEX.livedExperience] === 1 && matchesLivedExperience(pool, i, need) ? 1 : 0;

  const capacity = pool.capacity[i] ?? 0;
  out[CRITERION_INDEX.loadSpreading] = capacity > 0 ? Math.max(0, 1 - (pool.activePairings[i] ?? 0) / capacity) : 0;
  out[CRITERION_INDEX.expressedInterest] = expressedInterest(pool, i, need) ? 1 : 0;
  out[CRITERION_INDEX.pastOutcomes] = pastOutcomeValue(pool.completedPairings[i] ?? 0, pool.meanSatisfaction[i] ?? Number.NaN);
}

/** Unrounded score in tenths of a point: weighted mean of the values × 1000. */
export function rawScoreTenths(values: Float64Array, need: PreparedNeed): number {
  if (need.totalWeight <= 0) return 0;
  let sum = 0;
  const weights = need.weights;
  for (let c = 0; c < CRITERIA.length; c++) sum += (weights[c] ?? 0) * (values[c] ?? 0);
  return (sum / need.totalWeight) * 1000;
}

export function roundTenths(raw: number): number {
  // The epsilon absorbs float noise such as 499.99999999999994 for an exact 500.
  return Math.min(1000, Math.max(0, Math.round(raw + 1e-9)));
}

/**
 * Score in tenths for every volunteer of the pool against one need, −1 for excluded pairs.
 * This is what the cohort builder uses; it allocates nothing per volunteer.
 */
export function scoreAllTenths(pool: VolunteerPool, need: PreparedNeed, out: Int32Array = new Int32Array(pool.size)): Int32Array {
  const values = new Float64Array(CRITERIA.length);
  for (let i = 0; i < pool.size; i++) {
    if (!isEligible(pool, i, need)) {
      out[i] = -1;
      continue;
    }
    criterionValues(pool, i, need, values);
    out[i] = roundTenths(rawScoreTenths(values, need));
  }
  return out;
}
