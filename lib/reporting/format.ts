// Figures as a reader expects them in French or English Canada.
import { intlLocale, type AppLocale } from "@/lib/i18n/config";

export function formatNumber(locale: AppLocale, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

/** A figure that may be undefined (no data): an em dash rather than a misleading zero. */
export function formatMaybe(locale: AppLocale, value: number | null, maximumFractionDigits = 1): string {
  return value === null ? "—" : formatNumber(locale, value, maximumFractionDigits);
}

export function formatPercent(locale: AppLocale, ratio: number | null): string {
  return ratio === null ? "—" : new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** Dollars from cents; whole dollars for large sums, cents for rates like an hourly value. */
export function formatMoney(locale: AppLocale, cents: number): string {
  const whole = Math.abs(cents) >= 100_000 || cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "CAD", maximumFractionDigits: whole ? 0 : 2, minimumFractionDigits: whole ? 0 : 2 }).format(cents / 100);
}

/** "2026-03" → "mars 2026" / "March 2026". */
export function formatMonth(locale: AppLocale, month: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}
