import { describe, expect, it } from "vitest";

import {
  PLATFORM_CARDS,
  PLATFORM_CARD_TEXT_PARTS,
  REFERENCE_PLATFORMS,
  allReferencedKeys,
  platformCardFacts,
  platformCardTextKey,
} from "@/lib/strategy";

import { catalogues, makeTranslate, placeholders } from "./catalogue-helpers";

describe("strategy message catalogues", () => {
  it("have exactly the same keys in French and English", () => {
    expect([...catalogues.fr.keys()].sort()).toEqual([...catalogues.en.keys()].sort());
  });

  it("use the same placeholders in both languages and no empty strings", () => {
    for (const [key, english] of catalogues.en) {
      const french = catalogues.fr.get(key) ?? "";
      expect(english.trim(), key).not.toBe("");
      expect(french.trim(), key).not.toBe("");
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it("define every key the module points to (sections, fields, options, practices, suggestions)", () => {
    const keys = allReferencedKeys();
    expect(keys.length).toBeGreaterThan(150);
    for (const key of keys) {
      expect(catalogues.en.has(key), key).toBe(true);
      expect(catalogues.fr.has(key), key).toBe(true);
    }
  });

  it("define every platform card's words and render every fact with its numbers", () => {
    for (const locale of ["en", "fr"] as const) {
      const translate = makeTranslate(locale);
      for (const platform of REFERENCE_PLATFORMS) {
        for (const part of PLATFORM_CARD_TEXT_PARTS) expect(translate(platformCardTextKey(platform, part))).not.toBe("");
        for (const fact of platformCardFacts(PLATFORM_CARDS[platform])) {
          const text = translate(fact.key, fact.params);
          for (const value of Object.values(fact.params ?? {})) expect(text).toContain(String(value));
        }
      }
    }
  });

  it("ends French questions and colons with the typographic space", () => {
    for (const [key, french] of catalogues.fr) {
      expect(/\S[?!:;](\s|$)/.test(french.replace(/https?:\/\/\S+/g, "").replace(/\{\w+\}\/\d/g, "")), `${key}: ${french}`).toBe(false);
    }
  });
});
