import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/messages";
import { hasMessage, type MessageTree } from "@/lib/i18n/translate";

function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const en = flatten(catalogues.en);
  const fr = flatten(catalogues.fr);

  it("French and English have exactly the same keys", () => {
    const onlyEn = [...en.keys()].filter((k) => !fr.has(k));
    const onlyFr = [...fr.keys()].filter((k) => !en.has(k));
    expect({ onlyEn, onlyFr }).toEqual({ onlyEn: [], onlyFr: [] });
  });

  it("every message uses the same placeholders in both languages", () => {
    const mismatched = [...en.entries()].filter(([k, v]) => fr.has(k) && placeholders(v).join() !== placeholders(fr.get(k)!).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("no message is empty", () => {
    const empty = [...en.entries(), ...fr.entries()].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("every namespace file on disk is registered in messages/index.ts", () => {
    const files = readdirSync(path.resolve("messages/en")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual(Object.keys(catalogues.en).sort());
  });
});

/** Literal keys passed to t("…") anywhere in app code must exist (dynamic keys are checked where they are built). */
describe("keys used in code", () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") return [];
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx)$/.test(name) ? [full] : [];
    });
  }

  it("exist in the catalogue", () => {
    const files = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.resolve(d)));
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) {
        const key = match[1]!;
        if (!hasMessage(catalogues.en, key)) missing.push(`${path.relative(process.cwd(), file)}: ${key}`);
      }
      for (const match of text.matchAll(/message: "((?:validation|errors|auth|needs|volunteer|org|coordinator|pairing|admin|common)\.[\w.]+)"/g)) {
        if (!hasMessage(catalogues.en, match[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${match[1]}`);
      }
      // A form action's success message: succeeded(locale, "key", …).
      for (const match of text.matchAll(/\bsucceeded\(\s*locale,\s*"([a-zA-Z][\w.]*)"/g)) {
        if (!hasMessage(catalogues.en, match[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${match[1]}`);
      }
      for (const match of text.matchAll(/new AppError\("\w+", "([\w.]+)"/g)) {
        if (!hasMessage(catalogues.en, match[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("cover every status, role and email kind the code can produce", async () => {
    const { NeedStatus, PairingStatus, MembershipRole } = await import("@/lib/generated/prisma/enums");
    const { IDENTITY_TAGS } = await import("@/lib/volunteers/schema");
    const keys = [
      ...Object.values(NeedStatus).flatMap((s) => [`needs.status.${s}`, `needs.statusHelp.${s}`]),
      ...Object.values(PairingStatus).flatMap((s) => [`pairing.status.${s}`, `pairing.statusHelp.${s}`]),
      ...Object.values(MembershipRole).map((r) => `org.members.roles.${r}`),
      ...IDENTITY_TAGS.map((tag) => `volunteer.identityTags.${tag}`),
      ...["passwordReset", "accountCreated", "invitation", "needSubmitted", "needApproved", "needReturned", "proposalReceived", "proposalAccepted", "proposalDeclined"].flatMap((k) => [
        `email.${k}.subject`,
        `email.${k}.body`,
      ]),
    ];
    for (const locale of ["en", "fr"] as const) {
      expect(keys.filter((k) => !hasMessage(catalogues[locale], k))).toEqual([]);
    }
  });
});
