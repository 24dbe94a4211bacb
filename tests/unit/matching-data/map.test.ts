import { describe, expect, it } from "vitest";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import {
  DEFAULT_PROGRAM_WEIGHTS,
  isoToEngineWeekday,
  toCriterionWeights,
  toLivedExperiencePreference,
  toNeedInput,
  toRequiredPreferences,
  parseVolunteerPayloads,
  toWeeklySlots,
} from "@/lib/matching-data/map";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";

const R = "\u001e";
const F = "\u001f";
const record = (...fields: (string | number)[]) => fields.join(F);

/** One volunteer's payloads, as the pool queries return them. */
function payloadsOf(o: { slots?: string[]; identity?: string[]; completed?: number; satisfaction?: string } = {}) {
  return {
    profiles: record("v1", "fr", 5, 2, "America/Toronto", 1, o.completed ?? 0, o.satisfaction ?? ""),
    skills: [record("v1", "social-media", 3), record("v1", "fundraising", 1)].join(R),
    sectors: record("v1", "health"),
    slots: (o.slots ?? [record("v1", 1, 540, 600), record("v1", 7, 600, 660)]).join(R),
    lists: [record("v1", "optOut", "NEED_TYPE:website"), record("v1", "optOut", "SECTOR:housing"), record("v1", "optOut", "ORGANISATION:org-1"), record("v1", "conflict", "org-2"), record("v1", "interest", "need-1"), ...(o.identity ?? []).map((tag) => record("v1", "identity", tag))].join(R),
  };
}

