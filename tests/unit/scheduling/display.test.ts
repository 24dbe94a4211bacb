import { describe, expect, it } from "vitest";
import {
  describeInstant,
  describeRange,
  describeZoneDifference,
  formatOffset,
  offsetDifferenceMinutes,
  toIntlLocale,
} from "@/lib/scheduling/display";

// Intl output differs slightly between ICU versions (regular vs narrow no-break spaces), so
// texts are matched with \s where a space may vary.
const session = new Date("2026-03-10T15:00:00Z");

describe("describeInstant", () => {
  it("shows the same session at each person's own local time and language", () => {
    const charity = describeInstant({ instant: session, timeZone: "America/Montreal", locale: "fr" });
    const volunteer = describeInstant({ instant: session, timeZone: "America/Winnipeg", locale: "en" });

    expect(charity.locale).toBe("fr-CA");
    expect(charity.localDate).toBe("2026-03-10");
    expect(charity.localTime).toBe("11:00");
    expect(charity.weekday).toBe("mardi");
    expect(charity.date).toMatch(/^mardi\s10\smars\s2026$/u);
    expect(charity.time).toMatch(/^11\sh\s00$/u);
    expect(charity.timeZoneShortName).toBe("HAE");
    expect(charity.offsetMinutes).toBe(-240);
    expect(charity.offsetLabel).toBe("UTC\u221204:00");

    expect(volunteer.locale).toBe("en-CA");
    expect(volunteer.localTime).toBe("10:00");
    expect(volunteer.weekday).toBe("Tuesday");
    expect(volunteer.time).toMatch(/^10:00\sa\.m\.$/u);
    expect(volunteer.timeZoneShortName).toBe("CDT");
    expect(volunteer.offsetMinutes).toBe(-300);
  });

  it("shows a different local date when the zones straddle midnight", () => {
    const late = new Date("2026-06-02T04:30:00Z");
    expect(describeInstant({ instant: late, timeZone: "America/Vancouver", locale: "en" }).localDate).toBe(
      "2026-06-01",
    );
    expect(describeInstant({ instant: late, timeZone: "Europe/Paris", locale: "fr" }).localDate).toBe("2026-06-02");
  });

  it("follows standard time in winter", () => {
    const winter = describeInstant({ instant: new Date("2026-01-10T15:00:00Z"), timeZone: "America/Winnipeg", locale: "fr-CA" });
    expect(winter.localTime).toBe("09:00");
    expect(winter.timeZoneShortName).toBe("HNC");
    expect(winter.offsetMinutes).toBe(-360);
  });

  it("rejects an unknown zone with a message key", () => {
    expect(() => describeInstant({ instant: session, timeZone: "Canada/Nowhere", locale: "en" })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidTimeZone" }),
    );
  });
});

describe("describeRange", () => {
  it("formats start and end together in the viewer's zone", () => {
    const end = new Date("2026-03-10T16:00:00Z");
    expect(describeRange({ start: session, end, timeZone: "America/Montreal", locale: "fr" })).toMatch(
      /^10\smars\s2026,?\s11\sh\s00\s?–\s?12\sh\s00$/u,
    );
    expect(describeRange({ start: session, end, timeZone: "America/Winnipeg", locale: "en" })).toMatch(
      /^Mar\.?\s10,\s2026,\s10:00\s?–\s?11:00\sa\.m\.$/u,
    );
  });
});

describe("offsets", () => {
  it("labels offsets with a true minus sign and half hours", () => {
    expect(formatOffset(0)).toBe("UTC");
    expect(formatOffset(330)).toBe("UTC+05:30");
    expect(formatOffset(-210)).toBe("UTC\u221203:30");
  });

  it("gives Winnipeg one hour behind Montreal most of the year", () => {
    expect(offsetDifferenceMinutes({ instant: session, from: "America/Montreal", to: "America/Winnipeg" })).toBe(-60);
    expect(offsetDifferenceMinutes({ instant: session, from: "America/Winnipeg", to: "America/Montreal" })).toBe(60);
  });

  it("accounts for the hour when only one of the two zones has changed", () => {
    // March 8 2026: Montreal springs forward at 07:00Z, Winnipeg at 08:00Z.
    expect(
      offsetDifferenceMinutes({ instant: new Date("2026-03-08T07:30:00Z"), from: "America/Montreal", to: "America/Winnipeg" }),
    ).toBe(-120);
    // November 1 2026: Montreal falls back at 06:00Z, Winnipeg at 07:00Z.
    expect(
      offsetDifferenceMinutes({ instant: new Date("2026-11-01T06:30:00Z"), from: "America/Montreal", to: "America/Winnipeg" }),
    ).toBe(0);
    // Between 8 and 29 March 2026, Paris is five hours ahead of Montreal instead of six.
    expect(
      offsetDifferenceMinutes({ instant: new Date("2026-03-20T12:00:00Z"), from: "America/Montreal", to: "Europe/Paris" }),
    ).toBe(300);
    expect(
      offsetDifferenceMinutes({ instant: new Date("2026-04-20T12:00:00Z"), from: "America/Montreal", to: "Europe/Paris" }),
    ).toBe(360);
  });

  it("describes the difference as a message key with params", () => {
    expect(describeZoneDifference({ instant: session, viewerTimeZone: "America/Winnipeg", otherTimeZone: "America/Montreal" })).toEqual({
      key: "scheduling.display.zoneDifference.ahead",
      params: { hours: 1 },
      differenceMinutes: 60,
    });
    expect(describeZoneDifference({ instant: session, viewerTimeZone: "America/St_Johns", otherTimeZone: "America/Winnipeg" })).toEqual({
      key: "scheduling.display.zoneDifference.behindWithMinutes",
      params: { hours: 2, minutes: 30 },
      differenceMinutes: -150,
    });
    expect(
      describeZoneDifference({ instant: session, viewerTimeZone: "America/Toronto", otherTimeZone: "America/Montreal" }).key,
    ).toBe("scheduling.display.zoneDifference.same");
  });

  it("maps Tandem languages to Canadian locales", () => {
    expect(toIntlLocale("fr")).toBe("fr-CA");
    expect(toIntlLocale("en")).toBe("en-CA");
    expect(toIntlLocale("fr-FR")).toBe("fr-FR");
  });
});
