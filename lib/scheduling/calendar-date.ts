import { SchedulingInputError } from "./errors";

/**
 * Plain calendar dates ("YYYY-MM-DD") with no time zone attached. Arithmetic is done on the
 * proleptic Gregorian calendar through Date.UTC, which never has daylight-saving gaps, so adding
 * seven days is always exactly one week of wall-clock dates.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function parseIsoDate(value: string): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match) throw new SchedulingInputError("scheduling.errors.invalidDate", { value });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Round-tripping through Date.UTC rejects 2026-02-30 and friends, which the regex lets through.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new SchedulingInputError("scheduling.errors.invalidDate", { value });
  }
  return { year, month, day };
}

export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function addDays(value: string, days: number): string {
  const { year, month, day } = parseIsoDate(value);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY);
  return formatIsoDate({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(value: string): number {
  const { year, month, day } = parseIsoDate(value);
  const jsDay = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  return jsDay === 0 ? 7 : jsDay;
}

export function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
