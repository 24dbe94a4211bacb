/**
 * Input and output types of Tandem's matching engine. They are deliberately independent of the
 * database schema: the app maps its rows onto these shapes, and the engine never sees anything
 * it does not need to rank candidates.
 */

/** A message key from the `matching` catalogue plus its interpolation parameters. */
export interface MessageRef {
  key: string;
  params: Record<string, string | number>;
}

/**
 * One recurring weekly window, in the owner's local time.
 * `weekday` is 0–6 with **0 = Monday** … 6 = Sunday (Monday-first, not ISO 1–7, not JS Sunday-first).
 * `startMinute` / `endMinute` are minutes after local midnight, end exclusive, 0 ≤ start < end ≤ 1440.
 * A window crossing midnight is given as two windows.
 */
export interface WeeklySlot {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export type SkillLevel = 1 | 2 | 3;

export interface VolunteerSkill {
  code: string;
  level: SkillLevel;
}

export interface VolunteerInput {
  id: string;
  /** ISO 639-1 language codes, e.g. "fr", "en". */
  languages: readonly string[];
  skills: readonly VolunteerSkill[];
  /** Sector codes the volunteer has experience in. */
  sectors: readonly string[];
  /** Years of professional experience. */
  seniorityYears: number;
  availability: readonly WeeklySlot[];
  /** IANA time zone, e.g. "America/Toronto". */
  timeZone: string;
  /** Maximum number of simultaneous pairings. */
  capacity: number;
  activePairings: number;
  optOuts?: {
    needTypes?: readonly string[];
    sectors?: readonly string[];
    organisationIds?: readonly string[];
  };
  /** Organisations the volunteer works for or sits on the board of. */
  conflictOrganisationIds?: readonly string[];
  /** Lived-experience self-identification; ignored entirely unless `consented` is true. */
  selfIdentification?: { consented: boolean; tags: readonly string[] } | null;
  /** Needs this volunteer expressed interest in while browsing. */
  interestedNeedIds?: readonly string[];
  pastOutcomes?: { completedPairings: number; meanSatisfaction: number | null } | null;
}

/** Must-haves an organisation can set on a need; each one is a hard filter. */
export type RequiredPreference =
  | { kind: "language"; language: string }
  | { kind: "minSeniority"; years: number }
  | { kind: "sectorExperience" }
  | { kind: "skill"; skill: string; minLevel: SkillLevel };

export interface NeedInput {
  id: string;
  organisationId: string;
  needType: string;
  organisationSector: string;
  /** Working languages; a volunteer must share at least one. */
  languages: readonly string[];
  availability: readonly WeeklySlot[];
  timeZone: string;
  requiredPreferences?: readonly RequiredPreference[];
  /** Only set when the organisation asked for it; tags are never echoed in any output. */
  livedExperiencePreference?: { tags: readonly string[] } | null;
}

export const CRITERIA = [
  "skillFit",
  "sectorExperience",
  "seniority",
  "availabilityOverlap",
  "extraLanguages",
  "timeZoneDistance",
  "livedExperience",
  "loadSpreading",
  "expressedInterest",
  "pastOutcomes",
] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const HARD_FILTERS = [
  "language",
  "availability",
  "capacity",
  "conflictOfInterest",
  "optOut",
  "requiredPreference",
] as const;
export type HardFilterId = (typeof HARD_FILTERS)[number];

export type CriterionWeights = Record<CriterionId, number>;

export interface MatchingContext {
  /** Non-negative weight per criterion (per program, tuned by coordinators). */
  weights: CriterionWeights;
  /** Program minimum score, 0–100; candidates below it are not proposed nor used in cohorts. */
  minimumScore: number;
  /** Need type code → skill codes relevant to that type. */
  needTypeSkills: Readonly<Record<string, readonly string[]>>;
  /** Saturation points of the continuous criteria; defaults are documented on `DEFAULT_TUNING`. */
  tuning?: Partial<MatchingTuning>;
}

export interface MatchingTuning {
  /** Years of experience at which the seniority criterion reaches 1. */
  seniorityFullYears: number;
  /** Shared weekly hours at which the availability criterion reaches 1 (or the need's own total, if smaller). */
  availabilityFullHours: number;
  /** Hours of time-zone distance at which that criterion reaches 0. */
  timeZoneZeroHours: number;
}

export const DEFAULT_TUNING: MatchingTuning = {
  seniorityFullYears: 15,
  availabilityFullHours: 4,
  timeZoneZeroHours: 12,
};

export interface CriterionScore {
  criterion: CriterionId;
  /** Weight used for this criterion (as given in the context). */
  weight: number;
  /** Criterion value in [0, 1]. */
  value: number;
  /** Points contributed to the score; the parts add up exactly to the score (see `pointsTenths`). */
  points: number;
  /** Same as `points`, in integer tenths of a point: sum of `pointsTenths` === `scoreTenths`. */
  pointsTenths: number;
  explanation: MessageRef;
}

export interface ScoredCandidate {
  volunteerId: string;
  /** 0–100 with one decimal. */
  score: number;
  /** Score in integer tenths (0–1000); use it for exact comparisons and sums. */
  scoreTenths: number;
  breakdown: CriterionScore[];
}

export interface RankedCandidate extends ScoredCandidate {
  /** 1-based position among eligible candidates meeting the program minimum. */
  rank: number;
}

export interface ExclusionReason {
  filter: HardFilterId;
  explanation: MessageRef;
}

export interface ExcludedCandidate {
  volunteerId: string;
  /** Every hard filter the volunteer fails, in `HARD_FILTERS` order (a shared, frozen array). */
  filters: readonly HardFilterId[];
}

export interface RankResult {
  needId: string;
  /** Eligible candidates at or above the program minimum, best first, ties broken by id. */
  candidates: RankedCandidate[];
  /** Total number of such candidates (exceeds `candidates.length` when there are more than `limit`). */
  candidateCount: number;
  /** Eligible but under the program minimum score, best first. */
  belowMinimum: ScoredCandidate[];
  excluded: ExcludedCandidate[];
}
