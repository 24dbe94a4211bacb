import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse";
import { csvCell, csvRow, toCsvStream, type CsvCell } from "@/lib/csv/write";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

describe("csvRow / csvCell", () => {
  it("quotes only cells that need it and doubles quotes", () => {
    expect(csvRow(["a", "b c", 'say "hi"', "x,y", "line\nbreak"])).toBe('a,b c,"say ""hi""","x,y","line\nbreak"\r\n');
  });

  it("quotes for the delimiter in use", () => {
    expect(csvRow(["x,y", "a;b"], { delimiter: ";" })).toBe('x,y;"a;b"\r\n');
  });

  it("neutralises formula injection in text cells", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("safe=text")).toBe("safe=text");
  });

  it("writes numbers as numbers, never prefixed, with an optional decimal comma", () => {
    expect(csvRow([-12.5, 0, 3])).toBe("-12.5,0,3\r\n");
    expect(csvRow([1234.5, "x"], { delimiter: ";", decimalMark: "," })).toBe("1234,5;x\r\n");
    // A decimal comma in a comma-delimited file must be quoted.
    expect(csvRow([1.5], { decimalMark: "," })).toBe('"1,5"\r\n');
  });

  it("writes empty cells for null, undefined and non-finite numbers; ISO for dates", () => {
    const cells: CsvCell[] = [null, undefined, Number.NaN, Infinity, true, 10n, new Date("2025-03-01T12:00:00Z")];
    expect(csvRow(cells, { eol: "\n" })).toBe(",,,,true,10,2025-03-01T12:00:00.000Z\n");
  });

  it("can be read back by parseCsv", () => {
    const rows = [["Nom", "Note"], ["Marie-Ève", 'Elle a dit « oui », puis "non"'], ["=1+1", "x"]];
    const text = rows.map((r) => csvRow(r, { delimiter: ";" })).join("");
    expect(parseCsv(text).records.map((r) => r.fields)).toEqual([
      ["Nom", "Note"],
      ["Marie-Ève", 'Elle a dit « oui », puis "non"'],
      ["'=1+1", "x"],
    ]);
  });
});

describe("toCsvStream", () => {
  it("streams a header and rows as UTF-8 with a BOM", async () => {
    const bytes = await readAll(
      toCsvStream([["Montréal", 1.5], ["Québec", 2]], { header: ["ville", "valeur"] }),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe("ville,valeur\r\nMontréal,1.5\r\nQuébec,2\r\n");
  });

  it("can leave out the BOM and handles an empty source", async () => {
    expect(new TextDecoder().decode(await readAll(toCsvStream([], { bom: false })))).toBe("");
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await readAll(toCsvStream([])))).toBe("\ufeff");
  });

  it("pulls rows lazily: the first chunk arrives long before the source is exhausted", async () => {
    let produced = 0;
    const total = 100_000;
    async function* source(): AsyncGenerator<CsvCell[]> {
      for (let i = 0; i < total; i += 1) {
        produced += 1;
        yield [i, `row ${i}`];
      }
    }
    const reader = toCsvStream(source(), { chunkBytes: 1024 }).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value?.length).toBeGreaterThan(0);
    // One chunk handed out plus at most one chunk of read-ahead (~1 KiB each, ~10 bytes per row).
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(500);
    await reader.cancel();
  });

  it("closes the source when the consumer cancels", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<CsvCell[]> {
      try {
        for (let i = 0; ; i += 1) yield [i];
      } finally {
        closed = true;
      }
    }
    const reader = toCsvStream(source(), { chunkBytes: 64 }).getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("errors the stream when the source throws", async () => {
    async function* source(): AsyncGenerator<CsvCell[]> {
      yield ["ok"];
      throw new Error("database went away");
    }
    await expect(readAll(toCsvStream(source(), { chunkBytes: 1 << 20 }))).rejects.toThrow("database went away");
  });

  it("output streamed in many small chunks equals csvRow concatenation", async () => {
    const rows: CsvCell[][] = Array.from({ length: 300 }, (_, i) => [i, `é${i}`, i % 7 === 0 ? "=x" : "y,z"]);
    const text = new TextDecoder().decode(await readAll(toCsvStream(rows, { chunkBytes: 50, bom: false })));
    expect(text).toBe(rows.map((r) => csvRow(r)).join(""));
  });
});
