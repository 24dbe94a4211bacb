import { describe, expect, it } from "vitest";
import en from "@/messages/en/campaigns.json";
import fr from "@/messages/fr/campaigns.json";
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS, KPI_DIRECTIONS, KPI_METRICS, KPI_UNITS } from "@/lib/campaigns/catalogue";
import { IMPORT_FILE_ERROR_CODES, IMPORT_REASON_CODES } from "@/lib/campaigns/measurement-import";
import { KPI_STATUSES } from "@/lib/campaigns/progress";
import { VALIDATION_CODES } from "@/lib/campaigns/schemas";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const enKeys = flatten(en as Tree);
const frKeys = flatten(fr as Tree);
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("campaigns message catalogues", () => {
  it("have the same keys in French and English, none empty", () => {
    expect([...frKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, text] of [...enKeys, ...frKeys]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of enKeys) expect(placeholders(frKeys.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("label every catalogue code and every message the code can produce", () => {
    const required = [
      ...CAMPAIGN_KINDS.map((c) => `kinds.${c}`),
      ...CAMPAIGN_CHANNELS.map((c) => `channels.${c}`),
      ...KPI_METRICS.map((c) => `metrics.${c}`),
      ...KPI_UNITS.map((c) => `units.${c}`),
      ...KPI_DIRECTIONS.map((c) => `directions.${c}`),
      ...KPI_STATUSES.map((c) => `status.${c}`),
      ...VALIDATION_CODES.map((c) => `validation.${c}`),
      ...IMPORT_REASON_CODES.map((c) => `import.reasons.${c}`),
      ...IMPORT_FILE_ERROR_CODES.map((c) => `import.fileErrors.${c}`),
    ];
    expect(required.filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it("has no unused validation or import keys", () => {
    const known = new Set<string>([
      ...VALIDATION_CODES.map((c) => `validation.${c}`),
      ...IMPORT_REASON_CODES.map((c) => `import.reasons.${c}`),
      ...IMPORT_FILE_ERROR_CODES.map((c) => `import.fileErrors.${c}`),
    ]);
    const stale = [...enKeys.keys()].filter(
      (k) => (k.startsWith("validation.") || k.startsWith("import.reasons.") || k.startsWith("import.fileErrors.")) && !known.has(k),
    );
    expect(stale).toEqual([]);
  });
});
