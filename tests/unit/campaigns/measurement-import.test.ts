import { describe, expect, it } from "vitest";
import { parseMeasurementsCsv, type ImportKpi } from "@/lib/campaigns/measurement-import";

const kpis: ImportKpi[] = [
  { id: "k-don", name: "Montant des dons", metric: "donations_amount", unit: "currency_cad", code: "dons" },
  { id: "k-donors", name: "Donatrices et donateurs", metric: "donors", unit: "count" },
  { id: "k-reach-1", name: "Portée Facebook", metric: "reach", unit: "count" },
  { id: "k-reach-2", name: "Portée Instagram", metric: "reach", unit: "count" },
  { id: "k-open", name: "Taux d'ouverture", metric: "other", unit: "percent" },
];
const campaign = { startDate: "2025-03-01", endDate: "2025-03-21" };

function reasonKeys(result: ReturnType<typeof parseMeasurementsCsv>, line: number): string[] {
  return (result.rejected.find((r) => r.line === line)?.reasons ?? []).map((r) => r.key.replace("campaigns.import.reasons.", ""));
}

describe("parseMeasurementsCsv", () => {
  it("imports a French Excel file: BOM, semicolons, decimal commas, French headers, CRLF", () => {
    const text =
      "\ufeffDate;Indicateur;Valeur;Note\r\n" +
      "2025-03-01;Montant des dons;1 150,00;Courriel de lancement\r\n" +
      "02/03/2025;dons;1 980,5;\r\n" +
      "2025-03-02;Donatrices et donateurs;25;\r\n";
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.fileErrors).toEqual([]);
    expect(result.delimiter).toBe(";");
    expect(result.rejected).toEqual([]);
    expect(result.rowCount).toBe(3);
    expect(result.accepted).toEqual([
      { line: 2, kpiId: "k-don", date: "2025-03-01", value: 1150, note: "Courriel de lancement" },
      { line: 3, kpiId: "k-don", date: "2025-03-02", value: 1980.5, note: null },
      { line: 4, kpiId: "k-donors", date: "2025-03-02", value: 25, note: null },
    ]);
  });

  it("imports an English file with columns in another order and KPI given by metric code", () => {
    const text = 'Value,KPI,Comment,Date\n"1,234.5",donations_amount,"first, big day",2025-03-03\n40,donors,,2025-03-03\n';
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((a) => [a.kpiId, a.value, a.note])).toEqual([
      ["k-don", 1234.5, "first, big day"],
      ["k-donors", 40, null],
    ]);
  });

  it("matches KPI names ignoring case and accents, and by id", () => {
    const text = "date,kpi,value\n2025-03-04,DONATRICES ET DONATEURS,3\n2025-03-05,k-reach-2,300\n2025-03-05,portee facebook,200\n";
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.accepted.map((a) => a.kpiId)).toEqual(["k-donors", "k-reach-2", "k-reach-1"]);
  });

  it("ignores hints in parentheses in headers but not in KPI names", () => {
    const twins: ImportKpi[] = [
      { id: "fb", name: "Portée (Facebook)", metric: "reach", unit: "count" },
      { id: "ig", name: "Portée (Instagram)", metric: "reach", unit: "count" },
    ];
    const text = "Date (AAAA-MM-JJ);Indicateur;Valeur (nombre)\n2025-03-05;Portée (Instagram);10\n2025-03-05;portee facebook;12\n";
    const result = parseMeasurementsCsv({ text, kpis: twins, ...campaign });
    expect(result.fileErrors).toEqual([]);
    expect(result.accepted.map((a) => a.kpiId)).toEqual(["ig", "fb"]);
  });

  it("reports every problem of a row, with the line and the raw text", () => {
    const text = [
      "date;indicateur;valeur;note",
      "2025-02-30;Montant des dons;100;", // 2: bad date
      "2025-03-03;Abonnés TikTok;100;", // 3: unknown KPI
      "2025-03-03;Montant des dons;-5;", // 4: negative
      "2025-03-03;Donatrices et donateurs;beaucoup;", // 5: not a number
      "2025-04-15;Montant des dons;100;", // 6: outside campaign
      ";;;", // blank: skipped
      "hier;reach;;", // 8: bad date + ambiguous KPI (two reach KPIs) + missing value
      "2025-03-04;Taux d'ouverture;120;", // 9: percent above 100
      ";Montant des dons;10;", // 10: missing date
    ].join("\n");
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 8, 9, 10]);
    expect(reasonKeys(result, 2)).toEqual(["dateInvalid"]);
    expect(reasonKeys(result, 3)).toEqual(["kpiUnknown"]);
    expect(reasonKeys(result, 4)).toEqual(["valueNegative"]);
    expect(reasonKeys(result, 5)).toEqual(["valueInvalid"]);
    expect(reasonKeys(result, 6)).toEqual(["dateOutsideCampaign"]);
    expect(reasonKeys(result, 8)).toEqual(["dateInvalid", "kpiAmbiguous", "valueMissing"]);
    expect(reasonKeys(result, 9)).toEqual(["percentAbove100"]);
    expect(reasonKeys(result, 10)).toEqual(["dateMissing"]);
    const line3 = result.rejected.find((r) => r.line === 3);
    expect(line3?.raw).toBe("2025-03-03;Abonnés TikTok;100;");
    expect(line3?.reasons[0]).toEqual({ key: "campaigns.import.reasons.kpiUnknown", params: { value: "Abonnés TikTok" } });
    expect(result.rejected.find((r) => r.line === 6)?.reasons[0]?.params).toEqual({
      date: "2025-04-15",
      start: "2025-03-01",
      end: "2025-03-21",
    });
  });

  it("rejects measurements dated after today when today is given", () => {
    const text = "date,kpi,value\n2025-03-10,donors,5\n2025-03-11,donors,6\n";
    const result = parseMeasurementsCsv({ text, kpis, ...campaign, today: "2025-03-10" });
    expect(result.accepted.map((a) => a.line)).toEqual([2]);
    expect(reasonKeys(result, 3)).toEqual(["dateInFuture"]);
  });

  it("accepts one of identical duplicates and rejects conflicting ones entirely", () => {
    const text = [
      "date,kpi,value,note",
      "2025-03-05,donors,40,", // 2
      "2025-03-05,Donatrices et donateurs,40,", // 3: same KPI and date, same value → repeat
      "2025-03-06,dons,500,", // 4
      "2025-03-06,Montant des dons,550,", // 5: same KPI and date, different value → conflict
      "2025-03-07,dons,600,", // 6
    ].join("\n");
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.accepted.map((a) => a.line)).toEqual([2, 6]);
    expect(result.rejected.map((r) => [r.line, r.reasons])).toEqual([
      [3, [{ key: "campaigns.import.reasons.duplicateRepeated", params: { firstLine: 2 } }]],
      [4, [{ key: "campaigns.import.reasons.duplicateConflict", params: { kpi: "Montant des dons", date: "2025-03-06", lines: "4, 5" } }]],
      [5, [{ key: "campaigns.import.reasons.duplicateConflict", params: { kpi: "Montant des dons", date: "2025-03-06", lines: "4, 5" } }]],
    ]);
  });

  it("catches an unquoted decimal comma that split a value into two cells", () => {
    const text = "date,kpi,value,note\n2025-03-05,dons,1,5,\n";
    const result = parseMeasurementsCsv({ text, kpis, ...campaign });
    expect(result.accepted).toEqual([]);
    expect(reasonKeys(result, 2)).toEqual(["tooManyFields"]);
    expect(result.rejected[0]?.reasons[0]?.params).toEqual({ expected: 4, found: 5 });
  });

  it("tolerates the trailing empty columns Excel adds to every row, header included", () => {
    const text = "date;kpi;valeur;;\n2025-03-05;dons;10;;\n2025-03-06;dons;11\n";
    expect(parseMeasurementsCsv({ text, kpis, ...campaign }).accepted).toHaveLength(2);
  });

  it("decides day-first or month-first from the whole file", () => {
    const monthFirst = "date,kpi,value\n03/05/2025,donors,1\n03/14/2025,donors,2\n";
    expect(parseMeasurementsCsv({ text: monthFirst, kpis, ...campaign }).accepted.map((a) => a.date)).toEqual([
      "2025-03-05",
      "2025-03-14",
    ]);
    const undecided = "date,kpi,value\n03/05/2025,donors,1\n";
    expect(parseMeasurementsCsv({ text: undecided, kpis }).accepted[0]?.date).toBe("2025-05-03");
    expect(parseMeasurementsCsv({ text: undecided, kpis, slashDateOrder: "mdy" }).accepted[0]?.date).toBe("2025-03-05");
    const mixed = "date,kpi,value\n14/03/2025,donors,1\n03/15/2025,donors,2\n03/04/2025,donors,3\n";
    const result = parseMeasurementsCsv({ text: mixed, kpis, ...campaign });
    expect(result.accepted.map((a) => a.date)).toEqual(["2025-03-14", "2025-03-15"]);
    expect(reasonKeys(result, 4)).toEqual(["dateAmbiguous"]);
  });

  it("reads a header-less file positionally when the first cell is a date", () => {
    const result = parseMeasurementsCsv({ text: "2025-03-05;dons;12,5;ok\n2025-03-06;dons;13;\n", kpis, ...campaign });
    expect(result.accepted.map((a) => [a.line, a.value, a.note])).toEqual([
      [1, 12.5, "ok"],
      [2, 13, null],
    ]);
  });

  it("reports an unterminated quote on the row where it starts", () => {
    const result = parseMeasurementsCsv({ text: 'date,kpi,value,note\n2025-03-05,dons,10,"oops\n', kpis, ...campaign });
    expect(reasonKeys(result, 2)).toEqual(["unterminatedQuote"]);
  });

  it("reports file-level errors", () => {
    const keys = (text: string, maxRows?: number) =>
      parseMeasurementsCsv({ text, kpis, ...(maxRows ? { maxRows } : {}) }).fileErrors.map((e) => e.key);
    expect(keys("")).toEqual(["campaigns.import.fileErrors.empty"]);
    expect(keys("\ufeff\n;;\n")).toEqual(["campaigns.import.fileErrors.empty"]);
    expect(keys("date,kpi,value\n")).toEqual(["campaigns.import.fileErrors.noDataRows"]);
    expect(keys("jour,valeur\n2025-03-01,3\n")).toEqual(["campaigns.import.fileErrors.missingKpiColumn"]);
    expect(keys("foo,bar\n1,2\n")).toEqual([
      "campaigns.import.fileErrors.missingDateColumn",
      "campaigns.import.fileErrors.missingKpiColumn",
      "campaigns.import.fileErrors.missingValueColumn",
    ]);
    const big = parseMeasurementsCsv({ text: "date,kpi,value\n" + "2025-03-01,dons,1\n".repeat(5), kpis, maxRows: 4 });
    expect(big.fileErrors).toEqual([{ key: "campaigns.import.fileErrors.tooManyRows", params: { max: 4, count: 5 } }]);
    expect(big.accepted).toEqual([]);
  });

  it("reports on every one of 10,000 rows", () => {
    const lines = ["date;indicateur;valeur"];
    for (let i = 0; i < 10_000; i += 1) {
      const day = String(1 + (i % 21)).padStart(2, "0");
      lines.push(`2025-03-${day};${kpis[i % 5]?.name};${i % 97},5`);
    }
    const result = parseMeasurementsCsv({ text: lines.join("\r\n"), kpis, ...campaign });
    expect(result.rowCount).toBe(10_000);
    // Only 105 distinct (KPI, date) pairs exist, so almost every row is a duplicate.
    expect(result.accepted.length + result.rejected.length).toBe(10_000);
  });
});
