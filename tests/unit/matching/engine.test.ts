import { describe, expect, it } from "vitest";
import { prepareVolunteerPool } from "@/lib/matching/volunteer-pool";
import { rankCandidates } from "@/lib/matching/rank-candidates";
import { evaluateInPool, scoreCandidate } from "@/lib/matching/score-candidate";
import { toOrganisationView } from "@/lib/matching/organisation-view";
import type { HardFilterId, NeedInput, VolunteerInput } from "@/lib/matching/types";
import { WINTER_DATE, context, need, volunteer } from "./fixtures";

function exclusion(v: VolunteerInput, n: NeedInput = need()): { filters: HardFilterId[]; keys: string[] } {
  const result = scoreCandidate({ need: n, volunteer: v, context: context(), referenceDate: WINTER_DATE });
  if (result.eligible) return { filters: [], keys: [] };
  return { filters: result.reasons.map((r) => r.filter), keys: result.reasons.map((r) => r.explanation.key) };
}

describe("hard filters", () => {
  it("accepts the baseline pair", () => {
    expect(exclusion(volunteer({ id: "v" })).filters).toEqual([]);
  });

  it("names each filter that excludes a volunteer", () => {
    expect(exclusion(volunteer({ id: "v", languages: ["es"] })).filters).toEqual(["language"]);
    expect(exclusion(volunteer({ id: "v", availability: [{ weekday: 3, startMinute: 600, endMinute: 660 }] })).filters).toEqual([
      "availability",
    ]);
    expect(exclusion(volunteer({ id: "v", capacity: 2, activePairings: 2 })).filters).toEqual(["capacity"]);
    expect(exclusion(volunteer({ id: "v", conflictOrganisationIds: ["org-mothers"] })).filters).toEqual(["conflictOfInterest"]);
    expect(exclusion(volunteer({ id: "v", optOuts: { needTypes: ["social-media-strategy"] } })).keys).toEqual([
      "matching.exclusions.optOut.needType",
    ]);
    expect(exclusion(volunteer({ id: "v", optOuts: { sectors: ["health"] } })).keys).toEqual(["matching.exclusions.optOut.sector"]);
    expect(exclusion(volunteer({ id: "v", optOuts: { organisationIds: ["org-mothers"] } })).keys).toEqual([
      "matching.exclusions.optOut.organisation",
    ]);
  });

  it("applies each kind of required preference", () => {
    const n = (requiredPreferences: NeedInput["requiredPreferences"]): NeedInput => need({ requiredPreferences });
    expect(exclusion(volunteer({ id: "v", languages: ["fr"] }), n([{ kind: "language", language: "en" }])).keys).toEqual([
      "matching.exclusions.requiredPreference.language",
    ]);
    expect(exclusion(volunteer({ id: "v", seniorityYears: 4 }), n([{ kind: "minSeniority", years: 5 }])).keys).toEqual([
      "matching.exclusions.requiredPreference.minSeniority",
    ]);
    expect(exclusion(volunteer({ id: "v", seniorityYears: 5 }), n([{ kind: "minSeniority", years: 5 }])).keys).toEqual([]);
    expect(exclusion(volunteer({ id: "v", sectors: ["youth"] }), n([{ kind: "sectorExperience" }])).filters).toEqual([
      "requiredPreference",
    ]);
    expect(
      exclusion(volunteer({ id: "v" }), n([{ kind: "skill", skill: "content-writing", minLevel: 3 }])).filters,
    ).toEqual(["requiredPreference"]);
    expect(exclusion(volunteer({ id: "v" }), n([{ kind: "skill", skill: "social-media", minLevel: 3 }])).filters).toEqual([]);
  });

  it("lists every failing filter, in a fixed order", () => {
    const v = volunteer({ id: "v", languages: ["es"], capacity: 1, activePairings: 1, conflictOrganisationIds: ["org-mothers"] });
    expect(exclusion(v).filters).toEqual(["language", "capacity", "conflictOfInterest"]);
  });
});

