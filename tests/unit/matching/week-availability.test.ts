import { describe, expect, it } from "vitest";
import { scoreCandidate } from "@/lib/matching/score-candidate";
import { MatchingInputError } from "@/lib/matching/errors";
import { SLOT_MINUTES, andPopcount, referenceWeekStartMs, utcAvailability } from "@/lib/matching/week-availability";
import { context, need, volunteer } from "./fixtures";

function overlapMinutes(
  a: { slots: { weekday: number; startMinute: number; endMinute: number }[]; zone: string },
  b: { slots: { weekday: number; startMinute: number; endMinute: number }[]; zone: string },
  referenceDate: string,
): number {
  const week = referenceWeekStartMs(referenceDate);
  const bitsA = utcAvailability(a.slots, a.zone, week);
  const bitsB = utcAvailability(b.slots, b.zone, week);
  return andPopcount(bitsA, 0, bitsB, 0, bitsA.length) * SLOT_MINUTES;
}

describe("weekly availability in UTC", () => {
  const paris = { slots: [{ weekday: 0, startMinute: 15 * 60, endMinute: 16 * 60 }], zone: "Europe/Paris" };
  const toronto = { slots: [{ weekday: 0, startMinute: 9 * 60, endMinute: 10 * 60 }], zone: "America/Toronto" };

  it("uses the offsets of the reference week, so daylight saving changes the overlap", () => {
    // Toronto is 6 h behind Paris until North America springs forward (8 March 2026), then 5 h
    // until Europe follows (29 March 2026).
    expect(overlapMinutes(paris, toronto, "2026-03-04")).toBe(60);
    expect(overlapMinutes(paris, toronto, "2026-03-11")).toBe(0);
    expect(overlapMinutes(paris, toronto, "2026-04-08")).toBe(60);
  });

  it("excludes a pair on the availability filter only in the DST-gap week", () => {
    const v = volunteer({ id: "v-paris", timeZone: "Europe/Paris", availability: paris.slots });
    const n = need({ availability: toronto.slots });
    const march4 = scoreCandidate({ need: n, volunteer: v, context: context(), referenceDate: "2026-03-04" });
    const march11 = scoreCandidate({ need: n, volunteer: v, context: context(), referenceDate: "2026-03-11" });
    expect(march4.eligible).toBe(true);
    expect(march11.eligible).toBe(false);
    if (!march11.eligible) expect(march11.reasons.map((r) => r.filter)).toEqual(["availability"]);
  });

  it("handles half-hour zones and windows that wrap around the week", () => {
    const kolkata = { slots: [{ weekday: 0, startMinute: 20 * 60 + 30, endMinute: 21 * 60 + 30 }], zone: "Asia/Kolkata" };
    const london = { slots: [{ weekday: 0, startMinute: 15 * 60, endMinute: 16 * 60 }], zone: "Europe/London" };
    expect(overlapMinutes(kolkata, london, "2026-01-14")).toBe(60);
    // Monday 00:00–01:00 in Paris (winter) is Sunday 23:00–24:00 UTC.
    const parisMidnight = { slots: [{ weekday: 0, startMinute: 0, endMinute: 60 }], zone: "Europe/Paris" };
    const utcSunday = { slots: [{ weekday: 6, startMinute: 23 * 60, endMinute: 24 * 60 }], zone: "UTC" };
    expect(overlapMinutes(parisMidnight, utcSunday, "2026-01-14")).toBe(60);
  });

  it("rounds windows inwards to 15-minute slots and rejects invalid input", () => {
    const a = { slots: [{ weekday: 2, startMinute: 9 * 60 + 5, endMinute: 10 * 60 + 10 }], zone: "UTC" };
    const b = { slots: [{ weekday: 2, startMinute: 0, endMinute: 24 * 60 }], zone: "UTC" };
    expect(overlapMinutes(a, b, "2026-01-14")).toBe(45);
    expect(() => utcAvailability(a.slots, "Mars/Olympus_Mons", 0)).toThrow(MatchingInputError);
    expect(() => utcAvailability([{ weekday: 7, startMinute: 0, endMinute: 60 }], "UTC", 0)).toThrow(MatchingInputError);
    expect(() => referenceWeekStartMs("2026-02-30")).toThrow(MatchingInputError);
  });

  it("starts the reference week on the Monday containing the date", () => {
    expect(new Date(referenceWeekStartMs("2026-01-14")).toISOString()).toBe("2026-01-12T00:00:00.000Z");
    expect(new Date(referenceWeekStartMs("2026-01-18")).toISOString()).toBe("2026-01-12T00:00:00.000Z");
    expect(new Date(referenceWeekStartMs("2026-01-12")).toISOString()).toBe("2026-01-12T00:00:00.000Z");
  });
});