describe("database ↔ engine mapping", () => {
  it("maps ISO weekdays (1 = Monday … 7 = Sunday) to the engine's 0 = Monday … 6 = Sunday", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(isoToEngineWeekday)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([0, 8, 1.5].map(isoToEngineWeekday)).toEqual([null, null, null]);
    expect(toWeeklySlots([{ weekday: 7, startMinute: 60, endMinute: 120 }, { weekday: 0, startMinute: 0, endMinute: 60 }, { weekday: 3, startMinute: 120, endMinute: 60 }])).toEqual([
      { weekday: 6, startMinute: 60, endMinute: 120 },
    ]);
  });

  it("a Monday volunteer meets a Monday need, and not a Sunday one", () => {
    const [volunteer] = parseVolunteerPayloads({ ...payloadsOf({ slots: [record("v1", 1, 540, 660)] }), lists: "" });
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
    const pool = prepareVolunteerPool({ volunteers: [volunteer!], referenceDate: "2026-01-14" });
    const context = { weights: DEFAULT_PROGRAM_WEIGHTS, minimumScore: 0, needTypeSkills: {} };
    expect(rankCandidates({ need: needRow(1), pool, context }).candidates).toHaveLength(1);
    expect(rankCandidates({ need: needRow(7), pool, context }).excluded[0]?.filters).toEqual(["availability"]);
  });

  it("reads a volunteer's lists and maps stored levels and weekdays onto the engine's", () => {
    const [v] = parseVolunteerPayloads(payloadsOf({ identity: ["parent"], completed: 2, satisfaction: "4.5" }));
    expect(v?.skills).toEqual([{ code: "social-media", level: 3 }, { code: "fundraising", level: 1 }]);
    expect(v?.availability).toEqual([{ weekday: 0, startMinute: 540, endMinute: 600 }, { weekday: 6, startMinute: 600, endMinute: 660 }]);
    expect(v?.optOuts).toEqual({ needTypes: ["website"], sectors: ["housing"], organisationIds: ["org-1"] });
    expect(v?.conflictOrganisationIds).toEqual(["org-2"]);
    expect(v?.interestedNeedIds).toEqual(["need-1"]);
    expect(v?.activePairings).toBe(1);
    expect(v?.selfIdentification).toEqual({ consented: true, tags: ["parent"] });
    expect(v?.pastOutcomes).toEqual({ completedPairings: 2, meanSatisfaction: 4.5 });
    expect(parseVolunteerPayloads(payloadsOf())[0]?.selfIdentification).toBeNull();
    expect(parseVolunteerPayloads(payloadsOf())[0]?.pastOutcomes).toEqual({ completedPairings: 0, meanSatisfaction: null });
  });

  it("assembles the pool queries' payloads, ignoring entries of volunteers who cannot be matched and invalid windows", () => {
    const volunteers = parseVolunteerPayloads({
      profiles: [record("v1", "fr,en", 12, 2, "America/Toronto", 1, 3, "4.5"), record("v2", "fr", 3, 1, "America/Winnipeg", 0, 0, "")].join(R),
      skills: [record("v1", "social-media", 3), record("v1", "fundraising", 2), record("paused", "web", 3), record("v2", "web", 7), record("v2", "seo", 0)].join(R),
      sectors: record("v2", "health"),
      slots: [record("v1", 2, 600, 720), record("v2", 7, 60, 120), record("v2", 0, 60, 120), record("v2", 3, 120, 60), record("v2", 3, 0, 1500), record("paused", 1, 0, 60)].join(R),
      lists: [record("v1", "optOut", "SECTOR:housing"), record("v1", "conflict", "org-1"), record("v2", "interest", "need-1"), record("v1", "identity", "parent"), record("paused", "conflict", "org-1")].join(R),
    });
    expect(volunteers).toEqual([
      {
        id: "v1", languages: ["fr", "en"], seniorityYears: 12, capacity: 2, timeZone: "America/Toronto", activePairings: 1,
        pastOutcomes: { completedPairings: 3, meanSatisfaction: 4.5 },
        skills: [{ code: "social-media", level: 3 }, { code: "fundraising", level: 2 }], sectors: [],
        availability: [{ weekday: 1, startMinute: 600, endMinute: 720 }],
        optOuts: { needTypes: [], sectors: ["housing"], organisationIds: [] }, conflictOrganisationIds: ["org-1"], interestedNeedIds: [],
        selfIdentification: { consented: true, tags: ["parent"] },
      },
      {
        id: "v2", languages: ["fr"], seniorityYears: 3, capacity: 1, timeZone: "America/Winnipeg", activePairings: 0,
        pastOutcomes: { completedPairings: 0, meanSatisfaction: null },
        skills: [{ code: "web", level: 3 }, { code: "seo", level: 1 }], sectors: ["health"],
        availability: [{ weekday: 6, startMinute: 60, endMinute: 120 }],
        optOuts: { needTypes: [], sectors: [], organisationIds: [] }, conflictOrganisationIds: [], interestedNeedIds: ["need-1"],
        selfIdentification: null,
      },
    ]);
    expect(parseVolunteerPayloads({ profiles: "", skills: "", sectors: "", slots: "", lists: "" })).toEqual([]);
  });

  it("reads records keyed by the volunteer's position in profiles as those keyed by id, ignoring unknown positions", () => {
    const profiles = [record("v1", "fr,en", 12, 2, "America/Toronto", 1, 3, "4.5"), record("v2", "fr", 3, 1, "America/Winnipeg", 0, 0, "")].join(R);
    const byId = parseVolunteerPayloads({
      profiles,
      skills: [record("v1", "social-media", 3), record("v2", "web", 7), record("v2", "seo", 0)].join(R),
      sectors: record("v2", "health"),
      slots: [record("v1", 2, 600, 720), record("v2", 7, 60, 120), record("v2", 3, 120, 60), record("v1", "07", "0600", 660)].join(R),
      lists: [record("v1", "optOut", "SECTOR:housing"), record("v2", "interest", "need-1")].join(R),
    });
    const byPosition = parseVolunteerPayloads(
      {
        profiles,
        skills: [record(0, "social-media", 3), record(1, "web", 7), record(1, "seo", 0), record(2, "web", 3), record(-1, "web", 3), record("x", "web", 3)].join(R),
        sectors: [record(1, "health"), record(7, "health")].join(R),
        slots: [record(0, 2, 600, 720), record(1, 7, 60, 120), record(1, 3, 120, 60), record(0, "07", "0600", 660), record(2, 1, 0, 60)].join(R),
        lists: [record(0, "optOut", "SECTOR:housing"), record(1, "interest", "need-1"), record(5, "conflict", "org-1")].join(R),
      },
      { keys: "position" },
    );
    expect(byPosition).toEqual(byId);
    expect(byPosition[0]?.availability).toEqual([{ weekday: 1, startMinute: 600, endMinute: 720 }, { weekday: 6, startMinute: 600, endMinute: 660 }]);
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
