import { intlLocale, type AppLocale } from "./config";

export function formatDate(locale: AppLocale, date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }) {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", ...options }).format(date);
}

export function formatDateTime(locale: AppLocale, date: Date, timeZone: string) {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

export function weekdayName(locale: AppLocale, isoWeekday: number) {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

const pad = (n: number) => String(n).padStart(2, "0");
export function formatSlot(locale: AppLocale, slot: { weekday: number; startMinute: number; endMinute: number }) {
  const hm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return `${weekdayName(locale, slot.weekday)} ${hm(slot.startMinute)}–${hm(slot.endMinute)}`;
}

/** YYYY-MM-DD of a calendar date stored as midnight UTC. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
