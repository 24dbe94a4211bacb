import { describe, expect, it } from "vitest";
import { campaignDays, expectedShare, kpiProgress } from "@/lib/campaigns/progress";

// A three-week campaign: March 1 to March 21 inclusive (21 days, 20 days from start to end).
const base = { baseline: 0, target: 10_000, startDate: "2025-03-01", endDate: "2025-03-21" };

describe("expectedShare", () => {
  it("runs linearly from 0 on the start date to 1 on the end date, clamped outside", () => {
    expect(expectedShare("2025-03-01", "2025-03-21", "2025-03-01")).toBe(0);
    expect(expectedShare("2025-03-01", "2025-03-21", "2025-03-11")).toBe(0.5);
    expect(expectedShare("2025-03-01", "2025-03-21", "2025-03-21")).toBe(1);
    expect(expectedShare("2025-03-01", "2025-03-21", "2025-02-20")).toBe(0);
    expect(expectedShare("2025-03-01", "2025-03-21", "2025-04-01")).toBe(1);
  });

  it("treats a one-day campaign as due on its day", () => {
    expect(expectedShare("2025-03-01", "2025-03-01", "2025-02-28")).toBe(0);
    expect(expectedShare("2025-03-01", "2025-03-01", "2025-03-01")).toBe(1);
  });
});

describe("kpiProgress", () => {
  it("computes latest value, raw and display percent, and on-track at the latest date", () => {
    const p = kpiProgress({
      ...base,
      today: "2025-03-12",
      measurements: [
        { date: "2025-03-05", value: 2000 },
        { date: "2025-03-11", value: 5500 }, // expected 50 % on the 11th; 55 % is ahead
        { date: "2025-03-03", value: 900 },
      ],
    });
    expect(p.latest).toEqual({ date: "2025-03-11", value: 5500 });
    expect(p.percent).toEqual({ raw: 55, display: 55 });
    expect(p.expectedPercentAtLatest).toBe(50);
    expect(p.onTrack).toBe(true);
    expect(p.status).toBe("onTrack");
    expect(p.elapsedDays).toBe(12);
    expect(p.totalDays).toBe(21);
    expect(p.expectedValueToday).toBeCloseTo(5500, 10); // 11 of 20 days × 10,000
  });

  it("is behind when below the linear expectation, unless within the tolerance", () => {
    const options = { ...base, today: "2025-03-11", measurements: [{ date: "2025-03-11", value: 4700 }] };
    expect(kpiProgress(options).status).toBe("behind");
    expect(kpiProgress(options).onTrack).toBe(false);
    expect(kpiProgress({ ...options, tolerance: 5 }).status).toBe("onTrack");
  });

  it("clamps and floors the display value but keeps the raw value", () => {
    const over = kpiProgress({ ...base, today: "2025-03-21", measurements: [{ date: "2025-03-20", value: 12_500 }] });
    expect(over.percent).toEqual({ raw: 125, display: 100 });
    expect(over.status).toBe("achieved");
    const almost = kpiProgress({ ...base, today: "2025-03-21", measurements: [{ date: "2025-03-21", value: 9_990 }] });
    expect(almost.percent?.raw).toBeCloseTo(99.9, 10);
    expect(almost.percent?.display).toBe(99);
    const below = kpiProgress({ ...base, baseline: 1000, today: "2025-03-05", measurements: [{ date: "2025-03-05", value: 100 }] });
    expect(below.percent?.raw).toBe(-10);
    expect(below.percent?.display).toBe(0);
  });

  it("measures a decreasing KPI (cost per click) the same way", () => {
    const p = kpiProgress({
      baseline: 2,
      target: 1,
      startDate: "2025-03-01",
      endDate: "2025-03-21",
      today: "2025-03-11",
      measurements: [{ date: "2025-03-11", value: 1.4 }],
    });
    expect(p.percent?.raw).toBeCloseTo(60, 10);
    expect(p.status).toBe("onTrack");
    expect(p.series.find((s) => s.date === "2025-03-11")?.expected).toBeCloseTo(1.5, 10);
  });

  it("reports missed after the end date when the target was not reached", () => {
    const p = kpiProgress({ ...base, today: "2025-03-25", measurements: [{ date: "2025-03-21", value: 8000 }] });
    expect(p.status).toBe("missed");
    expect(p.onTrack).toBe(false);
    expect(p.elapsedDays).toBe(21);
  });

  it("has no verdict before the start or without measurements", () => {
    const early = kpiProgress({ ...base, today: "2025-02-20", measurements: [] });
    expect(early.status).toBe("notStarted");
    expect(early.onTrack).toBeNull();
    expect(early.elapsedDays).toBe(0);
    const empty = kpiProgress({ ...base, today: "2025-03-05", measurements: [] });
    expect(empty.status).toBe("noData");
    expect(empty.latest).toBeNull();
    expect(empty.percent).toBeNull();
    const over = kpiProgress({ ...base, today: "2025-04-01", measurements: [] });
    expect(over.status).toBe("missed");
  });

  it("keeps the last value given for a repeated date and ignores invalid entries", () => {
    const p = kpiProgress({
      ...base,
      today: "2025-03-10",
      measurements: [
        { date: "2025-03-05", value: 100 },
        { date: "2025-03-05", value: 300 },
        { date: "not-a-date", value: 9999 },
        { date: "2025-03-06", value: Number.NaN },
      ],
    });
    expect(p.latest).toEqual({ date: "2025-03-05", value: 300 });
  });

  it("builds a chart series spanning the campaign with the expected path and target", () => {
    const p = kpiProgress({
      ...base,
      today: "2025-03-12",
      measurements: [
        { date: "2025-03-06", value: 2000 },
        { date: "2025-02-27", value: 0 },
      ],
    });
    expect(p.series).toEqual([
      { date: "2025-02-27", value: 0, expected: 0, target: 10_000 },
      { date: "2025-03-01", value: null, expected: 0, target: 10_000 },
      { date: "2025-03-06", value: 2000, expected: 2500, target: 10_000 },
      { date: "2025-03-21", value: null, expected: 10_000, target: 10_000 },
    ]);
  });

  it("throws on invalid campaign dates (a programming error)", () => {
    expect(() => kpiProgress({ ...base, today: "12/03/2025", measurements: [] })).toThrow(RangeError);
  });
});

describe("campaignDays", () => {
  it("lists every day inclusive, across a month end", () => {
    expect(campaignDays("2025-02-27", "2025-03-02")).toEqual(["2025-02-27", "2025-02-28", "2025-03-01", "2025-03-02"]);
    expect(campaignDays("2025-03-01", "2025-03-21")).toHaveLength(21);
  });
});

describe("kpiProgress rounding", () => {
  it("does not lose a whole percent to binary rounding", () => {
    // (0.29 − 0) × 100 / 1 is 28.999999999999996 in binary floating point.
    const dates = { startDate: "2025-03-01", endDate: "2025-03-21", today: "2025-03-02" };
    for (const [value, expected] of [[0.29, 29], [0.57, 57], [0.58, 58], [1.13, 100], [0.01, 1]] as const) {
      const p = kpiProgress({ ...dates, baseline: 0, target: 1, measurements: [{ date: "2025-03-02", value }] });
      expect(p.percent?.display).toBe(expected);
    }
  });
});
