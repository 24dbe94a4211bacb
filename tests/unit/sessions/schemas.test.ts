import { describe, expect, it } from "vitest";
import { goalsOf, ProposalSettingsSchema, surveyFormToInput, SurveySchema } from "@/lib/pairings/schema";
import { wallClock } from "@/lib/sessions/display";
import { ActionItemSchema, RescheduleSchema, ScheduleSchema, SessionRecordSchema } from "@/lib/sessions/schema";
import { parseICalendar } from "@/tests/support/icalendar";

const slot = { weekday: "2", localTime: "10:00", timeZone: "America/Winnipeg", durationMinutes: "60", startsOn: "2026-10-19", weeks: "12", videoUrl: "https://meet.example.org/x", place: "" };
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join(".")}:${i.message}`);

describe("weekly slot input", () => {
  it("accepts a slot with a link or a place, and coerces numbers", () => {
    expect(ScheduleSchema.parse(slot)).toMatchObject({ weekday: 2, durationMinutes: 60, weeks: 12, videoUrl: "https://meet.example.org/x" });
    expect(ScheduleSchema.parse({ ...slot, videoUrl: "", place: "Centre, salle 2" }).place).toBe("Centre, salle 2");
  });

  it("says what is wrong, with catalogue keys", () => {
    expect(messages(ScheduleSchema.safeParse({ ...slot, videoUrl: "", place: "" }))).toEqual(["videoUrl:sessions.validation.whereRequired"]);
    expect(messages(ScheduleSchema.safeParse({ ...slot, videoUrl: "http://insecure.example.org" }))).toEqual(["videoUrl:validation.url"]);
    expect(messages(ScheduleSchema.safeParse({ ...slot, localTime: "9h" }))).toEqual(["localTime:sessions.validation.time"]);
    expect(messages(ScheduleSchema.safeParse({ ...slot, timeZone: "Mars/Olympus" }))).toEqual(["timeZone:validation.timeZone"]);
    expect(ScheduleSchema.safeParse({ ...slot, weekday: "8" }).success).toBe(false);
    expect(ScheduleSchema.safeParse({ ...slot, weeks: "53" }).success).toBe(false);
  });
});

describe("session record input", () => {
  it("a held session needs its length and at least one person present", () => {
    expect(messages(SessionRecordSchema.safeParse({ version: "0", outcome: "held", present: [] }))).toEqual([
      "durationMinutes:sessions.validation.durationRequired",
      "present:sessions.validation.attendanceRequired",
    ]);
    expect(SessionRecordSchema.parse({ version: "0", outcome: "planned", agenda: " Personas " })).toMatchObject({ agenda: "Personas", present: [] });
    expect(SessionRecordSchema.safeParse({ version: "0", outcome: "held", durationMinutes: "60", rating: "6", present: ["u"] }).success).toBe(false);
  });

  it("reschedule and action item inputs reject impossible dates", () => {
    expect(RescheduleSchema.safeParse({ date: "2026-02-30", time: "10:00", version: "0" }).success).toBe(false);
    expect(ActionItemSchema.parse({ title: "Écrire au cégep", dueOn: "" })).toEqual({ title: "Écrire au cégep", ownerId: "", dueOn: "", occurrenceId: "" });
    expect(ActionItemSchema.safeParse({ title: "x", dueOn: "demain" }).success).toBe(false);
  });
});

describe("close-out survey input", () => {
  it("reads one outcome per goal of the need", () => {
    expect(goalsOf("- Publier chaque semaine.\n\n2) Doubler la communauté\n• Garder le cap")).toEqual(["Publier chaque semaine.", "Doubler la communauté", "Garder le cap"]);
    const form = new FormData();
    form.set("outcome_0", "achieved");
    form.set("outcomeNote_0", "Oui");
    form.set("satisfaction", "4");
    const { raw } = surveyFormToInput(form, 2);
    expect(raw.outcomes).toEqual([
      { result: "achieved", note: "Oui" },
      { result: "", note: "" },
    ]);
    expect(messages(SurveySchema.safeParse(raw))).toEqual(["outcomes.1.result:sessions.validation.outcomeRequired"]);
  });

  it("proposal rules: a deadline between 12 hours and two weeks, a known cascade mode", () => {
    expect(ProposalSettingsSchema.parse({ proposalTtlHours: "72", cascadeMode: "AUTOMATIC" })).toEqual({ proposalTtlHours: 72, cascadeMode: "AUTOMATIC" });
    expect(ProposalSettingsSchema.safeParse({ proposalTtlHours: "400", cascadeMode: "AUTOMATIC" }).success).toBe(false);
    expect(ProposalSettingsSchema.safeParse({ proposalTtlHours: "72", cascadeMode: "SOMETIMES" }).success).toBe(false);
  });
});

describe("display", () => {
  it("writes a wall-clock time the way each language does", () => {
    expect(wallClock("fr", "10:00").replace(/\s/gu, " ")).toBe("10 h 00");
    expect(wallClock("en", "13:30").replace(/\s/gu, " ")).toBe("1:30 p.m.");
  });
});

describe("the iCalendar checker used by the tests", () => {
  const valid = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//y//EN", "BEGIN:VEVENT", "UID:a@x", "DTSTAMP:20261101T000000Z", "DTSTART:20261103T160000Z", "DTEND:20261103T170000Z", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");

  it("accepts a minimal valid document", () => {
    expect(parseICalendar(valid).events).toHaveLength(1);
  });

  it("rejects what a calendar program would choke on", () => {
    expect(() => parseICalendar(valid.replace(/\r\n/g, "\n"))).toThrow(/CRLF/);
    expect(() => parseICalendar(valid.replace("END:VEVENT\r\n", ""))).toThrow(/END:VCALENDAR does not close/);
    expect(() => parseICalendar(valid.replace("VERSION:2.0\r\n", ""))).toThrow(/VERSION/);
    expect(() => parseICalendar(valid.replace("DTSTART:20261103T160000Z", "DTSTART:20261103T160000"))).toThrow(/UTC/);
    expect(() => parseICalendar(valid.replace("UID:a@x", `UID:${"a".repeat(80)}`))).toThrow(/75 octets/);
  });
});
