import { DEFAULT_WEIGHTS, SAMPLE_NEED_TYPE_SKILLS } from "@/lib/matching/generators/matching-instances";
import type { MatchingContext, NeedInput, VolunteerInput } from "@/lib/matching/types";

/** A week without daylight-saving changes on either side of the Atlantic. */
export const WINTER_DATE = "2026-01-14";

export function volunteer(overrides: Partial<VolunteerInput> & { id: string }): VolunteerInput {
  return {
    languages: ["fr", "en"],
    skills: [
      { code: "social-media", level: 3 },
      { code: "content-writing", level: 2 },
    ],
    sectors: ["health"],
    seniorityYears: 12,
    availability: [{ weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 }],
    timeZone: "America/Toronto",
    capacity: 2,
    activePairings: 0,
    ...overrides,
  };
}

export function need(overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    id: "need-1",
    organisationId: "org-mothers",
    needType: "social-media-strategy",
    organisationSector: "health",
    languages: ["fr"],
    availability: [{ weekday: 1, startMinute: 10 * 60, endMinute: 11 * 60 + 30 }],
    timeZone: "America/Toronto",
    ...overrides,
  };
}

export function context(overrides: Partial<MatchingContext> = {}): MatchingContext {
  return { weights: DEFAULT_WEIGHTS, minimumScore: 0, needTypeSkills: SAMPLE_NEED_TYPE_SKILLS, ...overrides };
}
