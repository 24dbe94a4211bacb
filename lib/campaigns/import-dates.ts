// Dates as spreadsheets export them: ISO "2025-03-14" (optionally with a time, which is
// dropped), "2025/03/14", or day-first / month-first "14/03/2025", "14.03.2025", "14-03-2025".
//
// Day-first versus month-first is decided once per file, not per cell: if any cell has a first
// number above 12 the file is day-first, if any has a second number above 12 it is month-first.
// When nothing decides (every day ≤ 12) the caller's default applies — day-first, as French and
// most Canadian English spreadsheets write dates. A file showing both orders is inconsistent:
// then only cells with a single possible reading are accepted.

import { utcMsFromParts, type IsoDate } from "./iso-date";

export type SlashDateOrder = "dmy" | "mdy";
export type SlashOrderDecision = SlashDateOrder | "conflict";

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

function format(year: number, month: number, day: number): IsoDate | null {
  if (utcMsFromParts(year, month, day) === null) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Looks at every date cell of a file and decides the order of year-last dates. */
export function decideSlashOrder(cells: readonly string[], fallback: SlashDateOrder): SlashOrderDecision {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = YEAR_LAST.exec(cell.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return "conflict";
  if (dayFirst) return "dmy";
  if (monthFirst) return "mdy";
  return fallback;
}

export type ImportDateResult = { ok: true; date: IsoDate } | { ok: false; reason: "invalid" | "ambiguous" };

/** Reads one date cell given the file's decided order. */
export function parseImportDate(cell: string, order: SlashOrderDecision): ImportDateResult {
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const date = format(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { ok: true, date } : { ok: false, reason: "invalid" };
  }
  const m = YEAR_LAST.exec(text);
  if (!m) return { ok: false, reason: "invalid" };
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = Number(m[3]);
  const dmy = format(year, b, a);
  const mdy = format(year, a, b);
  if (order === "dmy") return dmy ? { ok: true, date: dmy } : { ok: false, reason: "invalid" };
  if (order === "mdy") return mdy ? { ok: true, date: mdy } : { ok: false, reason: "invalid" };
  // Conflicting file: accept only a cell with one possible reading (or where both agree).
  if (dmy && mdy && dmy !== mdy) return { ok: false, reason: "ambiguous" };
  const date = dmy ?? mdy;
  return date ? { ok: true, date } : { ok: false, reason: "invalid" };
}
