// Calendar dates ("YYYY-MM-DD") for campaigns and measurements.
//
// Campaign dates are days, not instants: a donation campaign "ends on March 21" wherever the
// reader is. Keeping them as ISO strings and doing arithmetic in UTC avoids every time-zone and
// daylight-saving surprise; the caller decides what "today" is in the program's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A branded-free alias that documents intent: always "YYYY-MM-DD". */
export type IsoDate = string;

/** True when `value` is a real calendar date written "YYYY-MM-DD" (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  return isoDateToUtcMs(value) !== null;
}

/** Midnight UTC of the date in milliseconds, or null when the string is not a valid date. */
export function isoDateToUtcMs(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return utcMsFromParts(year, month, day);
}

/** Midnight UTC for a year/month/day triple, or null when the day does not exist. */
export function utcMsFromParts(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March 2; a round trip detects that.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms;
}

/** The UTC calendar date of an instant, as "YYYY-MM-DD" (what a PostgreSQL `date` column maps to). */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid Date");
  return date.toISOString().slice(0, 10);
}

function requireMs(value: IsoDate): number {
  const ms = isoDateToUtcMs(value);
  if (ms === null) throw new RangeError(`Not an ISO calendar date: ${value}`);
  return ms;
}

/** `date` shifted by `days` (negative goes back). Throws on an invalid date: that is a programming error. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return new Date(requireMs(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((requireMs(to) - requireMs(from)) / MS_PER_DAY);
}
