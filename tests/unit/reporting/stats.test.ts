import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  durationDays,
  durationHours,
  mean,
  median,
  p90,
  percentile,
  rate,
  ratePercent,
  safeDivide,
} from "@/lib/reporting/stats";

describe("percentile — linear interpolation (PostgreSQL percentile_cont)", () => {
  // Hand-computed: sorted [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n = 10.
  const ten = [7, 1, 10, 3, 5, 2, 9, 4, 8, 6];

  it("p90 of 1..10: h = 9 × 0.9 = 8.1 → x[8] + 0.1 × (x[9] − x[8]) = 9 + 0.1 = 9.1", () => {
    expect(p90(ten)).toBeCloseTo(9.1, 12);
  });

  it("median of an even count is the mean of the two middle values", () => {
    expect(median(ten)).toBe(5.5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("median of an odd count is the middle value", () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it("hand-computed quartiles of [2, 4, 4, 5, 7, 9, 10]", () => {
    // h = 6p. p = .25 → h = 1.5 → 4 + .5 × 0 = 4; p = .75 → h = 4.5 → 7 + .5 × 2 = 8; p = .9 → h = 5.4 → 9 + .4 × 1 = 9.4
    const v = [10, 4, 2, 9, 5, 7, 4];
    expect(percentile(v, 0.25)).toBe(4);
    expect(percentile(v, 0.75)).toBe(8);
    expect(percentile(v, 0.9)).toBeCloseTo(9.4, 12);
    expect(percentile(v, 0)).toBe(2);
    expect(percentile(v, 1)).toBe(10);
  });

  it("time to match in hours: p90 of [12, 30, 48, 50, 72, 200] = 72 + 0.5 × 128 = 136", () => {
    // h = 5 × 0.9 = 4.5
    expect(p90([48, 12, 200, 30, 72, 50])).toBe(136);
  });
});

describe("percentile — nearest rank (PostgreSQL percentile_disc)", () => {
  it("p90 of 1..10 is the 9th value; of 1..11 the 10th (⌈9.9⌉)", () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(p90(ten, "nearestRank")).toBe(9);
    expect(p90([...ten, 11], "nearestRank")).toBe(10);
  });

  it("median of an even count is the lower middle value", () => {
    expect(median([4, 1, 3, 2], "nearestRank")).toBe(2);
    expect(median([5, 1, 3], "nearestRank")).toBe(3);
  });

  it("p = 0 returns the minimum and p = 1 the maximum", () => {
    expect(percentile([3, 1, 2], 0, "nearestRank")).toBe(1);
    expect(percentile([3, 1, 2], 1, "nearestRank")).toBe(3);
  });
});

describe("percentile — edge cases", () => {
  it("returns null for no (finite) values and ignores NaN/Infinity like SQL NULLs", () => {
    expect(median([])).toBeNull();
    expect(p90([Number.NaN], "nearestRank")).toBeNull();
    expect(median([Number.NaN, 1, 3, Infinity])).toBe(2);
  });

  it("a single value is every percentile", () => {
    expect(percentile([42], 0.37)).toBe(42);
    expect(percentile([42], 0.37, "nearestRank")).toBe(42);
  });

  it("rejects p outside [0, 1]", () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("does not reorder the caller's array", () => {
    const v = [3, 1, 2];
    median(v);
    expect(v).toEqual([3, 1, 2]);
  });

  it("is monotonic in p and bounded by min and max (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom("linear" as const, "nearestRank" as const),
        (values, a, b, method) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const qlo = percentile(values, lo, method) as number;
          const qhi = percentile(values, hi, method) as number;
          expect(qlo).toBeLessThanOrEqual(qhi + 1e-9);
          expect(qlo).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(qhi).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
          if (method === "nearestRank") expect(values).toContain(qlo);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("mean and rates", () => {
  it("mean", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([])).toBeNull();
  });

  it("rate is null for a zero denominator, never NaN or Infinity", () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 0)).toBeNull();
    expect(rate(5, 0)).toBeNull();
    expect(rate(Number.NaN, 2)).toBeNull();
    expect(ratePercent(7, 8)).toBe(87.5);
    expect(ratePercent(1, 0)).toBeNull();
    expect(safeDivide(1, 0, 0)).toBe(0);
    expect(safeDivide(9, 3, 0)).toBe(3);
  });
});

describe("durations", () => {
  it("hours and days between instants in any accepted form", () => {
    expect(durationHours("2025-03-01T08:00:00Z", "2025-03-02T14:30:00Z")).toBe(30.5);
    expect(durationHours(new Date("2025-03-02T00:00:00Z"), new Date("2025-03-01T00:00:00Z"))).toBe(-24);
    expect(durationDays(Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 4, 12))).toBe(3.5);
    expect(durationDays("2025-03-01", "2025-03-08")).toBe(7);
  });

  it("counts real elapsed time across a daylight-saving change (offsets in the strings)", () => {
    // Montréal springs forward on 2025-03-09: midnight to midnight local is 23 hours.
    expect(durationHours("2025-03-09T00:00:00-05:00", "2025-03-10T00:00:00-04:00")).toBe(23);
  });

  it("throws on an invalid instant", () => {
    expect(() => durationHours("not a date", new Date())).toThrow(RangeError);
    expect(() => durationDays(new Date(Number.NaN), new Date())).toThrow(RangeError);
  });
});
