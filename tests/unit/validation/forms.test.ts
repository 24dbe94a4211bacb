import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "@/lib/forms/action-state";
import { NeedInputSchema } from "@/lib/needs/schema";
import { weeklySlotsField } from "@/lib/validation/common";

const validNeed = {
  needTypeId: "needtype-social-media-strategy",
  title: "Notre stratégie",
  goals: "Publier chaque semaine et doubler la communauté.",
  context: "",
  desiredStartOn: "2026-12-01",
  durationWeeks: "12",
  timeZone: "America/Winnipeg",
  languages: ["fr"],
  availability: { slotDay: ["2"], slotStart: ["10:00"], slotEnd: ["12:30"] },
};

describe("weekly slots", () => {
  it("turns parallel lists into slots and skips rows left empty", () => {
    const slots = weeklySlotsField.parse({ slotDay: ["2", ""], slotStart: ["10:00", ""], slotEnd: ["12:30", ""] });
    expect(slots).toEqual([{ weekday: 2, startMinute: 600, endMinute: 750 }]);
  });

  it("rejects a slot that ends before it starts, and an empty list", () => {
    expect(weeklySlotsField.safeParse({ slotDay: ["2"], slotStart: ["14:00"], slotEnd: ["13:00"] }).success).toBe(false);
    expect(weeklySlotsField.safeParse({ slotDay: [], slotStart: [], slotEnd: [] }).success).toBe(false);
  });
});

describe("need input", () => {
  it("accepts a complete need and coerces numbers and dates", () => {
    const need = NeedInputSchema.parse(validNeed);
    expect(need.durationWeeks).toBe(12);
    expect(need.livedExperienceAsked).toBe(false);
  });

  it("gives field errors in the user's language", () => {
    const result = NeedInputSchema.safeParse({ ...validNeed, title: "", durationWeeks: "200", timeZone: "Mars/Olympus", desiredStartOn: "2026-02-31", languages: [] });
    expect(result.success).toBe(false);
    const issues = (result as { error: z.ZodError }).error.issues;
    const fr = fieldErrors(issues, "fr");
    const en = fieldErrors(issues, "en");
    expect(Object.keys(fr).sort()).toEqual(["desiredStartOn", "durationWeeks", "languages", "timeZone", "title"]);
    expect(fr.timeZone).toEqual(["Choisissez un fuseau horaire dans la liste."]);
    expect(en.timeZone).toEqual(["Choose a time zone from the list."]);
    expect(en.durationWeeks).toEqual(["Enter a number of at most 52."]);
    expect(fr.desiredStartOn).toEqual(["Entrez une date valide."]);
  });
});
