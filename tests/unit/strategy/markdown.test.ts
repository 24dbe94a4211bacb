import { describe, expect, it } from "vitest";

import {
  PRACTICE_CODES,
  SECTION_FIELDS,
  SECTION_KEYS,
  demoStrategy,
  emptyContentPlanItem,
  emptyStrategy,
  escapeMarkdownBlock,
  strategyToMarkdown,
  type StrategyContent,
} from "@/lib/strategy";

import { makeTranslate } from "./catalogue-helpers";

const en = makeTranslate("en");
const fr = makeTranslate("fr");

/** A document where every field holds a distinct, plain value (no Markdown specials). */
function fullyFilled(): StrategyContent {
  const text = (section: string, field: string, n = 0) => `${section} ${field} value ${n}`;
  const doc = emptyStrategy();
  doc.mission = { statement: text("mission", "statement"), approach: text("mission", "approach"), socialMediaRole: text("mission", "role") };
  doc.objectives = [1, 2, 3].map((n) => ({
    id: `o${n}`,
    objective: text("objectives", "objective", n),
    missionLink: text("objectives", "link", n),
    pitfalls: text("objectives", "pitfalls", n),
  }));
  doc.pitch = Object.fromEntries(Object.keys(doc.pitch).map((field) => [field, text("pitch", field)])) as StrategyContent["pitch"];
  doc.culture = { adjectives: ["sunny", "bold"], notes: text("culture", "notes") };
  doc.personas = [1, 2].map((n) => ({
    id: `p${n}`,
    name: text("personas", "name", n),
    role: text("personas", "role", n),
    age: `${30 + n}`,
    languages: text("personas", "languages", n),
    platforms: text("personas", "platforms", n),
    concerns: text("personas", "concerns", n),
    vocabulary: text("personas", "vocabulary", n),
    other: text("personas", "other", n),
  }));
  doc.platforms = [
    { id: "f", platform: "facebook", otherName: "", why: text("platforms", "why", 1), weeklyHours: 7.5, postsPerWeek: 9, audience: text("platforms", "audience", 1), cost: text("platforms", "cost", 1) },
    { id: "o", platform: "other", otherName: "Mastodon", why: text("platforms", "why", 2), weeklyHours: 1, postsPerWeek: 2, audience: text("platforms", "audience", 2), cost: text("platforms", "cost", 2) },
  ];
  for (const [index, code] of PRACTICE_CODES.entries()) doc.practices[code] = { done: index % 2 === 0, note: text("practices", code) };
  doc.resources = [1, 2].map((n) => ({ id: `r${n}`, name: text("resources", "name", n), level: n === 1 ? 1 : 5, notes: text("resources", "notes", n) }));
  doc.contentPlan = [
    { id: "c1", item: text("plan", "item", 1), platform: "instagram", audience: text("plan", "audience", 1), objectiveId: "o2", date: "2026-04-20", owner: text("plan", "owner", 1), status: "in_progress" },
  ];
  return doc;
}

