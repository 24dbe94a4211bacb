import { describe, expect, it } from "vitest";

import {
  PLATFORM_CARDS,
  PLATFORM_CODES,
  REFERENCE_PLATFORMS,
  emptyPlatformChoice,
  platformCard,
  platformCardFacts,
  platformChoiceHints,
} from "@/lib/strategy";

import { makeTranslate } from "./catalogue-helpers";

describe("platform reference cards", () => {
  it("cover the six platforms the workbook describes, and only those", () => {
    expect(REFERENCE_PLATFORMS).toEqual(["facebook", "x", "linkedin", "instagram", "pinterest", "snapchat"]);
    expect(PLATFORM_CODES.filter((code) => platformCard(code) !== null)).toEqual([...REFERENCE_PLATFORMS]);
    expect(platformCard("tiktok")).toBeNull();
  });

  it("hold the workbook's figures", () => {
    expect(PLATFORM_CARDS.facebook.weeklyHours).toEqual({ min: 1, max: 5 });
    expect(PLATFORM_CARDS.facebook.postsPerDay).toEqual({ min: 1, max: 2 });
    expect(PLATFORM_CARDS.x.weeklyHours).toEqual({ min: 5, max: null });
    expect(PLATFORM_CARDS.x.postsPerDay).toEqual({ min: 3, max: null });
    expect(PLATFORM_CARDS.linkedin.weeklyHours).toEqual({ min: 3, max: 4 });
    expect(PLATFORM_CARDS.instagram.weeklyHours).toEqual({ min: 2, max: 5 });
    expect(PLATFORM_CARDS.pinterest.weeklyHours).toBeNull();
    expect(PLATFORM_CARDS.pinterest.cost).toBe("free");
    expect(PLATFORM_CARDS.instagram.figures[0]?.params).toEqual({ percent: 90, age: 30 });
    expect(PLATFORM_CARDS.pinterest.figures[0]?.params?.percent).toBe(84);
    expect(PLATFORM_CARDS.snapchat.figures[0]?.params?.percent).toBe(45);
  });

  it("render facts as sentences in both languages", () => {
    const en = makeTranslate("en");
    const fr = makeTranslate("fr");
    const facts = (platform: (typeof REFERENCE_PLATFORMS)[number], translate: typeof en) =>
      platformCardFacts(PLATFORM_CARDS[platform]).map((fact) => translate(fact.key, fact.params));
    expect(facts("facebook", en)).toEqual([
      "Time needed: 1 to 5 hours a week",
      "Posting frequency: 1 to 2 posts a day",
      "Cost: free; advertising is paid but fairly inexpensive",
      "65% of Quebecers use Facebook, above the national average.",
    ]);
    expect(facts("x", fr).slice(0, 2)).toEqual([
      "Temps à prévoir : 5 heures ou plus par semaine",
      "Rythme de publication : au moins 3 publications par jour",
    ]);
    expect(facts("linkedin", en)[1]).toBe("Posting frequency: 1 a day");
    expect(facts("pinterest", en)[0]).toBe("Time needed: no figure in the workbook");
  });

  it("hint when a plan is below the reference figures, and only then", () => {
    const choice = { ...emptyPlatformChoice("a", "x"), weeklyHours: 1, postsPerWeek: 7 };
    expect(platformChoiceHints(choice)).toEqual([
      { key: "strategy.hints.fewerHoursThanReference", params: { planned: 1, reference: 5 } },
      { key: "strategy.hints.fewerPostsThanReference", params: { planned: 7, reference: 21 } },
    ]);
    expect(platformChoiceHints({ ...choice, weeklyHours: 6, postsPerWeek: 21 })).toEqual([]);
    expect(platformChoiceHints({ ...choice, weeklyHours: null, postsPerWeek: null })).toEqual([]);
    expect(platformChoiceHints({ ...choice, platform: "pinterest" })).toEqual([]);
    expect(platformChoiceHints({ ...choice, platform: "tiktok" })).toEqual([]);
    const translate = makeTranslate("fr");
    for (const hint of platformChoiceHints(choice)) expect(translate(hint.key, hint.params)).toMatch(/\d/);
  });
});
