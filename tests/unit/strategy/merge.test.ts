import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  demoStrategy,
  emptyPersona,
  emptyStrategy,
  mergeSectionSave,
  type Persona,
  type Pitch,
} from "@/lib/strategy";

const pitch = (overrides: Partial<Pitch> = {}): Pitch => ({ ...emptyStrategy().pitch, ...overrides });
const persona = (id: string, overrides: Partial<Persona> = {}): Persona => ({ ...emptyPersona(id), ...overrides });

describe("mergeSectionSave", () => {
  it("takes mine when nobody else saved since my base", () => {
    const base = pitch({ whatWeDo: "old" });
    const mine = pitch({ whatWeDo: "new" });
    expect(mergeSectionSave({ base, mine, theirs: structuredClone(base) })).toEqual({ outcome: "saveMine", value: mine });
  });

  it("does nothing when I changed nothing, and keeps what is stored", () => {
    const base = pitch({ whatWeDo: "old" });
    const theirs = pitch({ whatWeDo: "theirs" });
    expect(mergeSectionSave({ base, mine: structuredClone(base), theirs })).toEqual({ outcome: "nothingToSave", value: theirs });
  });

  it("is fine when both made the same change", () => {
    const base = pitch();
    const result = mergeSectionSave({ base, mine: pitch({ values: "dignity" }), theirs: pitch({ values: "dignity" }) });
    expect(result.outcome).toBe("alreadySaved");
  });

  it("ignores object key order (jsonb does not keep it)", () => {
    const base = { a: "1", b: "2" };
    const reordered = { b: "2", a: "1" };
    expect(mergeSectionSave({ base, mine: reordered, theirs: { a: "1", b: "3" } }).outcome).toBe("nothingToSave");
  });

  it("reports a conflict with both versions when both changed the same field differently", () => {
    const base = pitch({ problem: "p" });
    const mine = pitch({ problem: "mine" });
    const theirs = pitch({ problem: "theirs" });
    const result = mergeSectionSave({ base, mine, theirs, section: "pitch" });
    expect(result).toEqual({
      outcome: "conflict",
      base,
      mine,
      theirs,
      points: [{ path: ["problem"], reason: "bothChanged" }],
      combined: null,
    });
  });

  it("offers a combined version when the two edits touch different fields", () => {
    const base = pitch();
    const mine = pitch({ problem: "mine" });
    const theirs = pitch({ values: "theirs" });
    const result = mergeSectionSave({ base, mine, theirs, section: "pitch" });
    expect(result.outcome).toBe("conflict");
    if (result.outcome !== "conflict") return;
    expect(result.points).toEqual([]);
    expect(result.combined).toEqual(pitch({ problem: "mine", values: "theirs" }));
  });

  it("merges list items by id: edits to different items, additions on both sides", () => {
    const base = [persona("a", { name: "Ana" }), persona("b", { name: "Ben" })];
    const mine = [persona("a", { name: "Ana", age: "30" }), persona("b", { name: "Ben" }), persona("m", { name: "Mia" })];
    const theirs = [persona("a", { name: "Ana" }), persona("b", { name: "Ben", age: "40" }), persona("t", { name: "Tom" })];
    const result = mergeSectionSave({ base, mine, theirs, section: "personas" });
    expect(result.outcome).toBe("conflict");
    if (result.outcome !== "conflict") return;
    expect(result.points).toEqual([]);
    expect(result.combined?.map((item) => [item.id, item.age])).toEqual([
      ["a", "30"],
      ["b", "40"],
      ["t", ""],
      ["m", ""],
    ]);
  });

  it("flags an item deleted on one side and edited on the other, and never drops the edit", () => {
    const base = [persona("a", { name: "Ana" }), persona("b", { name: "Ben" })];
    const mine = [persona("b", { name: "Ben" })];
    const theirs = [persona("a", { name: "Ana", role: "donor" }), persona("b", { name: "Ben" })];
    const result = mergeSectionSave({ base, mine, theirs, section: "personas" });
    if (result.outcome !== "conflict") throw new Error(result.outcome);
    expect(result.points).toEqual([{ path: ["a"], reason: "removedAndChanged" }]);
    expect(result.combined).toBeNull();
    expect(result.theirs[0]?.role).toBe("donor");
  });

  it("drops an item deleted on one side when the other left it alone", () => {
    const base = [persona("a"), persona("b")];
    const mine = [persona("b", { name: "Ben" })];
    const theirs = [persona("a"), persona("b"), persona("c")];
    const result = mergeSectionSave({ base, mine, theirs });
    if (result.outcome !== "conflict") throw new Error(result.outcome);
    expect(result.combined?.map((item) => item.id)).toEqual(["b", "c"]);
  });

  it("flags two different reorders", () => {
    const base = [persona("a"), persona("b"), persona("c")];
    const mine = [persona("c"), persona("a"), persona("b")];
    const theirs = [persona("b"), persona("a"), persona("c")];
    const result = mergeSectionSave({ base, mine, theirs });
    if (result.outcome !== "conflict") throw new Error(result.outcome);
    expect(result.points).toEqual([{ path: ["#order"], reason: "bothReordered" }]);
  });

  it("drops a combined version that would not be valid (four objectives)", () => {
    const base = demoStrategy("en").objectives.slice(0, 2);
    const mine = [...base, { id: "m", objective: "mine", missionLink: "", pitfalls: "" }];
    const theirs = [...base, { id: "t", objective: "theirs", missionLink: "", pitfalls: "" }];
    const unchecked = mergeSectionSave({ base, mine, theirs });
    if (unchecked.outcome !== "conflict") throw new Error(unchecked.outcome);
    expect(unchecked.points).toEqual([]);
    expect(unchecked.combined?.map((objective) => objective.id)).toEqual(["obj-partnership", "obj-campaign", "t", "m"]);
    const checked = mergeSectionSave({ base, mine, theirs, section: "objectives" });
    if (checked.outcome !== "conflict") throw new Error(checked.outcome);
    expect(checked.combined).toBeNull();
    expect(checked.mine).toEqual(mine);
    expect(checked.theirs).toEqual(theirs);
  });

  it("merges the practices checklist practice by practice", () => {
    const base = emptyStrategy().practices;
    const mine = { ...base, usePhotos: { done: true, note: "" } };
    const theirs = { ...base, usePhotos: { done: false, note: "we will" }, stayPositive: { done: true, note: "" } };
    const result = mergeSectionSave({ base, mine, theirs, section: "practices" });
    if (result.outcome !== "conflict") throw new Error(result.outcome);
    expect(result.points).toEqual([]);
    expect(result.combined?.usePhotos).toEqual({ done: true, note: "we will" });
    expect(result.combined?.stayPositive.done).toBe(true);
  });

  it("never loses an edit: every field of a combined version comes from whoever changed it", () => {
    const fieldValue = fc.constantFrom("", "a", "b", "c");
    const pitchArb = fc.record({
      whatWeDo: fieldValue,
      problem: fieldValue,
      solution: fieldValue,
      credibility: fieldValue,
      unique: fieldValue,
      whoWeAre: fieldValue,
      successes: fieldValue,
      values: fieldValue,
    });
    fc.assert(
      fc.property(pitchArb, pitchArb, pitchArb, (base, mine, theirs) => {
        const result = mergeSectionSave({ base, mine, theirs, section: "pitch" });
        if (result.outcome === "saveMine") expect(result.value).toEqual(mine);
        if (result.outcome === "nothingToSave" || result.outcome === "alreadySaved") expect(result.value).toEqual(theirs);
        if (result.outcome !== "conflict") return;
        const keys = Object.keys(base) as (keyof Pitch)[];
        const colliding = keys.filter((key) => mine[key] !== base[key] && theirs[key] !== base[key] && mine[key] !== theirs[key]);
        expect(result.points.map((point) => point.path[0])).toEqual(colliding);
        if (colliding.length > 0) {
          expect(result.combined).toBeNull();
          return;
        }
        for (const key of keys) {
          expect(result.combined?.[key]).toBe(mine[key] !== base[key] ? mine[key] : theirs[key]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
