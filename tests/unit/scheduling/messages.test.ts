import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/scheduling.json";
import fr from "@/messages/fr/scheduling.json";
import { describeZoneDifference } from "@/lib/scheduling/display";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = "scheduling"): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = `${prefix}.${key}`;
    if (typeof value === "string") entries.set(path, value);
    else for (const [child, text] of flatten(value, path)) entries.set(child, text);
  }
  return entries;
}

const catalogues = { en: flatten(en), fr: flatten(fr) };
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** A key resolves directly, or through its plural variants chosen by `count`. */
function resolves(catalogue: Map<string, string>, key: string): boolean {
  return catalogue.has(key) || (catalogue.has(`${key}_one`) && catalogue.has(`${key}_other`));
}

describe("scheduling message catalogues", () => {
  it("have exactly the same keys in French and English, none empty", () => {
    expect([...catalogues.fr.keys()].sort()).toEqual([...catalogues.en.keys()].sort());
    for (const catalogue of Object.values(catalogues)) {
      for (const text of catalogue.values()) expect(text.trim()).not.toBe("");
    }
  });

  it("use the same {params} in both languages", () => {
    for (const [key, text] of catalogues.en) {
      expect(params(catalogues.fr.get(key) ?? ""), key).toEqual(params(text));
    }
  });

  it("contain every key the scheduling code can return", () => {
    const directory = join(process.cwd(), "lib/scheduling");
    const literalKeys = readdirSync(directory)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => [...readFileSync(join(directory, file), "utf8").matchAll(/"(scheduling\.[\w.]+)"/g)])
      .map((match) => match[1] ?? "");
    expect(literalKeys.length).toBeGreaterThan(20);

    const instant = new Date("2026-03-10T15:00:00Z");
    const dynamicKeys = [
      ["America/Winnipeg", "America/Montreal"],
      ["America/Montreal", "America/Winnipeg"],
      ["America/Winnipeg", "America/St_Johns"],
      ["America/St_Johns", "America/Winnipeg"],
      ["America/Toronto", "America/Montreal"],
    ].map(([viewerTimeZone = "", otherTimeZone = ""]) =>
      describeZoneDifference({ instant, viewerTimeZone, otherTimeZone }).key,
    );
    expect(new Set(dynamicKeys).size).toBe(5);

    for (const key of [...literalKeys, ...dynamicKeys]) {
      expect(resolves(catalogues.en, key), `en: ${key}`).toBe(true);
      expect(resolves(catalogues.fr, key), `fr: ${key}`).toBe(true);
    }
  });

  it("give a subject and a body for each reminder kind", () => {
    for (const kind of ["proposalExpiring", "sessionTomorrow", "sessionNotLogged", "actionItemOverdue"]) {
      for (const part of ["subject", "body"]) {
        expect(catalogues.en.has(`scheduling.reminders.${kind}.${part}`)).toBe(true);
      }
      // Subjects are single lines (they become an email header).
      expect(catalogues.fr.get(`scheduling.reminders.${kind}.subject`)).not.toMatch(/\n/);
    }
  });
});
