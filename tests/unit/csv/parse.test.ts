import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, stripBom } from "@/lib/csv/parse";
import { csvRow } from "@/lib/csv/write";

const fieldsOf = (text: string, delimiter?: "," | ";") =>
  parseCsv(text, delimiter ? { delimiter } : {}).records.map((r) => r.fields);

describe("parseCsv", () => {
  it("reads simple records with CRLF, LF and lone CR line endings", () => {
    expect(fieldsOf("a,b\r\nc,d\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fieldsOf("a,b\nc,d")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fieldsOf("a,b\rc,d\r")).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("handles quoted fields with delimiters, escaped quotes and line breaks", () => {
    const text = 'name,note\r\n"Dupont, Marie","She said ""hi""\r\nthen left"\r\nx,""\r\n';
    const { records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ["name", "note"],
      ["Dupont, Marie", 'She said "hi"\r\nthen left'],
      ["x", ""],
    ]);
    // Line numbers count the physical lines, so the record after a two-line cell starts on line 4.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records[1]?.raw).toBe('"Dupont, Marie","She said ""hi""\r\nthen left"');
  });

  it("keeps empty fields, including trailing ones", () => {
    expect(fieldsOf("a,,c,\n,,,\n")).toEqual([["a", "", "c", ""], ["", "", "", ""]]);
  });

  it("drops a UTF-8 BOM", () => {
    expect(fieldsOf("\ufeffdate,valeur\n2025-01-01,3")).toEqual([["date", "valeur"], ["2025-01-01", "3"]]);
    expect(stripBom("\ufeffx")).toBe("x");
    expect(stripBom("x")).toBe("x");
  });

  it("skips empty lines by default but can keep them", () => {
    expect(fieldsOf("a\n\nb\n")).toEqual([["a"], ["b"]]);
    const kept = parseCsv("a\n\nb\n", { skipEmptyLines: false }).records;
    expect(kept.map((r) => r.fields)).toEqual([["a"], [""], ["b"]]);
    expect(kept.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it("detects the semicolon delimiter of French Excel and keeps decimal commas intact", () => {
    const { delimiter, records } = parseCsv("date;indicateur;valeur\n2025-03-01;Dons;1 234,5\n");
    expect(delimiter).toBe(";");
    expect(records[1]?.fields).toEqual(["2025-03-01", "Dons", "1 234,5"]);
  });

  it("honours Excel's sep= hint line and numbers lines after it", () => {
    const { delimiter, records } = parseCsv("sep=;\r\na;b\r\nc;d\r\n");
    expect(delimiter).toBe(";");
    expect(records.map((r) => r.fields)).toEqual([["a", "b"], ["c", "d"]]);
    expect(records.map((r) => r.line)).toEqual([2, 3]);
  });

  it("reports an unterminated quote and keeps the text", () => {
    const { records, problems } = parseCsv('a,b\n1,"oops\n2,3\n');
    expect(problems).toEqual([{ kind: "unterminatedQuote", line: 2 }]);
    expect(records[1]?.fields).toEqual(["1", "oops\n2,3\n"]);
  });

  it("keeps text after a closing quote and a stray quote inside an unquoted field", () => {
    const { records, problems } = parseCsv('"ab"c,d"e\n');
    expect(records[0]?.fields).toEqual(["abc", 'd"e']);
    expect(problems).toEqual([{ kind: "textAfterClosingQuote", line: 1 }]);
  });

  it("returns no records for an empty text", () => {
    expect(parseCsv("").records).toEqual([]);
    expect(parseCsv("\ufeff").records).toEqual([]);
  });

  it("round-trips anything csvRow writes (property)", () => {
    // Cells that do not start with a formula character survive the round trip exactly.
    const cell = fc.string({ unit: fc.constantFrom("a", "é", " ", ",", ";", '"', "\n", "\r", "x", "1") }).filter(
      (s) => !/^[=+\-@\t\r]/.test(s),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(",", ";"), (rows, delimiter: "," | ";") => {
        const text = rows.map((r) => csvRow(r, { delimiter })).join("");
        const parsed = parseCsv(text, { delimiter, skipEmptyLines: false });
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1;2", ","],
    ["a;b;c\n1,5;2", ";"],
    ["a\tb\tc", "\t"],
    ["single", ","],
    ['"x;y",b\n', ","],
    ["a;b,c\n", ";"],
  ] as const)("detects the delimiter of %j", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("detectDelimiter with leading blank lines", () => {
  it("looks at the first non-blank line", () => {
    expect(detectDelimiter("\n\r\n  \na;b;c\n")).toBe(";");
  });
});
