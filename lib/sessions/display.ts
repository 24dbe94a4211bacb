// Texts shared by the sessions pages: the weekly slot in words, a wall-clock
// time in the reader's language, an occurrence's range in a viewer's zone.
import { intlLocale, type AppLocale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { describeRange } from "@/lib/scheduling";
import { timeZoneLabel } from "@/lib/validation/time-zones";

/** "10:00" → "10 h 00" / "10:00 a.m." in the reader's language. */
export function wallClock(locale: AppLocale, hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0)));
}

export function slotSummary(t: Translate, locale: AppLocale, slot: { weekday: number; localTime: string; timeZone: string; durationMinutes: number }): string {
  return t("sessions.slot.summary", {
    weekday: weekdayName(locale, slot.weekday),
    time: wallClock(locale, slot.localTime),
    timeZone: timeZoneLabel(slot.timeZone, intlLocale(locale)),
    duration: slot.durationMinutes,
  });
}

export function sessionRange(locale: AppLocale, timeZone: string, occurrence: { startsAt: Date; endsAt: Date }): string {
  return describeRange({ start: occurrence.startsAt, end: occurrence.endsAt, timeZone, locale });
}

export function weekdayOptions(locale: AppLocale) {
  return [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(locale, d) }));
}

export const OCCURRENCE_TONES = { SCHEDULED: "blue", HELD: "green", CANCELLED: "gray" } as const;
