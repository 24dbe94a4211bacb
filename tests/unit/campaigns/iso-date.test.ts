import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, toIsoDate } from "@/lib/campaigns/iso-date";
import { decideSlashOrder, parseImportDate } from "@/lib/campaigns/import-dates";

describe("ISO calendar dates", () => {
  it("validates real dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate("2025-01-01T00:00:00Z")).toBe(false);
  });

  it("adds days and counts days across month, year and DST boundaries", () => {
    expect(addDays("2025-02-27", 2)).toBe("2025-03-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(daysBetween("2025-03-08", "2025-03-10")).toBe(2);
    expect(daysBetween("2025-03-21", "2025-03-01")).toBe(-20);
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2025-02-01", 0.5)).toThrow(RangeError);
  });

  it("converts a Date to its UTC calendar day", () => {
    expect(toIsoDate(new Date("2025-03-14T23:30:00Z"))).toBe("2025-03-14");
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("spreadsheet dates", () => {
  it("reads ISO dates, with or without a time", () => {
    expect(parseImportDate("2025-03-14", "dmy")).toEqual({ ok: true, date: "2025-03-14" });
    expect(parseImportDate("2025/3/4", "mdy")).toEqual({ ok: true, date: "2025-03-04" });
    expect(parseImportDate("2025-03-14 00:00:00", "dmy")).toEqual({ ok: true, date: "2025-03-14" });
    expect(parseImportDate("2025-03-14T10:00:00Z", "dmy")).toEqual({ ok: true, date: "2025-03-14" });
  });

  it("reads year-last dates in the decided order", () => {
    expect(parseImportDate("04/03/2025", "dmy")).toEqual({ ok: true, date: "2025-03-04" });
    expect(parseImportDate("04/03/2025", "mdy")).toEqual({ ok: true, date: "2025-04-03" });
    expect(parseImportDate("14.03.2025", "dmy")).toEqual({ ok: true, date: "2025-03-14" });
    expect(parseImportDate("14/03/2025", "mdy")).toEqual({ ok: false, reason: "invalid" });
    expect(parseImportDate("31/02/2025", "dmy")).toEqual({ ok: false, reason: "invalid" });
    expect(parseImportDate("yesterday", "dmy")).toEqual({ ok: false, reason: "invalid" });
  });

  it("decides the order from the whole file", () => {
    expect(decideSlashOrder(["01/03/2025", "14/03/2025"], "mdy")).toBe("dmy");
    expect(decideSlashOrder(["03/01/2025", "03/14/2025"], "dmy")).toBe("mdy");
    expect(decideSlashOrder(["03/01/2025", "2025-03-14"], "mdy")).toBe("mdy");
    expect(decideSlashOrder(["14/03/2025", "03/14/2025"], "dmy")).toBe("conflict");
  });

  it("in a conflicting file, accepts only unambiguous cells", () => {
    expect(parseImportDate("14/03/2025", "conflict")).toEqual({ ok: true, date: "2025-03-14" });
    expect(parseImportDate("03/03/2025", "conflict")).toEqual({ ok: true, date: "2025-03-03" });
    expect(parseImportDate("04/03/2025", "conflict")).toEqual({ ok: false, reason: "ambiguous" });
  });
});
