import { CRITERIA, DEFAULT_TUNING } from "./types";
import type { CriterionId, MatchingContext, MatchingTuning, NeedInput, SkillLevel } from "./types";
import type { VolunteerPool } from "./volunteer-pool";
import { WEEK_WORDS, andPopcount, referenceOffsetMinutes, utcAvailability } from "./week-availability";

/**
 * A need translated into the pool's integer codes, plus everything about the scoring that is the
 * same for every candidate (which criteria apply, their weights), so the per-volunteer loop does
 * no lookups in maps or strings.
 */
export interface PreparedNeed {
  input: NeedInput;
  languageBits: Uint32Array;
  /** Distinct working languages of the need, known to the pool or not. */
  languageTotal: number;
  availability: Uint32Array;
  availabilitySlots: number;
  offsetMinutes: number;
  needTypeId: number;
  sectorId: number;
  organisationId: number;
  needIdInPool: number;
  /** Relevant skills of the need type; -1 for a skill no volunteer has. */
  relevantSkillIds: Int32Array;
  asksLivedExperience: boolean;
  tagIds: Int32Array;
  required: {
    languages: { code: string; id: number }[];
    minSeniority: number;
    sectorExperience: boolean;
    skills: { code: string; id: number; minLevel: SkillLevel }[];
  };
  /** Weight per criterion index in `CRITERIA` order; 0 for criteria absent from this need's score. */
  weights: Float64Array;
  /** 1 where the criterion takes part in this need's score. */
  present: Uint8Array;
  totalWeight: number;
  tuning: MatchingTuning;
  /** Program minimum in tenths of a point. */
  minimumTenths: number;
}

export const CRITERION_INDEX: Readonly<Record<CriterionId, number>> = Object.fromEntries(
  CRITERIA.map((id, index) => [id, index]),
) as Record<CriterionId, number>;

export function prepareNeed(need: NeedInput, pool: VolunteerPool, context: MatchingContext): PreparedNeed {
  const languageBits = new Uint32Array(pool.languages.words);
  const distinctLanguages = new Set(need.languages);
  for (const code of distinctLanguages) {
    const id = pool.languages.lookup(code);
    if (id >= 0) languageBits[id >>> 5] = (languageBits[id >>> 5] ?? 0) | (1 << (id & 31));
  }
  const availability = utcAvailability(need.availability, need.timeZone, pool.weekStartMs);
  const relevant = [...new Set(context.needTypeSkills[need.needType] ?? [])];
  const tagCodes = need.livedExperiencePreference?.tags ?? [];
  const asksLivedExperience = tagCodes.length > 0;
  const tagIds = Int32Array.from(
    tagCodes.map((tag) => pool.tags.lookup(tag)).filter((id) => id >= 0),
  );

  const required: PreparedNeed["required"] = { languages: [], minSeniority: 0, sectorExperience: false, skills: [] };
  for (const preference of need.requiredPreferences ?? []) {
    if (preference.kind === "language") {
      required.languages.push({ code: preference.language, id: pool.languages.lookup(preference.language) });
    } else if (preference.kind === "minSeniority") {
      required.minSeniority = Math.max(required.minSeniority, preference.years);
    } else if (preference.kind === "sectorExperience") {
      required.sectorExperience = true;
    } else {
      required.skills.push({ code: preference.skill, id: pool.skills.lookup(preference.skill), minLevel: preference.minLevel });
    }
  }

  const present = new Uint8Array(CRITERIA.length).fill(1);
  if (relevant.length === 0) present[CRITERION_INDEX.skillFit] = 0;
  if (distinctLanguages.size < 2) present[CRITERION_INDEX.extraLanguages] = 0;
  if (!asksLivedExperience) present[CRITERION_INDEX.livedExperience] = 0;
  const weights = new Float64Array(CRITERIA.length);
  let totalWeight = 0;
  CRITERIA.forEach((id, index) => {
    const weight = context.weights[id];
    if (present[index] === 1 && Number.isFinite(weight) && weight > 0) {
      weights[index] = weight;
      totalWeight += weight;
    }
  });

  return {
    input: need,
    languageBits,
    languageTotal: distinctLanguages.size,
    availability,
    availabilitySlots: andPopcount(availability, 0, availability, 0, WEEK_WORDS),
    offsetMinutes: referenceOffsetMinutes(need.timeZone, pool.weekStartMs),
    needTypeId: pool.needTypes.lookup(need.needType),
    sectorId: pool.sectors.lookup(need.organisationSector),
    organisationId: pool.organisations.lookup(need.organisationId),
    needIdInPool: pool.needIds.lookup(need.id),
    relevantSkillIds: Int32Array.from(relevant.map((code) => pool.skills.lookup(code))),
    asksLivedExperience,
    tagIds,
    required,
    weights,
    present,
    totalWeight,
    tuning: { ...DEFAULT_TUNING, ...context.tuning },
    minimumTenths: Math.round(Math.max(0, Math.min(100, context.minimumScore)) * 10),
  };
}
