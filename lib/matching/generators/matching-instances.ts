import type { CriterionWeights, MatchingContext, NeedInput, RequiredPreference, VolunteerInput, WeeklySlot } from "../types";
import { SeededRandom } from "./seeded-random";

/**
 * Random but plausible volunteers and needs for a Canadian/French-speaking program, for tests,
 * the benchmark and the lead's DB-backed benchmark. Deterministic in the seed.
 */

export const SAMPLE_SKILLS = [
  "social-media",
  "content-writing",
  "fundraising",
  "partnerships",
  "brand-strategy",
  "graphic-design",
  "web-development",
  "email-marketing",
  "paid-ads",
  "analytics",
  "volunteer-management",
  "community-building",
  "public-relations",
  "video",
  "photography",
  "seo",
] as const;

export const SAMPLE_NEED_TYPE_SKILLS: Readonly<Record<string, readonly string[]>> = {
  "social-media-strategy": ["social-media", "content-writing", "analytics", "community-building"],
  "fundraising-campaign": ["fundraising", "content-writing", "email-marketing", "social-media"],
  partnerships: ["partnerships", "public-relations"],
  "brand-messaging": ["brand-strategy", "content-writing", "graphic-design"],
  website: ["web-development", "seo", "content-writing"],
  newsletter: ["email-marketing", "content-writing", "graphic-design"],
  "paid-ads": ["paid-ads", "analytics", "social-media"],
  "volunteer-recruitment": ["volunteer-management", "social-media", "community-building"],
  "alumni-community": ["community-building", "email-marketing", "volunteer-management"],
  other: [],
};

export const SAMPLE_SECTORS = [
  "health",
  "education",
  "environment",
  "social-services",
  "arts-culture",
  "international-development",
  "housing",
  "food-security",
  "youth",
  "seniors",
  "disability",
  "immigration",
] as const;

export const SAMPLE_IDENTITY_TAGS = ["mother", "newcomer", "indigenous", "lgbtq", "disability", "racialized"] as const;

export const DEFAULT_WEIGHTS: CriterionWeights = {
  skillFit: 3,
  sectorExperience: 2,
  seniority: 1,
  availabilityOverlap: 2,
  extraLanguages: 1,
  timeZoneDistance: 1,
  livedExperience: 2,
  loadSpreading: 1,
  expressedInterest: 1.5,
  pastOutcomes: 1,
};

export function sampleContext(overrides: Partial<MatchingContext> = {}): MatchingContext {
  return { weights: DEFAULT_WEIGHTS, minimumScore: 40, needTypeSkills: SAMPLE_NEED_TYPE_SKILLS, ...overrides };
}

const TIME_ZONES: readonly (readonly [string, number])[] = [
  ["America/Toronto", 40],
  ["America/Vancouver", 12],
  ["America/Edmonton", 6],
  ["America/Winnipeg", 5],
  ["America/Halifax", 5],
  ["America/St_Johns", 2],
  ["Europe/Paris", 15],
  ["Europe/Brussels", 5],
  ["Africa/Casablanca", 3],
  ["Asia/Kolkata", 2],
];

function languagesFor(random: SeededRandom): string[] {
  const languages = new Set<string>();
  if (random.chance(0.65)) languages.add("fr");
  if (random.chance(0.7)) languages.add("en");
  if (random.chance(0.12)) languages.add("es");
  if (random.chance(0.05)) languages.add("ar");
  if (random.chance(0.04)) languages.add("pt");
  if (random.chance(0.03)) languages.add("ht");
  if (random.chance(0.03)) languages.add("zh");
  if (languages.size === 0) languages.add(random.chance(0.5) ? "fr" : "en");
  return [...languages];
}

function volunteerSlots(random: SeededRandom): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  const count = random.int(1, 4);
  const retired = random.chance(0.15);
  for (let k = 0; k < count; k++) {
    const pattern = retired ? random.pick(["morning", "afternoon"]) : random.pick(["evening", "lunch", "evening", "weekend", "morning"]);
    if (pattern === "weekend") {
      slots.push({ weekday: random.int(5, 6), startMinute: random.int(8, 11) * 60, endMinute: random.int(12, 16) * 60 });
    } else if (pattern === "lunch") {
      slots.push({ weekday: random.int(0, 4), startMinute: 12 * 60, endMinute: 13 * 60 + random.pick([0, 30]) });
    } else if (pattern === "evening") {
      slots.push({ weekday: random.int(0, 4), startMinute: random.int(17, 19) * 60, endMinute: random.int(20, 22) * 60 });
    } else if (pattern === "morning") {
      slots.push({ weekday: random.int(0, 4), startMinute: random.int(7, 9) * 60, endMinute: random.int(10, 12) * 60 });
    } else {
      slots.push({ weekday: random.int(0, 4), startMinute: random.int(13, 14) * 60, endMinute: random.int(16, 17) * 60 });
    }
  }
  return slots;
}

