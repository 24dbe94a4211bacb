import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/translate";

const tree = {
  a: { hello: "Bonjour {name}", items_one: "{count} élément", items_other: "{count} éléments" },
};

describe("translator", () => {
  it("interpolates parameters and formats numbers in the locale", () => {
    const t = createTranslator(tree, "fr");
    expect(t("a.hello", { name: "Nadia" })).toBe("Bonjour Nadia");
    expect(t("a.items", { count: 1 })).toBe("1 élément");
    // French groups thousands with a narrow no-break space.
    expect(t("a.items", { count: 12000 })).toMatch(/^12\s000 éléments$/u);
  });

  it("chooses plural forms by the locale's rules", () => {
    const fr = createTranslator(tree, "fr");
    const en = createTranslator({ a: { items_one: "{count} item", items_other: "{count} items" } }, "en");
    expect(fr("a.items", { count: 0 })).toBe("0 élément"); // 0 is singular in French
    expect(en("a.items", { count: 0 })).toBe("0 items");
  });

  it("throws on a missing key outside production", () => {
    const t = createTranslator(tree, "en");
    expect(() => t("a.nope")).toThrow(/Missing message/);
  });
});

describe("Accept-Language", () => {
  it("picks the best supported language by quality", () => {
    expect(localeFromAcceptLanguage("en-CA,en;q=0.9,fr;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("de-DE,fr-CA;q=0.7,en;q=0.5")).toBe("fr");
    expect(localeFromAcceptLanguage("de")).toBe("fr");
    expect(localeFromAcceptLanguage(null)).toBe("fr");
  });
});
