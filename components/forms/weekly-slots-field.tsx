"use client";

import { useId, useState } from "react";
import { FieldErrors } from "@/components/ui/fields";
import { useI18n } from "@/lib/i18n/client";
import { intlLocale } from "@/lib/i18n/config";

export interface SlotValue {
  day: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
export const minutesToHHMM = (m: number) => (m >= 1440 ? "24:00" : `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);

/** Rows of weekday + start + end, posted as parallel lists slotDay[], slotStart[], slotEnd[]. */
export function WeeklySlotsField({ initial, errors, legend, hint }: { initial: SlotValue[]; errors?: string[]; legend: string; hint?: string }) {
  const { t, locale } = useI18n();
  const baseId = useId();
  const [rows, setRows] = useState<(SlotValue & { key: number })[]>(() =>
    (initial.length ? initial : [{ day: "2", start: "12:00", end: "13:00" }]).map((r, i) => ({ ...r, key: i })),
  );
  // ISO weekdays 1..7 named in the reader's language (2024-01-01 was a Monday).
  const dayNames = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const errorId = `${baseId}-error`;
  const hintId = `${baseId}-hint`;
  return (
    <fieldset className="space-y-2" aria-describedby={[hint ? hintId : "", errors?.length ? errorId : ""].join(" ").trim() || undefined}>
      <legend className="font-medium text-ink">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ul className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.key} className="flex flex-wrap items-end gap-2 rounded-md border border-gray-200 bg-gray-50 p-2">
            <label className="text-sm">
              <span className="block font-medium">{t("common.slots.day", { n: index + 1 })}</span>
              <select name="slotDay" defaultValue={row.day} className="rounded-md border border-gray-400 bg-white px-2 py-1.5">
                {dayNames.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="block font-medium">{t("common.slots.from", { n: index + 1 })}</span>
              <input type="time" name="slotStart" defaultValue={row.start} step={900} className="rounded-md border border-gray-400 bg-white px-2 py-1.5" />
            </label>
            <label className="text-sm">
              <span className="block font-medium">{t("common.slots.to", { n: index + 1 })}</span>
              <input type="time" name="slotEnd" defaultValue={row.end} step={900} className="rounded-md border border-gray-400 bg-white px-2 py-1.5" />
            </label>
            <button
              type="button"
              onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
              className="rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm hover:bg-gray-100"
            >
              {t("common.slots.remove", { n: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setRows((r) => [...r, { day: "3", start: "12:00", end: "13:00", key: Math.max(-1, ...r.map((x) => x.key)) + 1 }])}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        {t("common.slots.add")}
      </button>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

/** The slots to show: what the user typed after an error, else what is stored. */
export function slotsFromState(values: Record<string, string | string[]> | undefined, stored: { weekday: number; startMinute: number; endMinute: number }[]): SlotValue[] {
  const days = values?.slotDay;
  if (Array.isArray(days)) {
    const starts = (values?.slotStart as string[] | undefined) ?? [];
    const ends = (values?.slotEnd as string[] | undefined) ?? [];
    return days.map((day, i) => ({ day, start: starts[i] ?? "", end: ends[i] ?? "" }));
  }
  return stored.map((s) => ({ day: String(s.weekday), start: minutesToHHMM(s.startMinute), end: minutesToHHMM(s.endMinute) }));
}

/** Remounts the rows when the server sends back other typed values (after a failed submit). */
export function slotsKey(values: Record<string, string | string[]> | undefined): string {
  return JSON.stringify([values?.slotDay, values?.slotStart, values?.slotEnd]);
}
