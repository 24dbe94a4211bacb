// Import of KPI measurements from a spreadsheet (CSV) for one campaign.
//
// Expected columns, in any order, headers in French or English (case and accents ignored):
//   date (date, jour) · KPI (kpi, indicateur, indicator, icp, code) · value (valeur, value,
//   montant, amount) · note (note, notes, commentaire, comment) — note is optional.
// A file without a recognisable header but whose first cell is a date is read positionally
// as date, kpi, value, note.
//
// Nothing is saved here: the result lists accepted rows and, for each rejected row, its line
// in the file, its raw text and every reason (catalogue key + params), so a person can fix the
// file and try again. All reasons of a row are reported at once, not just the first.
//
// Duplicates (same KPI and date more than once in the file): if every copy carries the same
// value and note, the first is accepted and the others are reported as repeats; if the copies
// disagree, none is accepted — guessing which one is right would silently lose the other.

import { parseCsv, type CsvDelimiter, type CsvRecord } from "@/lib/csv/parse";
import { parseLocaleNumber } from "@/lib/csv/number";
import type { KpiMetric, KpiUnit } from "./catalogue";
import { KPI_METRICS } from "./catalogue";
import { decideSlashOrder, parseImportDate, type SlashDateOrder } from "./import-dates";
import type { IsoDate } from "./iso-date";
import { LIMITS } from "./schemas";

export interface ImportKpi {
  id: string;
  name: string;
  metric: KpiMetric;
  unit: KpiUnit;
  /** An optional short code a file may use instead of the name (e.g. "dons"). */
  code?: string | null;
}

export interface ParseMeasurementsOptions {
  text: string;
  kpis: readonly ImportKpi[];
  /** Campaign dates (inclusive). When given, measurements outside them are rejected. */
  startDate?: IsoDate;
  endDate?: IsoDate;
  /** When given, measurements dated after today are rejected. */
  today?: IsoDate;
  /** Reading of "03/04/2025" when the file itself does not tell (default "dmy"). */
  slashDateOrder?: SlashDateOrder;
  /** Maximum data rows (default 10,000); a larger file is refused as a whole. */
  maxRows?: number;
}

export interface ImportMessage {
  key: string;
  params: Record<string, string | number>;
}

export interface AcceptedMeasurement {
  line: number;
  kpiId: string;
  date: IsoDate;
  value: number;
  note: string | null;
}

export interface RejectedRow {
  line: number;
  raw: string;
  reasons: ImportMessage[];
}

export interface MeasurementImportResult {
  accepted: AcceptedMeasurement[];
  rejected: RejectedRow[];
  /** Problems with the file as a whole; when non-empty, no row was accepted. */
  fileErrors: ImportMessage[];
  delimiter: CsvDelimiter;
  /** Data rows read (excluding the header and blank rows). */
  rowCount: number;
}

/** Every per-row reason; each is `campaigns.import.reasons.<code>`. */
export const IMPORT_REASON_CODES = [
  "unterminatedQuote",
  "tooManyFields",
  "dateMissing",
  "dateInvalid",
  "dateAmbiguous",
  "dateOutsideCampaign",
  "dateInFuture",
  "kpiMissing",
  "kpiUnknown",
  "kpiAmbiguous",
  "valueMissing",
  "valueInvalid",
  "valueNegative",
  "percentAbove100",
  "noteTooLong",
  "duplicateRepeated",
  "duplicateConflict",
] as const;
export type ImportReasonCode = (typeof IMPORT_REASON_CODES)[number];

