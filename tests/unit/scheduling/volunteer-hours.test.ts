import { describe, expect, it } from "vitest";
import { donatedTimeValueCents, formatHours, roundToQuarterHour, volunteerHours } from "@/lib/scheduling/volunteer-hours";

describe("volunteerHours", () => {
  it("sums only sessions the volunteer attended and that were not cancelled", () => {
    const total = volunteerHours([
      { durationMinutes: 60, volunteerAttended: true },
      { durationMinutes: 50, volunteerAttended: true },
      { durationMinutes: 90, volunteerAttended: false },
      { durationMinutes: 60, volunteerAttended: true, cancelled: true },
    ]);
    expect(total).toEqual({ sessionCount: 2, totalMinutes: 110, exactHours: 110 / 60, displayHours: 1.75 });
  });

  it("rounds the displayed total to the nearest quarter hour, halves up", () => {
    expect(roundToQuarterHour(0)).toBe(0);
    expect(roundToQuarterHour(7 / 60)).toBe(0);
    expect(roundToQuarterHour(7.5 / 60)).toBe(0.25);
    expect(roundToQuarterHour(52 / 60)).toBe(0.75);
    expect(roundToQuarterHour(53 / 60)).toBe(1);
    expect(roundToQuarterHour(12 * 60 / 60)).toBe(12);
  });

  it("rounds the total once, not each session", () => {
    // 10 sessions of 7 minutes: 70 minutes → 1.25 h (per-session rounding would give 0).
    const sessions = Array.from({ length: 10 }, () => ({ durationMinutes: 7, volunteerAttended: true }));
    expect(volunteerHours(sessions).displayHours).toBe(1.25);
  });

  it("rejects negative or non-finite durations", () => {
    expect(() => volunteerHours([{ durationMinutes: -5, volunteerAttended: true }])).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidDuration" }),
    );
    expect(() => volunteerHours([{ durationMinutes: Number.NaN, volunteerAttended: false }])).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidDuration" }),
    );
  });
});

describe("donatedTimeValueCents", () => {
  it("values exact minutes at the hourly rate, in whole cents", () => {
    expect(donatedTimeValueCents({ minutes: 90, hourlyValueCents: 3_500 })).toBe(5_250);
    expect(donatedTimeValueCents({ minutes: 50, hourlyValueCents: 3_333 })).toBe(2_778); // 2777.5 → 2778
    expect(donatedTimeValueCents({ minutes: 0, hourlyValueCents: 10_000 })).toBe(0);
  });

  it("rejects negative inputs", () => {
    expect(() => donatedTimeValueCents({ minutes: 10, hourlyValueCents: -1 })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidAmount" }),
    );
  });
});

describe("formatHours", () => {
  it("uses the viewer's decimal separator", () => {
    expect(formatHours(12.25, "fr")).toBe("12,25");
    expect(formatHours(12.25, "en")).toBe("12.25");
    expect(formatHours(1234.5, "en")).toBe("1,234.5");
  });
});
