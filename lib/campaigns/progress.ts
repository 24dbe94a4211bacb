// Progress of one KPI against its target, for the campaign page's cards and charts.
//
// Percent of the way: (latest − baseline) / (target − baseline) × 100. The same formula serves
// "decrease" KPIs (target below baseline): both differences are negative. `raw` can be below 0
// (worse than the baseline) or above 100 (target beaten); `display` is clamped to 0–100 and
// floored, so a bar never reads "100 %" before the target is actually reached.
//
// On track: the expected path is the straight line from (startDate, baseline) to
// (endDate, target), i.e. for a measurement dated d the expected share of the way is
// clamp((d − start) / (end − start), 0, 1). A baseline reading on the first day is therefore on
// track, and the chart's expected line joins baseline to target. The latest measurement is on
// track when its share of the way is at least that expectation (minus `tolerance`). It is judged
// at its own date rather than today, so a value entered a few days late is not penalised for
// days it could not know about; `today` decides whether the campaign has started or is over.

import { addDays, daysBetween, isIsoDate, type IsoDate } from "./iso-date";

export interface ProgressMeasurement {
  date: IsoDate;
  value: number;
}

export interface KpiProgressOptions {
  baseline: number;
  target: number;
  measurements: readonly ProgressMeasurement[];
  startDate: IsoDate;
  endDate: IsoDate;
  /** The current calendar date in the program's time zone. */
  today: IsoDate;
  /** Percentage points of slack before a KPI counts as behind (default 0). */
  tolerance?: number;
}

/**
 * - notStarted: today is before the start date.
 * - noData: the campaign has started but nothing was measured yet.
 * - achieved: the latest value reached the target.
 * - onTrack / behind: compared with the linear expectation while the campaign runs.
 * - missed: the campaign is over and the target was not reached.
 */
export const KPI_STATUSES = ["notStarted", "noData", "achieved", "onTrack", "behind", "missed"] as const;
/** Label: `campaigns.status.<status>`. */
export type KpiStatus = (typeof KPI_STATUSES)[number];

export interface ChartPoint {
  date: IsoDate;
  /** The measured value that day (the last one given when several share a date), or null. */
  value: number | null;
  /** Where the straight path from (start, baseline) to (end, target) is that day. */
  expected: number;
  /** The target itself, for a horizontal goal line. */
  target: number;
}

export interface KpiProgress {
  latest: ProgressMeasurement | null;
  percent: { raw: number; display: number } | null;
  /** Expected share (0–100) at the latest measurement's date, or null without measurements. */
  expectedPercentAtLatest: number | null;
  /** Expected value today (clamped to the campaign). */
  expectedValueToday: number;
  /** For "day 12 of 21": campaign days elapsed counting today, clamped to [0, totalDays]. */
  elapsedDays: number;
  /** Campaign length in days, both ends included (a three-week campaign has 21). */
  totalDays: number;
  onTrack: boolean | null;
  status: KpiStatus;
  series: ChartPoint[];
}

/** Share (0–1) of the way the straight baseline→target path has gone on `date`. */
export function expectedShare(startDate: IsoDate, endDate: IsoDate, date: IsoDate): number {
  const length = daysBetween(startDate, endDate);
  if (length <= 0) return date >= startDate ? 1 : 0; // one-day campaign
  return Math.min(1, Math.max(0, daysBetween(startDate, date) / length));
}

export function kpiProgress(options: KpiProgressOptions): KpiProgress {
  const { baseline, target, startDate, endDate, today } = options;
  for (const date of [startDate, endDate, today]) {
    if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  }
  const tolerance = (options.tolerance ?? 0) / 100;
  const span = target - baseline;

  // One value per date; a later entry in the list replaces an earlier one for the same date.
  const byDate = new Map<IsoDate, number>();
  for (const m of options.measurements) {
    if (!isIsoDate(m.date) || !Number.isFinite(m.value)) continue;
    byDate.set(m.date, m.value);
  }
  const dates = [...byDate.keys()].sort();
  const lastDate = dates.at(-1);
  const latest = lastDate === undefined ? null : { date: lastDate, value: byDate.get(lastDate) as number };

  const shareOf = (value: number): number => {
    if (span === 0) return value === target ? 1 : 0; // degenerate KPI: reached or not
    return (value - baseline) / span;
  };
  const expectedValueAt = (date: IsoDate): number => baseline + span * expectedShare(startDate, endDate, date);

  const totalDays = Math.max(0, daysBetween(startDate, endDate) + 1);
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(startDate, today) + 1));

  let percent: KpiProgress["percent"] = null;
  let expectedPercentAtLatest: number | null = null;
  let onTrack: boolean | null = null;
  let status: KpiStatus;

  if (latest) {
    const share = shareOf(latest.value);
    const raw = span === 0 ? share * 100 : ((latest.value - baseline) * 100) / span;
    // The epsilon keeps binary rounding (29 % computed as 28.999…) from flooring a whole percent away.
    percent = { raw, display: Math.floor(Math.min(100, Math.max(0, raw)) + 1e-9) };
    const expected = expectedShare(startDate, endDate, latest.date);
    expectedPercentAtLatest = expected * 100;
    if (share >= 1) {
      onTrack = true;
      status = "achieved";
    } else if (today > endDate) {
      onTrack = false;
      status = "missed";
    } else if (today < startDate) {
      status = "notStarted";
    } else {
      onTrack = share >= expected - tolerance - 1e-12;
      status = onTrack ? "onTrack" : "behind";
    }
  } else if (today < startDate) {
    status = "notStarted";
  } else if (today > endDate) {
    onTrack = false;
    status = "missed";
  } else {
    status = "noData";
  }

  // The chart spans the campaign (and any measurement outside it) so the expected line is whole.
  const seriesDates = new Set<IsoDate>([startDate, endDate, ...dates]);
  const series: ChartPoint[] = [...seriesDates].sort().map((date) => ({
    date,
    value: byDate.get(date) ?? null,
    expected: expectedValueAt(date),
    target,
  }));

  return {
    latest,
    percent,
    expectedPercentAtLatest,
    expectedValueToday: expectedValueAt(today),
    elapsedDays,
    totalDays,
    onTrack,
    status,
    series,
  };
}

/** Every date from start to end inclusive: handy for a chart's x axis. */
export function campaignDays(startDate: IsoDate, endDate: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) days.push(d);
  return days;
}
