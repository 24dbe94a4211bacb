import { describe, expect, it } from "vitest";
import { parseLocaleNumber } from "@/lib/csv/number";

describe("parseLocaleNumber", () => {
  it.each([
    ["1234", 1234],
    ["1234.5", 1234.5],
    ["1234,5", 1234.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234\u202f567,25", 1234567.25],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["1'234.5", 1234.5],
    [",5", 0.5],
    ["5.", 5],
    ["  42  ", 42],
    ["-3,5", -3.5],
    ["\u22123", -3],
    ["+7", 7],
    ["1 250,50 $", 1250.5],
    ["$1,250.50", 1250.5],
    ["12,5 %", 12.5],
    ["0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(parseLocaleNumber(text)).toBeCloseTo(expected, 10);
  });

  it("reads a single comma as a decimal comma (French Excel), not a thousands separator", () => {
    expect(parseLocaleNumber("1,234")).toBe(1.234);
  });

  it.each(["", " ", "abc", "1e5", "12 34", "12,34,567", "1.2.3,4,5", "1,2,3.4.5", "--1", "1-2", "-", "$", "1 2345"])(
    "rejects %j",
    (text) => {
      expect(parseLocaleNumber(text)).toBeNull();
    },
  );
});
