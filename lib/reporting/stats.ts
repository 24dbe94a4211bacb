// Small statistics for coordinator reporting (time to match, acceptance rate, volunteer hours).
//
// Percentiles come in the two flavours PostgreSQL offers, so a test can recompute a dashboard
// figure from raw rows and compare it with the SQL result exactly:
// - "linear" = `percentile_cont(p)` = Excel PERCENTILE.INC = Hyndman & Fan type 7:
//   sort ascending, h = (n − 1)·p, result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) (0-based).
// - "nearestRank" = `percentile_disc(p)`: the smallest value whose cumulative share is ≥ p,
//   i.e. the value at 1-based rank ⌈p·n⌉ (rank 1 when p = 0). Always one of the observed values.
// The dashboard's median and p90 use "linear" unless stated otherwise.

export type PercentileMethod = "linear" | "nearestRank";

const MS_PER_HOUR = 3_600_000;

function finiteSorted(values: readonly number[]): number[] {
  const sorted = values.filter((v) => Number.isFinite(v));
  sorted.sort((a, b) => a - b);
  return sorted;
}

/**
 * The p-th quantile (p in [0, 1]) of the finite values, or null when there are none.
 * Non-finite values (NaN, ±Infinity) are ignored, the way SQL ignores NULLs.
 */
export function percentile(
  values: readonly number[],
  p: number,
  method: PercentileMethod = "linear",
): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Percentile must be within [0, 1], got ${p}`);
  const sorted = finiteSorted(values);
  const n = sorted.length;
  if (n === 0) return null;
  if (method === "nearestRank") {
    const rank = Math.max(1, Math.ceil(p * n));
    return sorted[rank - 1] ?? null;
  }
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  const high = sorted[Math.min(lower + 1, n - 1)] as number;
  return low + (h - lower) * (high - low);
}

/** Median (linear method: the mean of the two middle values for an even count). */
export function median(values: readonly number[], method: PercentileMethod = "linear"): number | null {
  return percentile(values, 0.5, method);
}

/** 90th percentile. */
export function p90(values: readonly number[], method: PercentileMethod = "linear"): number | null {
  return percentile(values, 0.9, method);
}

/** Arithmetic mean of the finite values, or null when there are none. */
export function mean(values: readonly number[]): number | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  return finite.reduce((a, b) => a + b, 0) / finite.length;
}

/**
 * numerator / denominator, or null when the denominator is 0 (or either side is not finite).
 * Null, not 0: "no proposals yet" must not read as "nobody accepted".
 */
export function rate(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  return numerator / denominator;
}

/** rate × 100, or null when the rate is undefined. */
export function ratePercent(numerator: number, denominator: number): number | null {
  const r = rate(numerator, denominator);
  return r === null ? null : r * 100;
}

/** numerator / denominator with an explicit fallback for a zero denominator. */
export function safeDivide(numerator: number, denominator: number, fallback: number): number {
  return rate(numerator, denominator) ?? fallback;
}

export type Instant = Date | string | number;

function toMs(value: Instant): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(value)}`);
  return ms;
}

/**
 * Hours from `from` to `to` (fractional; negative if `to` is earlier). Accepts Dates, ISO 8601
 * strings or epoch milliseconds. A date-only string ("2025-03-01") is read as midnight UTC, as
 * `Date.parse` does. Throws RangeError on an unparseable instant: that is a bug, not data.
 */
export function durationHours(from: Instant, to: Instant): number {
  return (toMs(to) - toMs(from)) / MS_PER_HOUR;
}

/** Days from `from` to `to`, fractional (hours / 24): the unit of "time to match". */
export function durationDays(from: Instant, to: Instant): number {
  return durationHours(from, to) / 24;
}
