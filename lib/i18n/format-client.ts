import { intlLocale, type AppLocale } from "./config";

/** Hours and minutes in the browser's time zone, e.g. "14 h 02" / "2:02 PM". */
export function formatTime(locale: AppLocale, date: Date): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: "numeric", minute: "2-digit" }).format(date);
}
