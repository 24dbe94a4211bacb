import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  LIMITS,
  SECTION_KEYS,
  VALIDATION_KEYS,
  emptyContentPlanItem,
  emptyObjective,
  emptyPersona,
  emptyPlatformChoice,
  emptyResource,
  emptyStrategy,
  isSectionKey,
  parseSection,
  strategyContentSchema,
} from "@/lib/strategy";

import { catalogues } from "./catalogue-helpers";

function issueMessages(value: unknown): string[] {
  const result = strategyContentSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("strategy document schema", () => {
  it("accepts the empty document and lists sections in display order", () => {
    expect(strategyContentSchema.safeParse(emptyStrategy()).success).toBe(true);
    expect(SECTION_KEYS).toEqual([
      "mission",
      "objectives",
      "pitch",
      "culture",
      "personas",
      "platforms",
      "practices",
      "resources",
      "contentPlan",
    ]);
    expect(Object.keys(emptyStrategy()).sort()).toEqual([...SECTION_KEYS].sort());
    expect(isSectionKey("pitch")).toBe(true);
    expect(isSectionKey("budget")).toBe(false);
  });

  it("accepts blank list items produced by the factories", () => {
    const content = emptyStrategy();
    content.objectives.push(emptyObjective("o1"));
    content.personas.push(emptyPersona("p1"));
    content.platforms.push(emptyPlatformChoice("f1", "facebook"));
    content.resources.push(emptyResource("r1"));
    content.contentPlan.push(emptyContentPlanItem("c1"));
    expect(strategyContentSchema.safeParse(content).success).toBe(true);
  });

  it("limits text length with the tooLong key", () => {
    const ok = parseSection("mission", { statement: "a".repeat(LIMITS.text), approach: "", socialMediaRole: "" });
    expect(ok.ok).toBe(true);
    const tooLong = parseSection("mission", { statement: "a".repeat(LIMITS.text + 1), approach: "", socialMediaRole: "" });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) {
      expect(tooLong.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["statement", VALIDATION_KEYS.tooLong],
      ]);
    }
  });

  it("allows at most three objectives", () => {
    const three = ["a", "b", "c"].map(emptyObjective);
    expect(parseSection("objectives", three).ok).toBe(true);
    const four = parseSection("objectives", [...three, emptyObjective("d")]);
    expect(four.ok).toBe(false);
    if (!four.ok) expect(four.issues[0]?.message).toBe(VALIDATION_KEYS.tooMany);
  });

  it("rejects duplicate item ids and duplicate platforms, but allows several 'other' platforms", () => {
    const dupIds = parseSection("personas", [emptyPersona("same"), emptyPersona("same")]);
    expect(dupIds.ok).toBe(false);
    if (!dupIds.ok) expect(dupIds.issues.map((issue) => issue.message)).toContain(VALIDATION_KEYS.duplicateId);

    const dupPlatform = parseSection("platforms", [emptyPlatformChoice("a", "x"), emptyPlatformChoice("b", "x")]);
    expect(dupPlatform.ok).toBe(false);
    if (!dupPlatform.ok) {
      expect(dupPlatform.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["1.platform", VALIDATION_KEYS.duplicatePlatform],
      ]);
    }
    expect(parseSection("platforms", [emptyPlatformChoice("a", "other"), emptyPlatformChoice("b", "other")]).ok).toBe(true);
  });

  it("checks numbers, dates, levels, statuses and platform codes", () => {
    const platform = { ...emptyPlatformChoice("a", "facebook"), weeklyHours: 2.5, postsPerWeek: 3.5 };
    const result = parseSection("platforms", [platform]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.message)).toEqual([VALIDATION_KEYS.notWholeNumber]);

    expect(issueMessages({ ...emptyStrategy(), platforms: [{ ...platform, postsPerWeek: -1 }] })).toEqual([VALIDATION_KEYS.tooLow]);
    expect(issueMessages({ ...emptyStrategy(), platforms: [{ ...platform, postsPerWeek: 1, weeklyHours: 81 }] })).toEqual([
      VALIDATION_KEYS.tooHigh,
    ]);
    expect(issueMessages({ ...emptyStrategy(), platforms: [{ ...platform, platform: "myspace", postsPerWeek: 1 }] })).toEqual([
      VALIDATION_KEYS.invalidChoice,
    ]);
    expect(issueMessages({ ...emptyStrategy(), resources: [{ ...emptyResource("r"), level: 6 }] })).toEqual([VALIDATION_KEYS.invalidChoice]);
    expect(issueMessages({ ...emptyStrategy(), resources: [{ ...emptyResource("r"), level: 5 }] })).toEqual([]);
    const item = emptyContentPlanItem("c");
    expect(issueMessages({ ...emptyStrategy(), contentPlan: [{ ...item, date: "2026-02-30" }] })).toEqual([VALIDATION_KEYS.invalidDate]);
    expect(issueMessages({ ...emptyStrategy(), contentPlan: [{ ...item, date: "2026-02-28" }] })).toEqual([]);
    expect(issueMessages({ ...emptyStrategy(), contentPlan: [{ ...item, status: "done" }] })).toEqual([VALIDATION_KEYS.invalidChoice]);
    expect(issueMessages({ ...emptyStrategy(), contentPlan: [{ ...item, id: "has space" }] })).toEqual([VALIDATION_KEYS.invalidId]);
  });

  it("rejects a section save with a missing field instead of blanking it", () => {
    const result = parseSection("pitch", { whatWeDo: "We help." });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(7);
      expect(new Set(result.issues.map((issue) => issue.message))).toEqual(new Set([VALIDATION_KEYS.invalid]));
    }
  });

  it("checks tone adjectives: not empty, not repeated (ignoring case)", () => {
    expect(parseSection("culture", { adjectives: ["warm", " "], notes: "" }).ok).toBe(false);
    const duplicate = parseSection("culture", { adjectives: ["Warm", "warm"], notes: "" });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.issues[0]?.message).toBe(VALIDATION_KEYS.duplicateAdjective);
    expect(parseSection("culture", { adjectives: ["warm", "bold"], notes: "" }).ok).toBe(true);
  });

  it("reports only catalogue keys as messages, whatever the input", () => {
    // Mutate a valid document at random places with random JSON and check every issue message
    // is a key both catalogues define, so the UI can always show it in the reader's language.
    const json = fc.jsonValue({ maxDepth: 2 });
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_KEYS), json, fc.option(json), (section, garbage, nested) => {
        const doc: Record<string, unknown> = { ...emptyStrategy() };
        const sectionValue = doc[section];
        if (nested !== null && typeof sectionValue === "object" && sectionValue !== null && !Array.isArray(sectionValue)) {
          const keys = Object.keys(sectionValue);
          const key = keys[Math.abs(JSON.stringify(garbage).length) % keys.length] ?? "x";
          doc[section] = { ...sectionValue, [key]: nested };
        } else {
          doc[section] = garbage;
        }
        for (const message of issueMessages(doc)) {
          expect(catalogues.en.has(message), message).toBe(true);
          expect(catalogues.fr.has(message), message).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every validation key exists in both catalogues", () => {
    for (const key of Object.values(VALIDATION_KEYS)) {
      expect(catalogues.en.get(key), key).toBeTruthy();
      expect(catalogues.fr.get(key), key).toBeTruthy();
    }
  });
});
