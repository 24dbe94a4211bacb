import { describe, expect, it } from "vitest";

import { demoStrategy, diffRevisions, emptyPersona, emptyStrategy } from "@/lib/strategy";

describe("diffRevisions", () => {
  it("finds nothing between identical revisions", () => {
    expect(diffRevisions(demoStrategy("fr"), demoStrategy("fr"))).toEqual([]);
  });

  it("reports added, removed and edited text fields with a word diff for edits", () => {
    const a = emptyStrategy();
    a.mission.statement = "We feed families every week.";
    a.mission.approach = "Two distributions.";
    const b = structuredClone(a);
    b.mission.statement = "We feed families every Saturday.";
    b.mission.approach = "";
    b.mission.socialMediaRole = "Find volunteers.";

    const diff = diffRevisions(a, b);
    expect(diff.map((section) => section.section)).toEqual(["mission"]);
    const fields = diff[0]?.changes[0]?.fields ?? [];
    expect(fields.map((field) => [field.field, field.kind])).toEqual([
      ["statement", "changed"],
      ["approach", "removed"],
      ["socialMediaRole", "added"],
    ]);
    const words = fields[0]?.words ?? [];
    expect(words.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(["week"]);
    expect(words.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["Saturday"]);
    expect(words.map((part) => (part.removed ? "" : part.value)).join("")).toBe(b.mission.statement);
    expect(fields[1]?.words).toBeNull();
    expect(fields[1]?.before).toBe("Two distributions.");
  });

  it("shows a text rewritten from scratch as one replacement rather than a word soup", () => {
    const a = emptyStrategy();
    const b = emptyStrategy();
    a.pitch.whoWeAre = Array.from({ length: 400 }, (_, i) => `old${i}`).join(" ");
    b.pitch.whoWeAre = Array.from({ length: 400 }, (_, i) => `new${i}`).join(" ");
    const words = diffRevisions(a, b)[0]?.changes[0]?.fields[0]?.words;
    expect(words).toEqual([
      { value: a.pitch.whoWeAre, added: false, removed: true },
      { value: b.pitch.whoWeAre, added: true, removed: false },
    ]);
  });

  it("matches list items by id, so a reorder is not mistaken for edits", () => {
    const a = emptyStrategy();
    a.personas = [
      { ...emptyPersona("p1"), name: "Amina" },
      { ...emptyPersona("p2"), name: "Denise" },
      { ...emptyPersona("p3"), name: "Julien" },
    ];
    const b = structuredClone(a);
    const [amina, denise, julien] = b.personas;
    if (!amina || !denise || !julien) throw new Error("fixture");
    denise.age = "58";
    b.personas = [denise, amina, { ...emptyPersona("p4"), name: "Sophie", role: "Partner" }];

    const changes = diffRevisions(a, b)[0]?.changes ?? [];
    expect(changes.map((change) => [change.kind, change.item?.title ?? null, change.item?.index ?? null])).toEqual([
      ["removed", "Julien", 2],
      ["changed", "Denise", 0],
      ["added", "Sophie", 2],
      ["reordered", null, null],
    ]);
    expect(changes[1]?.fields.map((field) => [field.field, field.kind, field.after])).toEqual([["age", "added", "58"]]);
    expect(changes[2]?.fields.map((field) => [field.field, field.kind])).toEqual([
      ["name", "added"],
      ["role", "added"],
    ]);
    expect(changes[0]?.fields.map((field) => [field.field, field.kind, field.before])).toEqual([["name", "removed", "Julien"]]);
  });

  it("reports practices one by one, ticks as changes, and tone adjectives as words in and out", () => {
    const a = emptyStrategy();
    a.culture.adjectives = ["warm", "serious"];
    const b = structuredClone(a);
    b.practices.usePhotos = { done: true, note: "" };
    b.practices.useTheNews.note = "Early Childhood Week";
    b.culture.adjectives = ["warm", "hopeful"];

    const diff = diffRevisions(a, b);
    expect(diff.map((section) => section.section)).toEqual(["culture", "practices"]);
    const adjectives = diff[0]?.changes[0]?.fields[0];
    expect(adjectives?.tags).toEqual({ added: ["hopeful"], removed: ["serious"] });
    const practices = diff[1]?.changes ?? [];
    expect(practices.map((change) => [change.practice, change.fields.map((field) => `${field.field}:${field.kind}`)])).toEqual([
      ["usePhotos", ["done:changed"]],
      ["useTheNews", ["note:added"]],
    ]);
    expect(practices[0]?.fields[0]?.before).toBe(false);
    expect(practices[0]?.fields[0]?.after).toBe(true);
  });

  it("names platform items by their code and reports numbers", () => {
    const a = demoStrategy("en");
    const b = demoStrategy("en");
    const facebook = b.platforms[0];
    if (!facebook) throw new Error("fixture");
    facebook.weeklyHours = 4;
    const change = diffRevisions(a, b)[0];
    expect(change?.section).toBe("platforms");
    expect(change?.changes[0]?.item).toEqual({ id: "platform-facebook", index: 0, title: "facebook", titleIsPlatformCode: true });
    expect(change?.changes[0]?.fields).toEqual([
      { field: "weeklyHours", kind: "changed", before: 3, after: 4, words: null, tags: null },
    ]);
  });

  it("lists every section of a whole document written from scratch", () => {
    const diff = diffRevisions(emptyStrategy(), demoStrategy("fr"));
    expect(diff.map((section) => section.section)).toEqual([
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
  });
});
