import { assertInstant, assertTimeZone, localIsoDate, localIsoTime, zoneOffsetMinutes } from "./time-zone";
import type { MessageRef } from "./message-ref";

/**
 * What a viewer needs to see an instant at their own local time, in their own language.
 * A Winnipeg volunteer and a Montreal charity looking at the same session get the same instant
 * rendered twice; nothing here changes the instant itself.
 */

/** Tandem's two languages map to Canadian locales; anything else is passed to Intl as is. */
export function toIntlLocale(language: string): string {
  if (language === "fr") return "fr-CA";
  if (language === "en") return "en-CA";
  return language;
}

export interface InstantDisplay {
  locale: string;
  timeZone: string;
  /** Machine-friendly local date and time, e.g. for <time> attributes or grouping by day. */
  localDate: string;
  localTime: string;
  /** Localised texts from Intl, e.g. "mardi", "mardi 10 mars 2026", "10 h 00". */
  weekday: string;
  date: string;
  shortDate: string;
  time: string;
  /** Localised zone abbreviation or name, e.g. "HAE" / "EDT", "heure avancée de l’Est". */
  timeZoneShortName: string;
  timeZoneLongName: string;
  /** Minutes east of UTC at that instant, and the same as "UTC−04:00". */
  offsetMinutes: number;
  offsetLabel: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(cacheKey, cached);
  }
  return cached;
}

function zoneName(instant: Date, locale: string, timeZone: string, style: "short" | "long"): string {
  const parts = formatter(locale, timeZone, { timeZoneName: style }).formatToParts(instant);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

export function describeInstant(options: { instant: Date; timeZone: string; locale: string }): InstantDisplay {
  const { instant, timeZone } = options;
  assertInstant(instant);
  assertTimeZone(timeZone);
  const locale = toIntlLocale(options.locale);
  const offsetMinutes = zoneOffsetMinutes(instant, timeZone);
  return {
    locale,
    timeZone,
    localDate: localIsoDate(instant, timeZone),
    localTime: localIsoTime(instant, timeZone),
    weekday: formatter(locale, timeZone, { weekday: "long" }).format(instant),
    date: formatter(locale, timeZone, { dateStyle: "full" }).format(instant),
    shortDate: formatter(locale, timeZone, { dateStyle: "medium" }).format(instant),
    time: formatter(locale, timeZone, { timeStyle: "short" }).format(instant),
    timeZoneShortName: zoneName(instant, locale, timeZone, "short"),
    timeZoneLongName: zoneName(instant, locale, timeZone, "long"),
    offsetMinutes,
    offsetLabel: formatOffset(offsetMinutes),
  };
}

/** A start–end range in one string, e.g. "10 h 00 – 11 h 00" or "Mar. 10, 2026, 10:00 – 11:00 a.m.". */
export function describeRange(options: { start: Date; end: Date; timeZone: string; locale: string }): string {
  assertInstant(options.start);
  assertInstant(options.end);
  assertTimeZone(options.timeZone);
  const locale = toIntlLocale(options.locale);
  return formatter(locale, options.timeZone, { dateStyle: "medium", timeStyle: "short" }).formatRange(
    options.start,
    options.end,
  );
}

/** "UTC", "UTC+05:30", "UTC−04:00" (with a real minus sign, as typography and Intl do). */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "\u2212";
  const absolute = Math.abs(offsetMinutes);
  const hours = Math.floor(absolute / 60);
  const minutes = absolute % 60;
  return `UTC${sign}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * How many minutes `to` is ahead of `from` at `instant` (negative when behind).
 * Montreal → Winnipeg is -60 most of the year, but for the hour between the two zones' DST
 * changes it is -120 (March: Montreal has sprung forward, Winnipeg not yet) or 0 (November:
 * Montreal has fallen back, Winnipeg not yet), because each zone switches at its own 02:00.
 */
export function offsetDifferenceMinutes(options: { instant: Date; from: string; to: string }): number {
  return zoneOffsetMinutes(options.instant, options.to) - zoneOffsetMinutes(options.instant, options.from);
}

/**
 * The difference of `otherTimeZone` relative to the viewer, as a message to show next to a time
 * (e.g. "1 h behind your time"). Keys live under `scheduling.display.zoneDifference`.
 */
export function describeZoneDifference(options: {
  instant: Date;
  viewerTimeZone: string;
  otherTimeZone: string;
}): MessageRef & { differenceMinutes: number } {
  const differenceMinutes = offsetDifferenceMinutes({
    instant: options.instant,
    from: options.viewerTimeZone,
    to: options.otherTimeZone,
  });
  if (differenceMinutes === 0) {
    return { key: "scheduling.display.zoneDifference.same", params: {}, differenceMinutes };
  }
  const direction = differenceMinutes > 0 ? "ahead" : "behind";
  const hours = Math.floor(Math.abs(differenceMinutes) / 60);
  const minutes = Math.abs(differenceMinutes) % 60;
  if (minutes === 0) {
    return { key: `scheduling.display.zoneDifference.${direction}`, params: { hours }, differenceMinutes };
  }
  return {
    key: `scheduling.display.zoneDifference.${direction}WithMinutes`,
    params: { hours, minutes },
    differenceMinutes,
  };
}
