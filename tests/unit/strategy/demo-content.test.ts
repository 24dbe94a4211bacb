import { describe, expect, it } from "vitest";

import {
  DEMO_STRATEGY,
  DEMO_STRATEGY_TITLE,
  PRACTICE_CODES,
  SECTION_FIELDS,
  SECTION_KEYS,
  demoStrategy,
  isFieldFilled,
  strategyCompletion,
  strategyContentSchema,
} from "@/lib/strategy";

describe("demo strategy", () => {
  for (const locale of ["fr", "en"] as const) {
    it(`validates and fills every section and field (${locale})`, () => {
      const content = demoStrategy(locale);
      const parsed = strategyContentSchema.safeParse(content);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(strategyCompletion(content)).toEqual({ filled: [...SECTION_KEYS], empty: [], percent: 100 });

      type Section = keyof typeof SECTION_FIELDS;
      const asRecord = (value: object) => value as Record<string, unknown>;
      const records: [Section, Record<string, unknown>][] = [
        ["mission", asRecord(content.mission)],
        ["pitch", asRecord(content.pitch)],
        ["culture", asRecord(content.culture)],
      ];
      for (const item of content.objectives) records.push(["objectives", asRecord(item)]);
      for (const item of content.personas) records.push(["personas", asRecord(item)]);
      for (const item of content.platforms) records.push(["platforms", asRecord(item)]);
      for (const item of content.resources) records.push(["resources", asRecord(item)]);
      for (const item of content.contentPlan) records.push(["contentPlan", asRecord(item)]);
      expect(records.length).toBeGreaterThan(20);
      for (const [section, record] of records) {
        for (const descriptor of SECTION_FIELDS[section]) {
          if (descriptor.field === "status") continue; // a default, checked below
          if (descriptor.field === "otherName" && record.platform !== "other") continue;
          expect(isFieldFilled(descriptor, record[descriptor.field]), `${section}.${descriptor.field}`).toBe(true);
        }
      }
      for (const code of PRACTICE_CODES) expect(content.practices[code].note.trim()).not.toBe("");
      expect(new Set(content.contentPlan.map((item) => item.status))).toEqual(new Set(["planned", "in_progress", "published"]));
    });
  }

  it("tells the reference story", () => {
    const en = JSON.stringify(DEMO_STRATEGY.en);
    const fr = JSON.stringify(DEMO_STRATEGY.fr);
    for (const text of ["Riverside College", "Kemi Adeyemi", "Nadia Ouellet", "three-week"]) expect(en).toContain(text);
    for (const text of ["Collège Riverside", "Kemi Adeyemi", "Nadia Ouellet", "trois semaines"]) expect(fr).toContain(text);
    expect(DEMO_STRATEGY_TITLE.fr).toContain("Centre Mères Debout");
    expect(DEMO_STRATEGY_TITLE.en).toContain("Mothers Rising Centre");
    expect(DEMO_STRATEGY.en.objectives).toHaveLength(3);
  });

  it("lines up the two languages item for item and links plan items to existing objectives", () => {
    const ids = (locale: "fr" | "en") => {
      const content = DEMO_STRATEGY[locale];
      return [content.objectives, content.personas, content.platforms, content.resources, content.contentPlan].map((list) =>
        list.map((item) => item.id),
      );
    };
    expect(ids("fr")).toEqual(ids("en"));
    for (const locale of ["fr", "en"] as const) {
      const objectiveIds = new Set(DEMO_STRATEGY[locale].objectives.map((objective) => objective.id));
      for (const item of DEMO_STRATEGY[locale].contentPlan) expect(objectiveIds.has(item.objectiveId ?? "")).toBe(true);
    }
  });

  it("hands out copies, so callers cannot alter the shared demo", () => {
    const copy = demoStrategy("en");
    copy.mission.statement = "changed";
    expect(DEMO_STRATEGY.en.mission.statement).not.toBe("changed");
  });
});
