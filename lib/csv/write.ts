// CSV output that opens correctly in French and English Excel and cannot run formulas.
//
// Formula injection: a spreadsheet treats a cell beginning with = + - @ (and, in some versions,
// a tab or carriage return) as a formula, so an organisation name like `=HYPERLINK(...)` typed
// by a user could execute in a coordinator's spreadsheet. Such text cells are prefixed with `'`,
// which spreadsheets display as plain text (OWASP's recommendation). Real numbers are written
// as numbers and never prefixed: `-12.5` is data, not a formula.

import type { CsvDelimiter } from "./parse";

export type CsvCell = string | number | bigint | boolean | Date | null | undefined;

export interface CsvWriteOptions {
  /** Default `,`. Use `;` for French Excel. */
  delimiter?: CsvDelimiter;
  /** Decimal mark for numbers. Default `.`; use `,` together with `;` for French Excel. */
  decimalMark?: "." | ",";
  /** Record terminator. Default CRLF, as RFC 4180 specifies. */
  eol?: "\r\n" | "\n";
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text of one cell before quoting. Dates become ISO 8601; null and undefined an empty cell. */
function cellText(value: CsvCell, decimalMark: "." | ","): { text: string; isText: boolean } {
  if (value === null || value === undefined) return { text: "", isText: false };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { text: "", isText: false };
    const text = String(value);
    return { text: decimalMark === "," ? text.replace(".", ",") : text, isText: false };
  }
  if (typeof value === "bigint") return { text: value.toString(), isText: false };
  if (typeof value === "boolean") return { text: value ? "true" : "false", isText: false };
  if (value instanceof Date) {
    return { text: Number.isNaN(value.getTime()) ? "" : value.toISOString(), isText: false };
  }
  return { text: value, isText: true };
}

/** Quotes and neutralises one cell for the given delimiter. */
export function csvCell(value: CsvCell, options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const { text: base, isText } = cellText(value, options.decimalMark ?? ".");
  const text = isText && FORMULA_START.test(base) ? `'${base}` : base;
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r");
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, terminated by the line ending (CRLF by default), ready to concatenate. */
export function csvRow(values: readonly CsvCell[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  return values.map((v) => csvCell(v, options)).join(delimiter) + (options.eol ?? "\r\n");
}

export interface CsvStreamOptions extends CsvWriteOptions {
  /** Prepend a UTF-8 byte-order mark so Excel reads accents correctly (default true). */
  bom?: boolean;
  /** Rows written before the source's rows (typically the translated column headers). */
  header?: readonly CsvCell[];
  /**
   * Bytes to gather before handing a chunk to the stream (default 16 KiB). Small enough that a
   * download starts at once, large enough not to cost one network write per row.
   */
  chunkBytes?: number;
}

const encoder = new TextEncoder();
const BOM = "\ufeff";

/**
 * A web ReadableStream of CSV bytes that pulls rows from `rows` only as the consumer reads, so
 * an export of a million sessions never sits in memory. Cancelling the stream (the browser
 * aborting the download) closes the source iterator, which lets a database cursor be released.
 */
export function toCsvStream(
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
  options: CsvStreamOptions = {},
): ReadableStream<Uint8Array> {
  const chunkBytes = Math.max(1, options.chunkBytes ?? 16 * 1024);
  let iterator: AsyncIterator<readonly CsvCell[]> | Iterator<readonly CsvCell[]> | null = null;
  let prefix = ((options.bom ?? true) ? BOM : "") + (options.header ? csvRow(options.header, options) : "");

  const open = (): AsyncIterator<readonly CsvCell[]> | Iterator<readonly CsvCell[]> => {
    iterator ??=
      Symbol.asyncIterator in rows
        ? (rows as AsyncIterable<readonly CsvCell[]>)[Symbol.asyncIterator]()
        : (rows as Iterable<readonly CsvCell[]>)[Symbol.iterator]();
    return iterator;
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const it = open();
        let text = prefix;
        prefix = "";
        // Measure in UTF-16 units: cheap, and close enough to bytes for a batching threshold.
        while (text.length < chunkBytes) {
          const next = await it.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += csvRow(next.value, options);
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    // One chunk of read-ahead at most: laziness is the point.
    { highWaterMark: 1 },
  );
}
