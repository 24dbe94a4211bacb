import { describe, expect, it } from "vitest";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import {
  assembleVolunteerRows,
  DEFAULT_PROGRAM_WEIGHTS,
  isoToEngineWeekday,
  toCriterionWeights,
  toLivedExperiencePreference,
  toNeedInput,
  toRequiredPreferences,
  toVolunteerInput,
  toWeeklySlots,
  type VolunteerRow,
} from "@/lib/matching-data/map";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";

const row = (overrides: Partial<VolunteerRow> = {}): VolunteerRow => ({
  id: "v1",
  languages: ["fr"],
  seniorityYears: 5,
  capacity: 2,
  timeZone: "America/Toronto",
  load: 1,
  completed: 0,
  satisfaction: null,
  skills: ["social-media:3", "fundraising:1"],
  sectors: ["health"],
  slots: ["1:540:600", "7:600:660"],
  optOuts: ["NEED_TYPE:website", "SECTOR:housing", "ORGANISATION:org-1"],
  conflicts: ["org-2"],
  interests: ["need-1"],
  identityTags: null,
  ...overrides,
});

describe("database ↔ engine mapping", () => {
  it("maps ISO weekdays (1 = Monday … 7 = Sunday) to the engine's 0 = Monday … 6 = Sunday", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(isoToEngineWeekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([0, 8, 1.5].map(isoToEngineWeekday)).toEqual([null, null, null]);
    expect(toWeeklySlots([{ weekday: 7, startMinute: 60, endMinute: 120 }, { weekday: 0, startMinute: 0, endMinute: 60 }, { weekday: 3, startMinute: 120, endMinute: 60 }])).toEqual([
      { weekday: 6, startMinute: 60, endMinute: 120 },
    ]);
  });

  it("a Monday volunteer meets a Monday need, and not a Sunday one", () => {
    const volunteer = toVolunteerInput(row({ slots: ["1:540:660"], optOuts: null, conflicts: null }));
    const needRow = (weekday: number) =>
      toNeedInput({
        id: `need-${weekday}`,
        organisationId: "org-9",
        timeZone: "America/Toronto",
        languages: ["fr"],
        requiredPreferences: {},
        livedExperienceAsked: false,
        livedExperienceTags: [],
        needType: { code: "social-media-strategy" },
        organisation: { sector: { code: "health" } },
        availability: [{ weekday, startMinute: 540, endMinute: 660 }],
      });
    const pool = prepareVolunteerPool({ volunteers: [volunteer], referenceDate: "2026-01-14" });
    const context = { weights: DEFAULT_PROGRAM_WEIGHTS, minimumScore: 0, needTypeSkills: {} };
    expect(rankCandidates({ need: needRow(1), pool, context }).candidates).toHaveLength(1);
    expect(rankCandidates({ need: needRow(7), pool, context }).excluded[0]?.filters).toEqual(["availability"]);
  });

  it("reads a volunteer row's flattened lists", () => {
    const v = toVolunteerInput(row({ identityTags: ["parent"], completed: 2, satisfaction: 4.5 }));
    expect(v.skills).toEqual([{ code: "social-media", level: 3 }, { code: "fundraising", level: 1 }]);
    expect(v.availability).toEqual([{ weekday: 0, startMinute: 540, endMinute: 600 }, { weekday: 6, startMinute: 600, endMinute: 660 }]);
    expect(v.optOuts).toEqual({ needTypes: ["website"], sectors: ["housing"], organisationIds: ["org-1"] });
    expect(v.conflictOrganisationIds).toEqual(["org-2"]);
    expect(v.activePairings).toBe(1);
    expect(v.selfIdentification).toEqual({ consented: true, tags: ["parent"] });
    expect(v.pastOutcomes).toEqual({ completedPairings: 2, meanSatisfaction: 4.5 });
    expect(toVolunteerInput(row({ skills: null, sectors: null, slots: null, identityTags: [] })).selfIdentification).toBeNull();
  });

  it("assembles the pool queries' payloads, ignoring entries of volunteers who cannot be matched", () => {
    const R = "\u001e";
    const F = "\u001f";
    const rows = assembleVolunteerRows({
      profiles: [`v1${F}fr,en${F}12${F}2${F}America/Toronto${F}1${F}3${F}4.5`, `v2${F}fr${F}3${F}1${F}America/Winnipeg${F}0${F}0${F}`].join(R),
      skills: [`v1${F}social-media:3`, `v1${F}fundraising:2`, `paused${F}web:3`].join(R),
      sectors: `v2${F}health`,
      slots: [`v1${F}2:600:720`, `v2${F}7:60:120`].join(R),
      lists: [`v1${F}optOut${F}SECTOR:housing`, `v1${F}conflict${F}org-1`, `v2${F}interest${F}need-1`, `v1${F}identity${F}parent`].join(R),
    });
    expect(rows).toEqual([
      { id: "v1", languages: ["fr", "en"], seniorityYears: 12, capacity: 2, timeZone: "America/Toronto", load: 1, completed: 3, satisfaction: 4.5, skills: ["social-media:3", "fundraising:2"], sectors: [], slots: ["2:600:720"], optOuts: ["SECTOR:housing"], conflicts: ["org-1"], interests: [], identityTags: ["parent"] },
      { id: "v2", languages: ["fr"], seniorityYears: 3, capacity: 1, timeZone: "America/Winnipeg", load: 0, completed: 0, satisfaction: null, skills: [], sectors: ["health"], slots: ["7:60:120"], optOuts: [], conflicts: [], interests: ["need-1"], identityTags: [] },
    ]);
    expect(assembleVolunteerRows({ profiles: "", skills: "", sectors: "", slots: "", lists: "" })).toEqual([]);
  });

  it("reads the need form's required preferences and the lived-experience preference", () => {
    expect(toRequiredPreferences({ minSeniorityYears: 5, sectorExperience: true })).toEqual([{ kind: "minSeniority", years: 5 }, { kind: "sectorExperience" }]);
    expect(toRequiredPreferences({ minSeniorityYears: "lots" })).toEqual([]);
    expect(toRequiredPreferences(null)).toEqual([]);
    expect(toLivedExperiencePreference(false, ["parent"])).toBeNull();
    expect(toLivedExperiencePreference(true, ["parent"])).toEqual({ tags: ["parent"] });
    // Asked without naming any: any consented lived experience counts.
    expect(toLivedExperiencePreference(true, [])).toEqual({ tags: [...IDENTITY_TAGS] });
  });

  it("merges a program's stored weights over the defaults, ignoring invalid values", () => {
    expect(toCriterionWeights({})).toEqual(DEFAULT_PROGRAM_WEIGHTS);
    expect(toCriterionWeights({ skillFit: 7, seniority: -1, sectorExperience: "3", unknown: 4 })).toEqual({ ...DEFAULT_PROGRAM_WEIGHTS, skillFit: 7 });
    expect(toCriterionWeights(["nope"])).toEqual(DEFAULT_PROGRAM_WEIGHTS);
  });
});
