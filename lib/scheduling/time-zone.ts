import { pad2, parseIsoDate } from "./calendar-date";
import { SchedulingInputError } from "./errors";

/**
 * Time-zone arithmetic on top of Intl (the ICU data shipped with Node and browsers), so the
 * module needs no tz database of its own and follows whatever rules the runtime knows.
 */

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * How a requested wall-clock time was mapped to an instant.
 * - `exact`: the local time exists once.
 * - `shifted_forward`: the local time falls in a spring-forward gap (e.g. 02:30 on the day clocks
 *   jump from 02:00 to 03:00). It is read with the offset in force *before* the gap, which lands
 *   it later by the size of the gap (02:30 → 03:30). This is what RFC 5545 §3.3.5 prescribes and
 *   what Temporal calls the "compatible" disambiguation, so calendar apps agree with us.
 * - `ambiguous_first`: the local time happens twice (fall-back); the first (earlier) instant is
 *   used, again as RFC 5545 and Temporal "compatible" do.
 */
export type WallClockResolution = "exact" | "shifted_forward" | "ambiguous_first";

// Building an Intl.DateTimeFormat is by far the most expensive step; one per zone is plenty.
// This is a pure memo of immutable formatters, not application state.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

// IANA names ("America/Montreal", "UTC", "Etc/GMT+5"); offsets like "+05:00" are rejected on
// purpose because a fixed offset cannot follow daylight-saving changes.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export function isValidTimeZone(timeZone: string): boolean {
  if (!IANA_NAME.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new SchedulingInputError("scheduling.errors.invalidTimeZone", { timeZone });
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    assertTimeZone(timeZone);
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `instant`. */
export function localDateTimeAt(instant: Date, timeZone: string): LocalDateTime {
  assertInstant(instant);
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    // Some ICU versions print midnight as "24" even with h23; normalise it.
    hour: (fields.hour ?? 0) % 24,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** UTC offset of `timeZone` at `instant`, in minutes east of UTC (Montreal in winter: -300). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(instant.getTime(), timeZone) / 60_000);
}

function zoneOffsetMs(epochMs: number, timeZone: string): number {
  // Intl has second precision; drop the milliseconds so they do not leak into the offset.
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  const local = localDateTimeAt(new Date(wholeSeconds), timeZone);
  return wallClockAsUtcMs(local) - wholeSeconds;
}

function wallClockAsUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
}

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseLocalTime(value: string): { hour: number; minute: number } {
  const match = LOCAL_TIME.exec(value);
  if (!match) throw new SchedulingInputError("scheduling.errors.invalidTime", { value });
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`, with the rule used when
 * that reading does not exist or is ambiguous (see WallClockResolution).
 */
export function resolveLocalTime(options: { date: string; time: string; timeZone: string }): {
  instant: Date;
  wallClock: WallClockResolution;
} {
  const { year, month, day } = parseIsoDate(options.date);
  const { hour, minute } = parseLocalTime(options.time);
  assertTimeZone(options.timeZone);
  const wanted: LocalDateTime = { year, month, day, hour, minute, second: 0 };
  const asUtc = wallClockAsUtcMs(wanted);

  // Any zone's offset at the wanted instant is one of the offsets in force a day either side
  // (transitions are never closer than that in the tz database for the zones people use).
  const offsetBefore = zoneOffsetMs(asUtc - 86_400_000, options.timeZone);
  const offsetAfter = zoneOffsetMs(asUtc + 86_400_000, options.timeZone);
  if (offsetBefore === offsetAfter) {
    // No transition near this date (the usual case): one offset, one instant, nothing to check.
    return { instant: new Date(asUtc - offsetBefore), wallClock: "exact" };
  }
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((epoch) => sameWallClock(localDateTimeAt(new Date(epoch), options.timeZone), wanted))
    .sort((a, b) => a - b);

  const first = candidates[0];
  if (first === undefined) {
    // Spring-forward gap: read the time with the offset in force before the gap.
    return { instant: new Date(asUtc - offsetBefore), wallClock: "shifted_forward" };
  }
  return { instant: new Date(first), wallClock: candidates.length > 1 ? "ambiguous_first" : "exact" };
}

function sameWallClock(a: LocalDateTime, b: LocalDateTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

export function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new SchedulingInputError("scheduling.errors.invalidInstant", { value: String(instant) });
  }
}

/** "2026-03-08" for the local calendar date at `instant` in `timeZone`. */
export function localIsoDate(instant: Date, timeZone: string): string {
  const local = localDateTimeAt(instant, timeZone);
  return `${String(local.year).padStart(4, "0")}-${pad2(local.month)}-${pad2(local.day)}`;
}

/** "14:05" for the local wall-clock time at `instant` in `timeZone`. */
export function localIsoTime(instant: Date, timeZone: string): string {
  const local = localDateTimeAt(instant, timeZone);
  return `${pad2(local.hour)}:${pad2(local.minute)}`;
}
