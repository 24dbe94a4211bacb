import {
  FILTER_AVAILABILITY,
  FILTER_CAPACITY,
  FILTER_CONFLICT,
  FILTER_LANGUAGE,
  FILTER_OPT_OUT,
  FILTER_REQUIRED,
  hasSectorExperience,
  optedOutOfNeedType,
  optedOutOfOrganisation,
  optedOutOfSector,
  skillLevel,
  speaksLanguage,
} from "./evaluate-pair";
import type { PreparedNeed } from "./prepared-need";
import type { ExclusionReason, HardFilterId } from "./types";
import type { VolunteerPool } from "./volunteer-pool";

function reason(filter: HardFilterId, key: string, params: Record<string, string | number> = {}): ExclusionReason {
  return { filter, explanation: { key: `matching.exclusions.${key}`, params } };
}

/**
 * Why a volunteer was excluded, one reason per failed filter (and per unmet required preference).
 * Params named `language` and `skill` are taxonomy codes for the UI to label.
 */
export function exclusionReasons(pool: VolunteerPool, i: number, need: PreparedNeed, failed: number): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  if (failed & FILTER_LANGUAGE) reasons.push(reason("language", "language"));
  if (failed & FILTER_AVAILABILITY) reasons.push(reason("availability", "availability"));
  if (failed & FILTER_CAPACITY) {
    reasons.push(
      reason("capacity", "capacity", { count: pool.activePairings[i] ?? 0, capacity: pool.capacity[i] ?? 0 }),
    );
  }
  if (failed & FILTER_CONFLICT) reasons.push(reason("conflictOfInterest", "conflictOfInterest"));
  if (failed & FILTER_OPT_OUT) {
    if (optedOutOfNeedType(pool, i, need)) reasons.push(reason("optOut", "optOut.needType"));
    if (optedOutOfSector(pool, i, need)) reasons.push(reason("optOut", "optOut.sector"));
    if (optedOutOfOrganisation(pool, i, need)) reasons.push(reason("optOut", "optOut.organisation"));
  }
  if (failed & FILTER_REQUIRED) {
    const required = need.required;
    for (const language of required.languages) {
      if (!speaksLanguage(pool, i, language.id)) {
        reasons.push(reason("requiredPreference", "requiredPreference.language", { language: language.code }));
      }
    }
    const years = pool.seniorityYears[i] ?? 0;
    if (years < required.minSeniority) {
      reasons.push(
        reason("requiredPreference", "requiredPreference.minSeniority", { count: years, required: required.minSeniority }),
      );
    }
    if (required.sectorExperience && !hasSectorExperience(pool, i, need)) {
      reasons.push(reason("requiredPreference", "requiredPreference.sectorExperience"));
    }
    for (const skill of required.skills) {
      if (skillLevel(pool, i, skill.id) < skill.minLevel) {
        reasons.push(
          reason("requiredPreference", "requiredPreference.skill", { skill: skill.code, level: skill.minLevel }),
        );
      }
    }
  }
  return reasons;
}