/** Every whole-file error; each is `campaigns.import.fileErrors.<code>`. */
export const IMPORT_FILE_ERROR_CODES = [
  "empty",
  "missingDateColumn",
  "missingKpiColumn",
  "missingValueColumn",
  "noDataRows",
  "tooManyRows",
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

type Params = Record<string, string | number>;
const reason = (code: ImportReasonCode, params: Params = {}): ImportMessage => ({
  key: `campaigns.import.reasons.${code}`,
  params,
});
const fileError = (code: ImportFileErrorCode, params: Params = {}): ImportMessage => ({
  key: `campaigns.import.fileErrors.${code}`,
  params,
});
const DEFAULT_MAX_ROWS = 10_000;

type Column = "date" | "kpi" | "value" | "note";

const HEADER_ALIASES: Readonly<Record<Column, readonly string[]>> = {
  date: ["date", "jour", "day", "date de mesure", "measurement date"],
  kpi: ["kpi", "kpis", "indicateur", "indicator", "icp", "code", "indicateur cle", "key indicator", "metric"],
  value: ["valeur", "value", "montant", "amount", "resultat", "result"],
  note: ["note", "notes", "commentaire", "commentaires", "comment", "comments", "remarque", "remarques"],
};
const REQUIRED = ["date", "kpi", "value"] as const;
const MISSING_COLUMN_ERROR = {
  date: "missingDateColumn",
  kpi: "missingKpiColumn",
  value: "missingValueColumn",
} as const satisfies Record<Exclude<Column, "note">, ImportFileErrorCode>;

/** Lowercase, accents removed, punctuation dropped, spaces collapsed: "Portée (Facebook)" → "portee facebook". */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Headers may carry a hint in parentheses ("Valeur (nombre)"), which is ignored. */
function normalizeHeader(text: string): string {
  return normalizeLabel(text.replace(/\(.*?\)/g, " "));
}

function headerColumns(fields: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  fields.forEach((field, index) => {
    const label = normalizeHeader(field);
    for (const column of Object.keys(HEADER_ALIASES) as Column[]) {
      if (found[column] === undefined && HEADER_ALIASES[column].includes(label)) found[column] = index;
    }
  });
  return found;
}

type KpiMatch = { ok: true; kpi: ImportKpi } | { ok: false; reason: "unknown" | "ambiguous" };

/** Resolves a KPI cell by id, code, name, then metric code (when one KPI has that metric). */
function kpiResolver(kpis: readonly ImportKpi[]): (cell: string) => KpiMatch {
  // Indexes built once: an import can have thousands of rows.
  const index = (keyOf: (k: ImportKpi) => string | null): Map<string, ImportKpi[]> => {
    const map = new Map<string, ImportKpi[]>();
    for (const k of kpis) {
      const key = keyOf(k);
      if (key === null || key === "") continue;
      map.set(key, [...(map.get(key) ?? []), k]);
    }
    return map;
  };
  const byId = index((k) => k.id);
  const byCode = index((k) => (k.code ? normalizeLabel(k.code) : null));
  const byName = index((k) => normalizeLabel(k.name));
  const byMetric = index((k) => normalizeLabel(k.metric));
  const metricCodes = new Set(KPI_METRICS.map((m) => normalizeLabel(m)));
  const cache = new Map<string, KpiMatch>();

  const unique = (list: readonly ImportKpi[] | undefined): KpiMatch | null => {
    if (list?.length === 1 && list[0]) return { ok: true, kpi: list[0] };
    if (list && list.length > 1) return { ok: false, reason: "ambiguous" };
    return null;
  };
  return (cell) => {
    const text = cell.trim();
    const cached = cache.get(text);
    if (cached) return cached;
    const label = normalizeLabel(text);
    const match =
      unique(byId.get(text)) ??
      unique(byCode.get(label)) ??
      unique(byName.get(label)) ??
      (metricCodes.has(label) ? unique(byMetric.get(label)) : null) ?? { ok: false, reason: "unknown" };
    cache.set(text, match);
    return match;
  };
}

interface RowOutcome {
  record: CsvRecord;
  reasons: ImportMessage[];
  kpi: ImportKpi | null;
  date: IsoDate | null;
  value: number | null;
  note: string | null;
}

export function parseMeasurementsCsv(options: ParseMeasurementsOptions): MeasurementImportResult {
  const { kpis, startDate, endDate, today } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const { delimiter, records, problems } = parseCsv(options.text);
  const empty = (fileErrors: ImportMessage[], rowCount = 0): MeasurementImportResult => ({
    accepted: [],
    rejected: [],
    fileErrors,
    delimiter,
    rowCount,
  });

  const nonBlank = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  const first = nonBlank[0];
  if (!first) return empty([fileError("empty")]);

  // Header, or positional columns when the first row already holds data.
  let columns = headerColumns(first.fields);
  let dataRows = nonBlank.slice(1);
  let width = first.fields.length;
  if (Object.keys(columns).length === 0 && parseImportDate(first.fields[0] ?? "", "dmy").ok) {
    columns = { date: 0, kpi: 1, value: 2, note: 3 };
    dataRows = nonBlank;
    width = 4;
  }
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    return empty(missing.map((column) => fileError(MISSING_COLUMN_ERROR[column])));
  }
  if (dataRows.length === 0) return empty([fileError("noDataRows")]);
  if (dataRows.length > maxRows) {
    return empty([fileError("tooManyRows", { max: maxRows, count: dataRows.length })], dataRows.length);
  }

  const cell = (record: CsvRecord, column: Column): string => {
    const index = columns[column];
    return index === undefined ? "" : (record.fields[index] ?? "").trim();
  };
  const unterminatedLine = problems.find((p) => p.kind === "unterminatedQuote")?.line;
  const order = decideSlashOrder(
    dataRows.map((r) => cell(r, "date")),
    options.slashDateOrder ?? "dmy",
  );
  const resolveKpi = kpiResolver(kpis);

  const outcomes: RowOutcome[] = dataRows.map((record) => {
    const reasons: ImportMessage[] = [];
    const add = (code: ImportReasonCode, params: Params = {}): void => {
      reasons.push(reason(code, params));
    };
    if (record.line === unterminatedLine) add("unterminatedQuote");
    // Spreadsheets write rectangular files, so a row longer than the header almost always means
    // an unquoted decimal comma split a value in two ("1,5" → "1" and "5"): refuse to guess.
    if (record.fields.length > width) {
      add("tooManyFields", { expected: width, found: record.fields.length });
    }

    let date: IsoDate | null = null;
    const dateCell = cell(record, "date");
    if (dateCell === "") add("dateMissing");
    else {
      const parsed = parseImportDate(dateCell, order);
      if (!parsed.ok) add(parsed.reason === "ambiguous" ? "dateAmbiguous" : "dateInvalid", { value: dateCell });
      else {
        date = parsed.date;
        if ((startDate && date < startDate) || (endDate && date > endDate)) {
          add("dateOutsideCampaign", { date, start: startDate ?? "", end: endDate ?? "" });
        } else if (today && date > today) {
          add("dateInFuture", { date });
        }
      }
    }

    let kpi: ImportKpi | null = null;
    const kpiCell = cell(record, "kpi");
    if (kpiCell === "") add("kpiMissing");
    else {
      const match = resolveKpi(kpiCell);
      if (match.ok) kpi = match.kpi;
      else add(match.reason === "ambiguous" ? "kpiAmbiguous" : "kpiUnknown", { value: kpiCell });
    }

    let value: number | null = null;
    const valueCell = cell(record, "value");
    if (valueCell === "") add("valueMissing");
    else {
      const parsed = parseLocaleNumber(valueCell);
      if (parsed === null) add("valueInvalid", { value: valueCell });
      else if (parsed < 0) add("valueNegative", { value: valueCell });
      else if (kpi?.unit === "percent" && parsed > 100) add("percentAbove100", { value: valueCell });
      else value = parsed;
    }

    const noteCell = cell(record, "note");
    if (noteCell.length > LIMITS.noteMax) add("noteTooLong", { max: LIMITS.noteMax });

    return { record, reasons, kpi, date, value, note: noteCell === "" ? null : noteCell };
  });

  flagDuplicates(outcomes);

  const accepted: AcceptedMeasurement[] = [];
  const rejected: RejectedRow[] = [];
  for (const o of outcomes) {
    if (o.reasons.length === 0 && o.kpi && o.date && o.value !== null) {
      accepted.push({ line: o.record.line, kpiId: o.kpi.id, date: o.date, value: o.value, note: o.note });
    } else {
      rejected.push({ line: o.record.line, raw: o.record.raw, reasons: o.reasons });
    }
  }
  return { accepted, rejected, fileErrors: [], delimiter, rowCount: dataRows.length };
}

function flagDuplicates(outcomes: readonly RowOutcome[]): void {
  const groups = new Map<string, RowOutcome[]>();
  for (const o of outcomes) {
    if (!o.kpi || !o.date) continue;
    const key = `${o.kpi.id}\u0000${o.date}`;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  for (const group of groups.values()) {
    const [head, ...copies] = group;
    if (!head || copies.length === 0) continue;
    const identical = group.every((o) => o.reasons.length === 0 && o.value === head.value && o.note === head.note);
    if (identical) {
      for (const copy of copies) {
        copy.reasons.push(reason("duplicateRepeated", { firstLine: head.record.line }));
      }
      continue;
    }
    const lines = group.map((o) => o.record.line).join(", ");
    for (const o of group) {
      o.reasons.push(reason("duplicateConflict", { kpi: head.kpi?.name ?? "", date: head.date ?? "", lines }));
    }
  }
}
