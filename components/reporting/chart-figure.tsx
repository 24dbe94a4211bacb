// One dashboard figure: a heading, a chart, and the accessible data table with the same values
// (the table is the figure for screen-reader users and in print).
import type { ReactNode } from "react";
import { BarChart, type BarSeries } from "./bar-chart";

export interface FigureTable {
  caption: string;
  columns: string[];
  /** First cell of each row is its header. */
  rows: (string | number)[][];
}

export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  chart?: { data: Record<string, string | number>[]; series: BarSeries[]; horizontal?: boolean; stacked?: boolean; height?: number };
  table: FigureTable;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      {children}
      <div className="mt-4 grid gap-4 lg:grid-cols-2 lg:items-start">
        {chart ? <BarChart {...chart} /> : null}
        <DataTable table={table} />
      </div>
    </section>
  );
}

export function DataTable({ table }: { table: FigureTable }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-medium text-muted">{table.caption}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            {table.columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-1 font-semibold">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="border-b border-gray-100">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-1 font-medium">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className="px-2 py-1 tabular-nums">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
