import { describe, expect, it } from "vitest";
import { localDateTimeAt } from "@/lib/scheduling/time-zone";
import { firstMatchingDate, weeklyOccurrences, type WeeklySlot } from "@/lib/scheduling/weekly-occurrences";

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe("weeklyOccurrences", () => {
  it("starts on the first matching weekday on or after the start date", () => {
    expect(firstMatchingDate("2026-03-02", 1)).toBe("2026-03-02"); // a Monday itself
    expect(firstMatchingDate("2026-03-03", 1)).toBe("2026-03-09"); // Tuesday → next Monday
    expect(firstMatchingDate("2026-03-02", 7)).toBe("2026-03-08"); // Monday → Sunday
    const [first] = weeklyOccurrences({
      weekday: 2,
      localTime: "10:00",
      timeZone: "America/Montreal",
      startDate: "2026-03-04", // a Wednesday
      weeks: 1,
      durationMinutes: 60,
    });
    expect(first?.originalDate).toBe("2026-03-10");
    expect(first?.startsAt.toISOString()).toBe("2026-03-10T14:00:00.000Z");
  });

  it("keeps 10:00 in Montreal across the March 2026 change (UTC instant moves by an hour)", () => {
    const occurrences = weeklyOccurrences({
      weekday: 3, // Wednesday
      localTime: "10:00",
      timeZone: "America/Montreal",
      startDate: "2026-02-25",
      weeks: 3,
      durationMinutes: 60,
    });
    expect(occurrences.map((o) => o.originalDate)).toEqual(["2026-02-25", "2026-03-04", "2026-03-11"]);
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual([
      "2026-02-25T15:00:00.000Z",
      "2026-03-04T15:00:00.000Z",
      "2026-03-11T14:00:00.000Z",
    ]);
    expect(iso(occurrences.map((o) => o.endsAt))).toEqual([
      "2026-02-25T16:00:00.000Z",
      "2026-03-04T16:00:00.000Z",
      "2026-03-11T15:00:00.000Z",
    ]);
    expect(occurrences.every((o) => o.wallClock === "exact" && o.status === "scheduled")).toBe(true);
  });

  it("keeps 18:00 in Winnipeg across the November 2026 change", () => {
    const occurrences = weeklyOccurrences({
      weekday: 2,
      localTime: "18:00",
      timeZone: "America/Winnipeg",
      startDate: "2026-10-27",
      weeks: 2,
      durationMinutes: 90,
    });
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual(["2026-10-27T23:00:00.000Z", "2026-11-04T00:00:00.000Z"]);
    for (const occurrence of occurrences) {
      expect(localDateTimeAt(occurrence.startsAt, "America/Winnipeg")).toMatchObject({ hour: 18, minute: 0 });
    }
  });

  it("keeps 18:00 in Paris across the late-March and late-October European changes", () => {
    const spring = weeklyOccurrences({
      weekday: 4,
      localTime: "18:00",
      timeZone: "Europe/Paris",
      startDate: "2026-03-19",
      weeks: 3,
      durationMinutes: 60,
    });
    expect(iso(spring.map((o) => o.startsAt))).toEqual([
      "2026-03-19T17:00:00.000Z",
      "2026-03-26T17:00:00.000Z", // North America has changed already, Europe not yet
      "2026-04-02T16:00:00.000Z",
    ]);
    const autumn = weeklyOccurrences({
      weekday: 4,
      localTime: "18:00",
      timeZone: "Europe/Paris",
      startDate: "2026-10-22",
      weeks: 2,
      durationMinutes: 60,
    });
    expect(iso(autumn.map((o) => o.startsAt))).toEqual(["2026-10-22T16:00:00.000Z", "2026-10-29T17:00:00.000Z"]);
  });

  it("moves a slot that does not exist on the spring-forward day to after the gap, and flags it", () => {
    const occurrences = weeklyOccurrences({
      weekday: 7,
      localTime: "02:30",
      timeZone: "America/Montreal",
      startDate: "2026-03-01",
      weeks: 3,
      durationMinutes: 60,
    });
    expect(occurrences.map((o) => o.wallClock)).toEqual(["exact", "shifted_forward", "exact"]);
    expect(iso(occurrences.map((o) => o.startsAt))).toEqual([
      "2026-03-01T07:30:00.000Z", // 02:30 EST
      "2026-03-08T07:30:00.000Z", // 03:30 EDT: 02:30 does not exist that night
      "2026-03-15T06:30:00.000Z", // 02:30 EDT
    ]);
    expect(localDateTimeAt(occurrences[1]!.startsAt, "America/Montreal")).toMatchObject({ hour: 3, minute: 30 });
  });

  it("uses the first 01:30 on the fall-back night, and measures duration in elapsed time", () => {
    const [occurrence] = weeklyOccurrences({
      weekday: 7,
      localTime: "01:30",
      timeZone: "America/Montreal",
      startDate: "2026-11-01",
      weeks: 1,
      durationMinutes: 60,
    });
    expect(occurrence?.wallClock).toBe("ambiguous_first");
    expect(occurrence?.startsAt.toISOString()).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
    // 60 minutes later the wall clock reads 01:30 again (EST), not 02:30.
    expect(occurrence?.endsAt.toISOString()).toBe("2026-11-01T06:30:00.000Z");
    expect(localDateTimeAt(occurrence!.endsAt, "America/Montreal")).toMatchObject({ hour: 1, minute: 30 });
  });

  const slot: WeeklySlot = {
    weekday: 2,
    localTime: "10:00",
    timeZone: "America/Montreal",
    startDate: "2026-03-03",
    weeks: 4,
    durationMinutes: 60,
  };

  it("applies cancel and reschedule exceptions by index or by original date", () => {
    const occurrences = weeklyOccurrences({
      ...slot,
      exceptions: [
        { index: 1, action: "cancel" },
        { originalDate: "2026-03-24", action: "reschedule", startsAt: new Date("2026-03-26T18:00:00Z") },
        { index: 0, action: "reschedule", startsAt: new Date("2026-03-03T13:00:00Z"), durationMinutes: 30 },
      ],
    });
    expect(occurrences.map((o) => o.status)).toEqual(["rescheduled", "cancelled", "scheduled", "rescheduled"]);
    expect(occurrences[0]?.startsAt.toISOString()).toBe("2026-03-03T13:00:00.000Z");
    expect(occurrences[0]?.endsAt.toISOString()).toBe("2026-03-03T13:30:00.000Z");
    expect(occurrences[0]?.originalStartsAt.toISOString()).toBe("2026-03-03T15:00:00.000Z");
    // A cancelled occurrence keeps its planned times so a feed can publish the cancellation.
    expect(occurrences[1]?.startsAt.toISOString()).toBe("2026-03-10T14:00:00.000Z");
    expect(occurrences[3]?.startsAt.toISOString()).toBe("2026-03-26T18:00:00.000Z");
    expect(occurrences[3]?.endsAt.toISOString()).toBe("2026-03-26T19:00:00.000Z");
    expect(occurrences.map((o) => o.index)).toEqual([0, 1, 2, 3]);
  });

  it("ignores exceptions that match no occurrence and rejects two for the same one", () => {
    const occurrences = weeklyOccurrences({
      ...slot,
      exceptions: [
        { index: 9, action: "cancel" },
        { originalDate: "2026-03-04", action: "cancel" }, // a Wednesday: never an occurrence
      ],
    });
    expect(occurrences.every((o) => o.status === "scheduled")).toBe(true);
    expect(() =>
      weeklyOccurrences({
        ...slot,
        exceptions: [
          { index: 2, action: "cancel" },
          { originalDate: "2026-03-17", action: "reschedule", startsAt: new Date("2026-03-18T14:00:00Z") },
        ],
      }),
    ).toThrow(expect.objectContaining({ key: "scheduling.errors.duplicateException" }));
  });

  it("does not mutate the caller's reschedule instant", () => {
    const startsAt = new Date("2026-03-05T18:00:00Z");
    const [first] = weeklyOccurrences({ ...slot, exceptions: [{ index: 0, action: "reschedule", startsAt }] });
    first!.startsAt.setTime(0);
    expect(startsAt.toISOString()).toBe("2026-03-05T18:00:00.000Z");
  });

  it("returns nothing for zero weeks and 52 weekly dates for a year", () => {
    expect(weeklyOccurrences({ ...slot, weeks: 0 })).toEqual([]);
    const year = weeklyOccurrences({ ...slot, weeks: 52 });
    expect(year).toHaveLength(52);
    expect(year[51]?.originalDate).toBe("2027-02-23");
    for (const occurrence of year) {
      expect(localDateTimeAt(occurrence.startsAt, slot.timeZone)).toMatchObject({ hour: 10, minute: 0 });
    }
  });

  it.each([
    [{ weekday: 0 }, "scheduling.errors.invalidWeekday"],
    [{ weekday: 8 }, "scheduling.errors.invalidWeekday"],
    [{ localTime: "9:00" }, "scheduling.errors.invalidTime"],
    [{ timeZone: "EST5EDT!" }, "scheduling.errors.invalidTimeZone"],
    [{ startDate: "2026-02-30" }, "scheduling.errors.invalidDate"],
    [{ weeks: 1.5 }, "scheduling.errors.invalidWeeks"],
    [{ weeks: 10_000 }, "scheduling.errors.invalidWeeks"],
    [{ durationMinutes: 0 }, "scheduling.errors.invalidDuration"],
  ] as const)("rejects %o with %s", (override, key) => {
    expect(() => weeklyOccurrences({ ...slot, ...override })).toThrow(expect.objectContaining({ key }));
  });
});
