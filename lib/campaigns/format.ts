// Numbers of a KPI as people read them: dollars for money, a percent sign for rates.
import type { KpiUnit } from "./catalogue";

export function formatKpiValue(intlLocale: string, unit: KpiUnit, value: number): string {
  switch (unit) {
    case "currency_cad":
      return new Intl.NumberFormat(intlLocale, { style: "currency", currency: "CAD", maximumFractionDigits: value % 1 === 0 ? 0 : 2 }).format(value);
    case "percent":
      return new Intl.NumberFormat(intlLocale, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
    case "count":
      return new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 2 }).format(value);
  }
}

export function formatIsoDate(intlLocale: string, iso: string, style: "medium" | "long" | "short" = "medium"): string {
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: style, timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}