describe("scores and explanations", () => {
  it("splits the score into per-criterion points that add up exactly", () => {
    const result = scoreCandidate({ need: need(), volunteer: volunteer({ id: "v" }), context: context(), referenceDate: WINTER_DATE });
    expect(result.eligible).toBe(true);
    if (!result.eligible) return;
    const { candidate } = result;
    expect(candidate.breakdown.reduce((sum, line) => sum + line.pointsTenths, 0)).toBe(candidate.scoreTenths);
    expect(candidate.score).toBe(candidate.scoreTenths / 10);
    for (const line of candidate.breakdown) {
      expect(line.value).toBeGreaterThanOrEqual(0);
      expect(line.value).toBeLessThanOrEqual(1);
    }
    const byCriterion = Object.fromEntries(candidate.breakdown.map((line) => [line.criterion, line]));
    // Relevant skills of a social-media strategy: social-media (3/3), content-writing (2/3), analytics, community-building.
    expect(byCriterion.skillFit?.value).toBeCloseTo((3 + 2) / 12, 12);
    expect(byCriterion.skillFit?.explanation).toEqual({ key: "matching.criteria.skillFit.explain", params: { have: 2, count: 4 } });
    expect(byCriterion.availabilityOverlap?.explanation.params).toEqual({ hours: 1.5 });
    expect(byCriterion.timeZoneDistance?.explanation.key).toBe("matching.criteria.timeZoneDistance.same");
    expect(byCriterion.sectorExperience?.value).toBe(1);
  });

  it("computes the weighted mean by hand for a simple context", () => {
    const weights = {
      skillFit: 0,
      sectorExperience: 1,
      seniority: 1,
      availabilityOverlap: 0,
      extraLanguages: 0,
      timeZoneDistance: 0,
      livedExperience: 0,
      loadSpreading: 2,
      expressedInterest: 0,
      pastOutcomes: 0,
    };
    const v = volunteer({ id: "v", seniorityYears: 6, capacity: 4, activePairings: 1, sectors: [] });
    const result = scoreCandidate({ need: need(), volunteer: v, context: context({ weights }), referenceDate: WINTER_DATE });
    if (!result.eligible) throw new Error("expected eligible");
    // (1·0 + 1·6/15 + 2·3/4) / 4 = 0.475
    expect(result.candidate.scoreTenths).toBe(475);
    expect(result.candidate.breakdown.map((line) => [line.criterion, line.pointsTenths])).toEqual([
      ["sectorExperience", 0],
      ["seniority", 100],
      ["loadSpreading", 375],
    ]);
  });

  it("leaves the lived-experience criterion out unless the need asks, and uses it only with consent", () => {
    const consenting = volunteer({ id: "v1", selfIdentification: { consented: true, tags: ["mother"] } });
    const notConsenting = volunteer({ id: "v2", selfIdentification: { consented: false, tags: ["mother"] } });
    const asks = need({ livedExperiencePreference: { tags: ["mother"] } });
    const score = (v: VolunteerInput, n: NeedInput) => {
      const r = scoreCandidate({ need: n, volunteer: v, context: context(), referenceDate: WINTER_DATE });
      if (!r.eligible) throw new Error("expected eligible");
      return r.candidate;
    };
    expect(score(consenting, need()).breakdown.some((line) => line.criterion === "livedExperience")).toBe(false);
    const matched = score(consenting, asks).breakdown.find((line) => line.criterion === "livedExperience");
    const unmatched = score(notConsenting, asks).breakdown.find((line) => line.criterion === "livedExperience");
    expect(matched?.value).toBe(1);
    expect(matched?.explanation).toEqual({ key: "matching.criteria.livedExperience.matches", params: {} });
    expect(unmatched?.value).toBe(0);
    expect(unmatched?.explanation).toEqual({ key: "matching.criteria.livedExperience.doesNotMatch", params: {} });
    // Without the request, consent changes nothing.
    expect(score(consenting, need()).scoreTenths).toBe(score(notConsenting, need()).scoreTenths);
  });

  it("gives organisations a view without the identity criterion whose points still add up", () => {
    const v = volunteer({ id: "v1", selfIdentification: { consented: true, tags: ["mother", "newcomer"] } });
    const r = scoreCandidate({
      need: need({ livedExperiencePreference: { tags: ["mother"] } }),
      volunteer: v,
      context: context(),
      referenceDate: WINTER_DATE,
    });
    if (!r.eligible) throw new Error("expected eligible");
    const view = toOrganisationView(r.candidate);
    const json = JSON.stringify(view);
    for (const forbidden of ["livedExperience", "mother", "newcomer", "identity", "preference"]) {
      expect(json).not.toContain(forbidden);
    }
    expect(view.breakdown.reduce((sum, line) => sum + line.pointsTenths, 0)).toBe(view.scoreTenths);
    expect(view.breakdown.length).toBe(r.candidate.breakdown.length - 1);
  });
});

