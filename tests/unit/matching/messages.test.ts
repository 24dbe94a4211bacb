import { describe, expect, it } from "vitest";
import en from "@/messages/en/matching.json";
import fr from "@/messages/fr/matching.json";
import { generateNeeds, generateVolunteers, sampleContext } from "@/lib/matching/generators/matching-instances";
import { rankCandidates } from "@/lib/matching/rank-candidates";
import { evaluateInPool } from "@/lib/matching/score-candidate";
import { CRITERIA, HARD_FILTERS } from "@/lib/matching/types";
import type { MessageRef } from "@/lib/matching/types";
import { prepareVolunteerPool } from "@/lib/matching/volunteer-pool";

function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

const english = flatten(en, "matching", new Map());
const french = flatten(fr, "matching", new Map());

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** Resolves a key the way the UI does: exact key, or its plural variants when `count` is given. */
function variants(ref: MessageRef): string[] {
  if (english.has(ref.key)) return [ref.key];
  return [`${ref.key}_one`, `${ref.key}_other`];
}

describe("matching message catalogues", () => {
  it("have exactly the same keys and placeholders in English and French", () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(french.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("label every criterion and filter", () => {
    for (const id of CRITERIA) expect(english.has(`matching.criteria.${id}.label`)).toBe(true);
    for (const id of HARD_FILTERS) expect(english.has(`matching.filters.${id}`)).toBe(true);
  });

  it("contain every key the engine produces, with the params each text needs", () => {
    const needs = generateNeeds({ seed: 3, count: 30, requiredPreferenceRate: 1, livedExperienceRate: 0.5 });
    const pool = prepareVolunteerPool({
      volunteers: generateVolunteers({ seed: 4, count: 300, needIds: needs.map((n) => n.id) }),
      referenceDate: "2026-05-06",
    });
    const context = sampleContext();
    const seen = new Set<string>();
    const check = (ref: MessageRef): void => {
      const keys = variants(ref);
      for (const key of keys) {
        const text = english.get(key);
        expect(text, key).toBeDefined();
        for (const name of placeholders(text ?? "")) expect(ref.params, `${key} needs {${name}}`).toHaveProperty(name);
      }
      if (keys.length === 2) expect(typeof ref.params.count).toBe("number");
      seen.add(ref.key);
    };
    for (const need of needs) {
      const ranked = rankCandidates({ need, pool, context: { ...context, minimumScore: 0 }, limit: 20 });
      for (const candidate of ranked.candidates) for (const line of candidate.breakdown) check(line.explanation);
      for (const excluded of ranked.excluded.slice(0, 40)) {
        const evaluation = evaluateInPool({ need, pool, volunteerId: excluded.volunteerId, context });
        if (evaluation && !evaluation.eligible) for (const reason of evaluation.reasons) check(reason.explanation);
      }
    }
    // The sample must have exercised most of the vocabulary for this test to mean something.
    expect(seen.size).toBeGreaterThan(20);
  });
});