function needSlots(random: SeededRandom): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  const count = random.int(2, 5);
  for (let k = 0; k < count; k++) {
    const start = random.int(9 * 4, 15 * 4) * 15;
    slots.push({ weekday: random.int(0, 4), startMinute: start, endMinute: Math.min(start + random.int(4, 12) * 15, 19 * 60) });
  }
  if (random.chance(0.4)) slots.push({ weekday: random.int(0, 4), startMinute: 17 * 60 + 30, endMinute: 20 * 60 });
  return slots;
}

export function organisationId(n: number): string {
  return `org-${String(n).padStart(5, "0")}`;
}

export function needId(n: number): string {
  return `need-${String(n).padStart(6, "0")}`;
}

export function volunteerId(n: number): string {
  return `vol-${String(n).padStart(6, "0")}`;
}

export interface GenerateVolunteersOptions {
  seed: number;
  count: number;
  /** Ids of needs volunteers may have expressed interest in. */
  needIds?: readonly string[];
  organisationCount?: number;
  minCapacity?: number;
  maxCapacity?: number;
}

export function generateVolunteers(options: GenerateVolunteersOptions): VolunteerInput[] {
  const random = new SeededRandom(options.seed);
  const organisationCount = options.organisationCount ?? 2000;
  const needIds = options.needIds ?? [];
  const result: VolunteerInput[] = [];
  for (let n = 0; n < options.count; n++) {
    const capacity = random.int(options.minCapacity ?? 1, options.maxCapacity ?? 3);
    const activePairings = random.chance(0.6) ? 0 : random.int(0, capacity);
    const skills = random.sample(SAMPLE_SKILLS, random.int(2, 6)).map((code) => ({ code, level: random.int(1, 3) as 1 | 2 | 3 }));
    const consented = random.chance(0.3);
    result.push({
      id: volunteerId(n),
      languages: languagesFor(random),
      skills,
      sectors: random.sample(SAMPLE_SECTORS, random.int(0, 3)),
      seniorityYears: random.int(1, 30),
      availability: volunteerSlots(random),
      timeZone: random.weighted(TIME_ZONES),
      capacity,
      activePairings,
      optOuts: random.chance(0.1)
        ? {
            needTypes: random.chance(0.5) ? [random.pick(Object.keys(SAMPLE_NEED_TYPE_SKILLS))] : [],
            sectors: random.chance(0.5) ? [random.pick(SAMPLE_SECTORS)] : [],
            organisationIds: random.chance(0.3) ? [organisationId(random.int(0, organisationCount - 1))] : [],
          }
        : undefined,
      conflictOrganisationIds: random.chance(0.05) ? [organisationId(random.int(0, organisationCount - 1))] : [],
      selfIdentification: random.chance(0.5)
        ? { consented, tags: random.sample(SAMPLE_IDENTITY_TAGS, random.int(1, 2)) }
        : null,
      interestedNeedIds: needIds.length > 0 && random.chance(0.05) ? random.sample(needIds, random.int(1, 3)) : [],
      pastOutcomes: random.chance(0.4)
        ? { completedPairings: random.int(1, 6), meanSatisfaction: random.chance(0.9) ? 2.5 + random.int(0, 25) / 10 : null }
        : null,
    });
  }
  return result;
}

export interface GenerateNeedsOptions {
  seed: number;
  count: number;
  organisationCount?: number;
  /** Probability that a need carries required preferences (default 0.2). */
  requiredPreferenceRate?: number;
  /** Probability that a need asks for lived experience (default 0.1). */
  livedExperienceRate?: number;
}

export function generateNeeds(options: GenerateNeedsOptions): NeedInput[] {
  const random = new SeededRandom(options.seed);
  const organisationCount = options.organisationCount ?? 2000;
  const needTypes = Object.keys(SAMPLE_NEED_TYPE_SKILLS);
  const result: NeedInput[] = [];
  for (let n = 0; n < options.count; n++) {
    const languages = random.chance(0.2) ? ["fr", "en"] : [random.chance(0.55) ? "fr" : "en"];
    const requiredPreferences: RequiredPreference[] = [];
    if (random.chance(options.requiredPreferenceRate ?? 0.2)) {
      const kind = random.pick(["language", "minSeniority", "sectorExperience", "skill"] as const);
      if (kind === "language") requiredPreferences.push({ kind, language: languages[0] ?? "fr" });
      else if (kind === "minSeniority") requiredPreferences.push({ kind, years: random.pick([5, 10]) });
      else if (kind === "sectorExperience") requiredPreferences.push({ kind });
      else requiredPreferences.push({ kind, skill: random.pick(SAMPLE_SKILLS), minLevel: random.int(1, 2) as 1 | 2 });
    }
    result.push({
      id: needId(n),
      organisationId: organisationId(random.int(0, organisationCount - 1)),
      needType: random.pick(needTypes),
      organisationSector: random.pick(SAMPLE_SECTORS),
      languages,
      availability: needSlots(random),
      timeZone: random.weighted(TIME_ZONES.slice(0, 6)),
      requiredPreferences,
      livedExperiencePreference: random.chance(options.livedExperienceRate ?? 0.1)
        ? { tags: random.sample(SAMPLE_IDENTITY_TAGS, 1) }
        : null,
    });
  }
  return result;
}
