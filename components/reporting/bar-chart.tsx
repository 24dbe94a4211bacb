"use client";

// A bar chart drawn with recharts. It is decoration for sighted readers: the same figures are
// always in the data table next to it (ChartFigure), so the drawing is hidden from assistive
// technology and holds nothing focusable.
import { Bar, BarChart as Chart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarSeries {
  key: string;
  label: string;
}

/** Colours with at least 3:1 contrast on white, told apart by more than hue alone in the table. */
const COLOURS = ["#2450c4", "#b45309", "#047857", "#7c3aed", "#be123c"];

export function BarChart({
  data,
  series,
  horizontal = false,
  height = 240,
  stacked = false,
}: {
  data: Record<string, string | number>[];
  series: BarSeries[];
  horizontal?: boolean;
  height?: number;
  stacked?: boolean;
}) {
  // Horizontal bars carry long labels: give each bar room for two or three lines of text.
  const drawnHeight = horizontal ? Math.max(height, data.length * 52 + 40) : height;
  return (
    <div aria-hidden="true" className="w-full" style={{ height: drawnHeight }}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d1d5db" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fill: "#111827", fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fill: "#111827", fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fill: "#111827", fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fill: "#111827", fontSize: 12 }} width={48} />
            </>
          )}
          <Tooltip />
          {series.length > 1 ? <Legend wrapperStyle={{ color: "#111827", fontSize: 12 }} /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} stackId={stacked ? "stack" : undefined} isAnimationActive={false} />
          ))}
        </Chart>
      </ResponsiveContainer>
    </div>
  );
}