describe("strategyToMarkdown", () => {
  it("contains every filled value of every section (English)", () => {
    const content = fullyFilled();
    const markdown = strategyToMarkdown({ content, title: "Our plan", translate: en, locale: "en" });

    expect(markdown.startsWith("# Our plan\n")).toBe(true);
    expect(markdown).not.toContain("Not filled in yet");
    for (const section of SECTION_KEYS) expect(markdown).toContain(`## ${en(`strategy.sections.${section}.title`)}`);

    // Every free-text value, wherever it lives.
    const texts: string[] = [];
    const collect = (value: unknown, key?: string) => {
      if (key === "id" || key === "platform" || key === "status" || key === "objectiveId" || key === "date") return;
      if (typeof value === "string" && value !== "") texts.push(value);
      else if (Array.isArray(value)) value.forEach((item) => collect(item));
      else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) collect(v, k);
    };
    collect(content);
    expect(texts.length).toBeGreaterThan(40);
    for (const value of texts) expect(markdown, value).toContain(value);

    // Non-text values, rendered through the catalogue and the locale.
    expect(markdown).toContain("7.5");
    expect(markdown).toContain("### Facebook");
    expect(markdown).toContain("### Other — Mastodon");
    expect(markdown).toContain("1/5 — Passive");
    expect(markdown).toContain("5/5 — Active");
    expect(markdown).toContain("| Instagram |");
    expect(markdown).toContain("| Objective 2 |");
    expect(markdown).toContain("April 20, 2026");
    expect(markdown).toContain("| In progress |");
    expect(markdown).toContain("- [x] **Use photos** — practices usePhotos");
    expect(markdown).toContain("- [ ] **Work with others** — practices collaborate");
    expect(markdown).toContain("sunny, bold");
    // Every field label of every section appears at least once.
    for (const section of SECTION_KEYS) {
      if (section === "practices") continue;
      for (const descriptor of SECTION_FIELDS[section]) {
        if (section === "platforms" && (descriptor.field === "platform" || descriptor.field === "otherName")) continue;
        if (section === "personas" && descriptor.field === "name") continue;
        if (section === "resources" && descriptor.field === "name") continue;
        expect(markdown, `${section}.${descriptor.field}`).toContain(en(`strategy.fields.${section}.${descriptor.field}.label`));
      }
    }
  });

  it("formats numbers and dates for the locale (French)", () => {
    const markdown = strategyToMarkdown({ content: fullyFilled(), title: "Notre plan", translate: fr, locale: "fr-CA" });
    expect(markdown).toContain("7,5");
    expect(markdown).toContain("20 avril 2026");
    expect(markdown).toContain("## Profils du public");
    expect(markdown).toContain("| Objectif 2 |");
  });

  it("marks empty sections as not filled, or leaves them out", () => {
    const marked = strategyToMarkdown({ content: emptyStrategy(), title: "T", translate: en, locale: "en" });
    expect(marked.match(/_Not filled in yet_/g)).toHaveLength(SECTION_KEYS.length);
    const content = emptyStrategy();
    content.pitch.values = "Dignity";
    content.contentPlan = [emptyContentPlanItem("c")]; // a blank row is not content
    const omitted = strategyToMarkdown({ content, title: "T", translate: en, locale: "en", emptySections: "omit" });
    expect(omitted).toBe("# T\n\n## Our story\n\n**Core values**  \nDignity\n");
  });

  it("escapes text so it cannot break the layout", () => {
    const content = emptyStrategy();
    content.pitch.problem = "# not a heading\n1. not a list\n- not a bullet\n---\n    not code\n**not bold** [not a link](x) <b>not html</b>";
    content.personas = [{ id: "p", name: "## Sneaky | name", role: "", age: "", languages: "", platforms: "", concerns: "", vocabulary: "", other: "x" }];
    content.contentPlan = [{ ...emptyContentPlanItem("c"), item: "cell | with pipe\nand a newline", owner: "_me_" }];
    const markdown = strategyToMarkdown({ content, title: "Plan *v2*", translate: en, locale: "en" });

    const lines = markdown.split("\n");
    // The only headings are ours: title, 9 sections, 1 persona.
    expect(lines.filter((line) => /^#{1,6} /.test(line))).toEqual([
      "# Plan \\*v2\\*",
      ...SECTION_KEYS.flatMap((section) => [
        `## ${en(`strategy.sections.${section}.title`)}`,
        ...(section === "personas" ? ["### \\#\\# Sneaky \\| name"] : []),
      ]),
    ]);
    // No line of user text becomes a list, a rule, a code block, bold, a link or HTML.
    expect(lines.some((line) => /^(\d+\.|[-+*] (?!\[[ x]\])|---|\s{4})/.test(line))).toBe(false);
    expect(markdown).not.toMatch(/(?<!\\)\*\*not bold/);
    expect(markdown).not.toMatch(/(?<!\\)\[not a link/);
    expect(markdown).not.toMatch(/(?<!\\)<b>/);
    // The table row keeps exactly eight unescaped pipes (seven columns).
    const row = lines.find((line) => line.includes("cell"));
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(8);
    expect(row).toContain("cell \\| with pipe and a newline");
    expect(row).toContain("\\_me\\_");
  });

  it("exports the whole demo document in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const content = demoStrategy(locale);
      const translate = locale === "fr" ? fr : en;
      const markdown = strategyToMarkdown({ content, title: "Demo", translate, locale });
      expect(markdown).not.toContain(translate("strategy.export.notFilled"));
      const values = [
        content.mission.statement,
        ...content.objectives.map((objective) => objective.pitfalls),
        content.pitch.successes,
        content.culture.notes,
        ...content.personas.map((persona) => persona.vocabulary),
        ...content.platforms.map((platform) => platform.cost),
        ...PRACTICE_CODES.map((code) => content.practices[code].note),
        ...content.resources.map((resource) => resource.notes),
        ...content.contentPlan.map((item) => item.item),
      ];
      for (const value of values) expect(markdown, value).toContain(escapeMarkdownBlock(value));
    }
  });
});