describe("rankCandidates", () => {
  const volunteers = [
    volunteer({ id: "c", seniorityYears: 10 }),
    volunteer({ id: "a", seniorityYears: 10 }),
    volunteer({ id: "b", seniorityYears: 20 }),
    volunteer({ id: "d", languages: ["es"] }),
    volunteer({ id: "e", seniorityYears: 0, skills: [], sectors: [], capacity: 3, activePairings: 2 }),
  ];
  const pool = prepareVolunteerPool({ volunteers, referenceDate: WINTER_DATE });

  it("orders by score then id and separates excluded and below-minimum volunteers", () => {
    const result = rankCandidates({ need: need(), pool, context: context({ minimumScore: 50 }) });
    expect(result.candidates.map((c) => [c.volunteerId, c.rank])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 3],
    ]);
    expect(result.candidates[1]?.scoreTenths).toBe(result.candidates[2]?.scoreTenths);
    expect(result.candidateCount).toBe(3);
    expect(result.belowMinimum.map((c) => c.volunteerId)).toEqual(["e"]);
    expect(result.excluded).toEqual([{ volunteerId: "d", filters: ["language"] }]);
  });

  it("is independent of the order volunteers were loaded in", () => {
    const reversed = prepareVolunteerPool({ volunteers: [...volunteers].reverse(), referenceDate: WINTER_DATE });
    const a = rankCandidates({ need: need(), pool, context: context() });
    const b = rankCandidates({ need: need(), pool: reversed, context: context() });
    expect(b).toEqual(a);
  });

  it("honours the limit while still counting every candidate", () => {
    const result = rankCandidates({ need: need(), pool, context: context(), limit: 2 });
    expect(result.candidates.map((c) => c.volunteerId)).toEqual(["b", "a"]);
    expect(result.candidateCount).toBe(4);
  });

  it("explains one volunteer of a pool on demand", () => {
    const excluded = evaluateInPool({ need: need(), pool, volunteerId: "d", context: context() });
    expect(excluded).toEqual({
      eligible: false,
      volunteerId: "d",
      reasons: [{ filter: "language", explanation: { key: "matching.exclusions.language", params: {} } }],
    });
    expect(evaluateInPool({ need: need(), pool, volunteerId: "nobody", context: context() })).toBeNull();
  });

  it("raises expressed interest and lowers busy volunteers", () => {
    const interested = prepareVolunteerPool({
      volunteers: [volunteer({ id: "x" }), volunteer({ id: "y", interestedNeedIds: ["need-1"] }), volunteer({ id: "z", activePairings: 1 })],
      referenceDate: WINTER_DATE,
    });
    const ranked = rankCandidates({ need: need(), pool: interested, context: context() }).candidates.map((c) => c.volunteerId);
    expect(ranked).toEqual(["y", "x", "z"]);
  });
});
