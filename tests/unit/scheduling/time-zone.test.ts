import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addDays, isoWeekday, parseIsoDate } from "@/lib/scheduling/calendar-date";
import { SchedulingInputError } from "@/lib/scheduling/errors";
import {
  isValidTimeZone,
  localDateTimeAt,
  resolveLocalTime,
  zoneOffsetMinutes,
} from "@/lib/scheduling/time-zone";

describe("calendar dates", () => {
  it("rejects impossible dates and malformed strings", () => {
    expect(() => parseIsoDate("2026-02-29")).toThrow(SchedulingInputError);
    expect(() => parseIsoDate("2026-13-01")).toThrow(SchedulingInputError);
    expect(() => parseIsoDate("2026-3-1")).toThrow(SchedulingInputError);
    expect(parseIsoDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it("adds days across month, year and DST boundaries without drifting", () => {
    expect(addDays("2026-03-05", 7)).toBe("2026-03-12");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("gives ISO weekdays (Monday = 1, Sunday = 7)", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-08")).toBe(7);
    expect(isoWeekday("2026-11-03")).toBe(2);
  });
});

describe("time zones", () => {
  it("accepts IANA names (including legacy links) and rejects others", () => {
    expect(isValidTimeZone("America/Montreal")).toBe(true);
    expect(isValidTimeZone("America/Winnipeg")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("+05:00")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("reads offsets before and after the 2026 North American changes", () => {
    expect(zoneOffsetMinutes(new Date("2026-03-08T06:59:59Z"), "America/Montreal")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-03-08T07:00:00Z"), "America/Montreal")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-11-01T05:59:59Z"), "America/Montreal")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-11-01T06:00:00Z"), "America/Montreal")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-03-08T07:59:59Z"), "America/Winnipeg")).toBe(-360);
    expect(zoneOffsetMinutes(new Date("2026-03-08T08:00:00Z"), "America/Winnipeg")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-07-01T12:00:00Z"), "Asia/Kolkata")).toBe(330);
  });

  it("reads the local wall clock, midnight as hour 0", () => {
    expect(localDateTimeAt(new Date("2026-01-15T05:00:00Z"), "America/Montreal")).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });

  it("resolves a normal local time exactly", () => {
    const result = resolveLocalTime({ date: "2026-06-10", time: "10:00", timeZone: "America/Montreal" });
    expect(result).toEqual({ instant: new Date("2026-06-10T14:00:00Z"), wallClock: "exact" });
  });

  it("moves a time inside the spring-forward gap forward by the gap (RFC 5545 §3.3.5)", () => {
    expect(resolveLocalTime({ date: "2026-03-08", time: "02:30", timeZone: "America/Montreal" })).toEqual({
      instant: new Date("2026-03-08T07:30:00Z"), // 03:30 EDT
      wallClock: "shifted_forward",
    });
    expect(resolveLocalTime({ date: "2026-03-08", time: "02:00", timeZone: "America/Winnipeg" })).toEqual({
      instant: new Date("2026-03-08T08:00:00Z"), // 03:00 CDT
      wallClock: "shifted_forward",
    });
    expect(resolveLocalTime({ date: "2026-03-29", time: "02:30", timeZone: "Europe/Paris" })).toEqual({
      instant: new Date("2026-03-29T01:30:00Z"), // 03:30 CEST
      wallClock: "shifted_forward",
    });
  });

  it("takes the first of two instants when the local time repeats at fall-back", () => {
    expect(resolveLocalTime({ date: "2026-11-01", time: "01:30", timeZone: "America/Montreal" })).toEqual({
      instant: new Date("2026-11-01T05:30:00Z"), // 01:30 EDT, not 01:30 EST
      wallClock: "ambiguous_first",
    });
    expect(resolveLocalTime({ date: "2026-10-25", time: "02:30", timeZone: "Europe/Paris" })).toEqual({
      instant: new Date("2026-10-25T00:30:00Z"), // 02:30 CEST
      wallClock: "ambiguous_first",
    });
  });

  it("handles a 30-minute DST shift (Lord Howe Island)", () => {
    expect(resolveLocalTime({ date: "2026-10-04", time: "02:15", timeZone: "Australia/Lord_Howe" }).wallClock).toBe(
      "shifted_forward",
    );
  });

  const zones = [
    "America/Montreal",
    "America/Winnipeg",
    "America/St_Johns",
    "America/Vancouver",
    "Europe/Paris",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Pacific/Chatham",
  ];

  it("agrees with luxon (an independent implementation) on every local time", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (day, hour, minute, timeZone) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const ours = resolveLocalTime({ date, time, timeZone });
          const [y, m, d] = date.split("-").map(Number);
          const theirs = DateTime.fromObject({ year: y, month: m, day: d, hour, minute }, { zone: timeZone });
          const local = localDateTimeAt(ours.instant, timeZone);
          if (ours.wallClock === "shifted_forward") {
            // Both libraries move a non-existent time forward by the gap.
            expect(ours.instant.getTime()).toBe(theirs.toMillis());
            expect(local.hour * 60 + local.minute).toBeGreaterThan(hour * 60 + minute);
          } else {
            // The instant reads back as the requested wall clock…
            expect(local).toMatchObject({ year: y, month: m, day: d, hour, minute });
            if (ours.wallClock === "exact") expect(ours.instant.getTime()).toBe(theirs.toMillis());
            // …and for a repeated time we pick the earlier one (luxon may pick the later).
            else expect(ours.instant.getTime()).toBeLessThanOrEqual(theirs.toMillis());
          }
        },
      ),
      { numRuns: 300, seed: 20260308 },
    );
  });

  it("agrees with luxon on every minute of the 2026 transition nights, and counts gaps and repeats", () => {
    const transitionDays: Array<[string, string]> = [
      ["America/Montreal", "2026-03-08"],
      ["America/Montreal", "2026-11-01"],
      ["America/Winnipeg", "2026-03-08"],
      ["America/Winnipeg", "2026-11-01"],
      ["America/St_Johns", "2026-03-08"],
      ["Europe/Paris", "2026-03-29"],
      ["Europe/Paris", "2026-10-25"],
      ["Australia/Lord_Howe", "2026-10-04"],
      ["Australia/Lord_Howe", "2026-04-05"],
      ["Pacific/Chatham", "2026-09-27"],
    ];
    for (const [timeZone, date] of transitionDays) {
      const counts = { exact: 0, shifted_forward: 0, ambiguous_first: 0 };
      const [y, m, d] = date.split("-").map(Number);
      for (let minuteOfDay = 0; minuteOfDay < 5 * 60; minuteOfDay += 1) {
        const hour = Math.floor(minuteOfDay / 60);
        const minute = minuteOfDay % 60;
        const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
        const ours = resolveLocalTime({ date, time, timeZone });
        counts[ours.wallClock] += 1;
        const theirs = DateTime.fromObject({ year: y, month: m, day: d, hour, minute }, { zone: timeZone });
        if (ours.wallClock === "ambiguous_first") {
          // luxon picks either reading depending on the zone; ours must be the earlier one:
          // the same wall clock comes back one shift later, and was not shown one shift earlier.
          const shiftMs = (timeZone === "Australia/Lord_Howe" ? 30 : 60) * 60_000;
          expect(ours.instant.getTime()).toBeLessThanOrEqual(theirs.toMillis());
          expect(localDateTimeAt(ours.instant, timeZone)).toMatchObject({ hour, minute });
          expect(localDateTimeAt(new Date(ours.instant.getTime() + shiftMs), timeZone)).toMatchObject({ hour, minute });
          expect(localDateTimeAt(new Date(ours.instant.getTime() - shiftMs), timeZone)).not.toMatchObject({
            hour,
            minute,
          });
        } else {
          expect(ours.instant.getTime(), `${timeZone} ${date} ${time}`).toBe(theirs.toMillis());
        }
      }
      const shiftMinutes = timeZone === "Australia/Lord_Howe" ? 30 : 60;
      const isSpring = counts.shifted_forward > 0;
      expect(isSpring ? counts.shifted_forward : counts.ambiguous_first, `${timeZone} ${date}`).toBe(shiftMinutes);
      expect(isSpring ? counts.ambiguous_first : counts.shifted_forward).toBe(0);
    }
  });

  it("rejects bad input with message keys", () => {
    expect(() => resolveLocalTime({ date: "2026-06-10", time: "24:00", timeZone: "UTC" })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidTime" }),
    );
    expect(() => resolveLocalTime({ date: "2026-06-10", time: "10:00", timeZone: "Nowhere/Land" })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidTimeZone" }),
    );
    expect(() => zoneOffsetMinutes(new Date(Number.NaN), "UTC")).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidInstant" }),
    );
  });
});
