// Calendar dates between the campaign module (ISO "YYYY-MM-DD" strings) and PostgreSQL `date`
// columns (read back by Prisma as midnight UTC), and "today" where a person lives.
import { isIsoDate, type IsoDate } from "./iso-date";

export function isoDateToDb(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

export function dbToIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date in `timeZone` at instant `now` (a measurement "today" is the person's today). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
