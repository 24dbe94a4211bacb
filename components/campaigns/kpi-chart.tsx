"use client";

// Progress of one KPI as a line chart (recharts): measured values, the straight path from the
// baseline to the target, and the target. The chart is a picture for sighted readers; the same
// numbers are in the table next to it, which is what assistive technology reads.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/lib/i18n/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatIsoDate, formatKpiValue } from "@/lib/campaigns/format";
import type { ChartPoint } from "@/lib/campaigns/progress";
import type { KpiUnit } from "@/lib/campaigns/catalogue";

export function KpiChart({ series, unit, labelledBy }: { series: ChartPoint[]; unit: KpiUnit; labelledBy: string }) {
  const { t, locale } = useI18n();
  const intl = intlLocale(locale);
  const format = (value: number) => formatKpiValue(intl, unit, value);
  const formatTick = (value: number) => new Intl.NumberFormat(intl, { notation: "compact", maximumFractionDigits: 1 }).format(value);
  return (
    <div role="img" aria-labelledby={labelledBy} className="h-64 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
          <XAxis dataKey="date" tickFormatter={(iso: string) => formatIsoDate(intl, iso, "short")} tick={{ fill: "#374151", fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={formatTick} tick={{ fill: "#374151", fontSize: 12 }} width={48} />
          <Tooltip labelFormatter={(iso) => formatIsoDate(intl, String(iso))} formatter={(value) => (typeof value === "number" ? format(value) : String(value))} />
          <Legend />
          <Line type="monotone" dataKey="value" name={t("campaigns.progress.chart.measured")} stroke="#2450c4" strokeWidth={3} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          <Line type="linear" dataKey="expected" name={t("campaigns.progress.chart.expected")} stroke="#4b5563" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="target" name={t("campaigns.progress.chart.target")} stroke="#b45309" strokeDasharray="2 3" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
