// An RFC 4180 CSV reader, lenient where real spreadsheets are not strict:
// - a UTF-8 byte-order mark is dropped (Excel writes one);
// - records may end with CRLF, LF or a lone CR (old Mac Excel);
// - the delimiter is detected (French Excel writes `;` because `,` is its decimal mark), and an
//   Excel `sep=;` first line is honoured;
// - a quote inside an unquoted field, or text after a closing quote, is kept as text instead
//   of failing the whole file (noted in `problems` so an import can warn).
// Each record keeps its first line number and its raw text, so an import can point a person at
// the exact line to fix.

export type CsvDelimiter = "," | ";" | "\t" | "|";

export interface CsvRecord {
  /** The cells, unquoted. */
  fields: string[];
  /** 1-based line of the file on which the record starts (a quoted cell can span lines). */
  line: number;
  /** The record as written in the file, without its line ending. */
  raw: string;
}

export type CsvProblemKind = "unterminatedQuote" | "textAfterClosingQuote";

export interface CsvProblem {
  kind: CsvProblemKind;
  line: number;
}

export interface ParseCsvOptions {
  /** Force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter;
  /** Drop records whose only content is an empty line (default true). */
  skipEmptyLines?: boolean;
}

export interface ParseCsvResult {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  problems: CsvProblem[];
}

const CANDIDATES: readonly CsvDelimiter[] = [";", ",", "\t", "|"];
const SEP_HINT = /^sep=(.)\r?\n?/i;

/** Removes a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the delimiter from the first non-blank record (the header): the candidate that appears most often
 * outside quotes. Ties and a single-column header fall back to `,` (the RFC default), except that
 * `;` wins a tie with `,` because a French header never contains a stray semicolon.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const source = stripBom(text);
  const hint = SEP_HINT.exec(source);
  if (hint && isDelimiter(hint[1])) return hint[1];
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '"') {
      inQuotes = !inQuotes; // an escaped "" toggles twice: no net effect
      seenContent = true;
    } else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      // Blank lines before the header are skipped, as the parser skips them.
      if (seenContent) break;
    } else if (!inQuotes && ch !== undefined && isDelimiter(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      seenContent = true;
    } else if (ch !== " ") {
      seenContent = true;
    }
  }
  let best: CsvDelimiter = ",";
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const n = counts.get(candidate) ?? 0;
    if (n > bestCount) {
      best = candidate;
      bestCount = n;
    }
  }
  return best;
}

function isDelimiter(ch: string | undefined): ch is CsvDelimiter {
  return ch === "," || ch === ";" || ch === "\t" || ch === "|";
}

/** Parses a whole CSV text. Never throws on malformed input: problems are reported. */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParseCsvResult {
  let source = stripBom(text);
  let lineOffset = 0;
  let delimiter = options.delimiter;
  const hint = SEP_HINT.exec(source);
  if (hint) {
    if (!delimiter && isDelimiter(hint[1])) delimiter = hint[1];
    source = source.slice(hint[0].length);
    lineOffset = 1;
  }
  delimiter ??= detectDelimiter(source);
  const skipEmpty = options.skipEmptyLines ?? true;

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let afterClosingQuote = false;
  let line = 1 + lineOffset;
  let recordLine = line;
  let recordStart = 0;
  let i = 0;

  const endRecord = (end: number): void => {
    fields.push(field);
    const raw = source.slice(recordStart, end);
    const empty = fields.length === 1 && fields[0] === "" && raw === "";
    if (!(skipEmpty && empty)) records.push({ fields, line: recordLine, raw });
    fields = [];
    field = "";
    afterClosingQuote = false;
  };

  while (i < source.length) {
    const ch = source[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        afterClosingQuote = true;
        i += 1;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        // A line break inside quotes belongs to the cell; count it for line numbers.
        if (ch === "\r" && source[i + 1] === "\n") {
          field += "\r\n";
          i += 2;
        } else {
          field += ch;
          i += 1;
        }
        line += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }

    if (ch === delimiter) {
      fields.push(field);
      field = "";
      afterClosingQuote = false;
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord(i);
      i += ch === "\r" && source[i + 1] === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
      recordStart = i;
      continue;
    }
    if (ch === '"' && field === "" && !afterClosingQuote) {
      inQuotes = true;
      i += 1;
      continue;
    }
    if (afterClosingQuote) {
      problems.push({ kind: "textAfterClosingQuote", line });
      afterClosingQuote = false;
    }
    field += ch;
    i += 1;
  }

  if (inQuotes) problems.push({ kind: "unterminatedQuote", line: recordLine });
  // A final line ending does not start a new record.
  if (recordStart < source.length || fields.length > 0 || field !== "" || inQuotes) {
    endRecord(source.length);
  }
  return { delimiter, records, problems };
}
