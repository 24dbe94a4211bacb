import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildCalendar,
  escapeText,
  foldLine,
  formatUtcDateTime,
  occurrenceToCalendarEvent,
  sessionEventUid,
  type CalendarEvent,
} from "@/lib/scheduling/icalendar";
import { weeklyOccurrences } from "@/lib/scheduling/weekly-occurrences";

// --- A tiny RFC 5545 reader, written independently of the writer: unfold, split, unescape. ---
interface Property {
  name: string;
  params: string;
  value: string;
}

function unfold(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  // Every line break must be CRLF: no bare LF or CR anywhere.
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .slice(0, -1);
}

function parseLine(line: string): Property {
  const colon = line.indexOf(":");
  const head = line.slice(0, colon);
  const semicolon = head.indexOf(";");
  return {
    name: semicolon === -1 ? head : head.slice(0, semicolon),
    params: semicolon === -1 ? "" : head.slice(semicolon + 1),
    value: line.slice(colon + 1),
  };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

function parseCalendar(text: string): { calendar: Map<string, string>; events: Map<string, string>[] } {
  const calendar = new Map<string, string>();
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const property of unfold(text).map(parseLine)) {
    if (property.name === "BEGIN" && property.value === "VEVENT") current = new Map();
    else if (property.name === "END" && property.value === "VEVENT" && current) {
      events.push(current);
      current = null;
    } else (current ?? calendar).set(property.name, property.value);
  }
  return { calendar, events };
}

const octets = (text: string) => Buffer.byteLength(text, "utf8");

const baseEvent: CalendarEvent = {
  uid: "session-p1-2026-03-10@tandem.example",
  start: new Date("2026-03-10T15:00:00.000Z"),
  end: new Date("2026-03-10T16:00:00.000Z"),
  summary: "Tandem session",
  status: "CONFIRMED",
  sequence: 0,
  lastModified: new Date("2026-03-01T12:34:56.789Z"),
};
const generatedAt = new Date("2026-03-02T08:00:00Z");

describe("buildCalendar", () => {
  it("writes the exact expected document", () => {
    const text = buildCalendar({
      name: "Tandem",
      generatedAt,
      events: [{ ...baseEvent, location: "Zoom", url: "https://meet.example/abc?x=1,2" }],
    });
    expect(text).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tandem//Tandem sessions 1.0//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Tandem",
        "NAME:Tandem",
        "BEGIN:VEVENT",
        "UID:session-p1-2026-03-10@tandem.example",
        "DTSTAMP:20260302T080000Z",
        "DTSTART:20260310T150000Z",
        "DTEND:20260310T160000Z",
        "SUMMARY:Tandem session",
        "LOCATION:Zoom",
        "URL:https://meet.example/abc?x=1,2",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LAST-MODIFIED:20260301T123456Z",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });

  it("escapes TEXT values and parses back to the original strings", () => {
    const description = "Ordre du jour : stratégie; budget, calendrier\nNotes: C:\\dossier\r\nFin";
    const text = buildCalendar({
      name: "Rencontres, Tandem; équipe",
      generatedAt,
      events: [{ ...baseEvent, summary: "Tandem — Centre de ressources, mères", description }],
    });
    expect(text).toContain("X-WR-CALNAME:Rencontres\\, Tandem\\; équipe\r\n");
    const { calendar, events } = parseCalendar(text);
    expect(unescapeText(calendar.get("X-WR-CALNAME") ?? "")).toBe("Rencontres, Tandem; équipe");
    expect(unescapeText(events[0]?.get("DESCRIPTION") ?? "")).toBe(description.replace("\r\n", "\n"));
    expect(unescapeText(events[0]?.get("SUMMARY") ?? "")).toBe("Tandem — Centre de ressources, mères");
  });

  it("publishes cancellations with a bumped sequence and all times in UTC", () => {
    const text = buildCalendar({
      name: "Tandem",
      generatedAt,
      events: [
        { ...baseEvent },
        { ...baseEvent, uid: "session-p1-2026-03-17@tandem.example", status: "CANCELLED", sequence: 2 },
      ],
      refreshIntervalMinutes: 60,
    });
    const { calendar, events } = parseCalendar(text);
    expect(calendar.get("METHOD")).toBe("PUBLISH");
    expect(calendar.get("REFRESH-INTERVAL")).toBe("PT60M");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n");
    expect(events).toHaveLength(2);
    expect(events[1]?.get("STATUS")).toBe("CANCELLED");
    expect(events[1]?.get("SEQUENCE")).toBe("2");
    for (const event of events) {
      for (const name of ["DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"]) {
        expect(event.get(name)).toMatch(/^\d{8}T\d{6}Z$/);
      }
    }
  });

  it("turns a weekly series with exceptions into a feed", () => {
    const occurrences = weeklyOccurrences({
      weekday: 2,
      localTime: "10:00",
      timeZone: "America/Montreal",
      startDate: "2026-03-03",
      weeks: 3,
      durationMinutes: 60,
      exceptions: [{ index: 1, action: "cancel" }],
    });
    const events = occurrences.map((occurrence) =>
      occurrenceToCalendarEvent(occurrence, {
        uid: sessionEventUid({ pairingId: "p1", originalDate: occurrence.originalDate, domain: "tandem.example" }),
        summary: "Tandem session",
        sequence: occurrence.status === "scheduled" ? 0 : 1,
        lastModified: generatedAt,
      }),
    );
    const parsed = parseCalendar(buildCalendar({ name: "Tandem", generatedAt, events })).events;
    expect(parsed.map((event) => [event.get("UID"), event.get("DTSTART"), event.get("STATUS")])).toEqual([
      ["session-p1-2026-03-03@tandem.example", "20260303T150000Z", "CONFIRMED"],
      ["session-p1-2026-03-10@tandem.example", "20260310T140000Z", "CANCELLED"],
      ["session-p1-2026-03-17@tandem.example", "20260317T140000Z", "CONFIRMED"],
    ]);
  });

  it("rejects invalid events with message keys", () => {
    const build = (event: Partial<CalendarEvent>) => () =>
      buildCalendar({ name: "x", generatedAt, events: [{ ...baseEvent, ...event }] });
    expect(build({ end: new Date("2026-03-10T14:00:00Z") })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.endBeforeStart" }),
    );
    expect(build({ sequence: -1 })).toThrow(expect.objectContaining({ key: "scheduling.errors.invalidSequence" }));
    expect(build({ url: "https://x.example/a b" })).toThrow(expect.objectContaining({ key: "scheduling.errors.invalidUrl" }));
    expect(build({ url: "https://x.example/\r\nX-EVIL:1" })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidUrl" }),
    );
  });
});

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });

  it("drops control characters that TEXT does not allow, keeps tabs", () => {
    expect(escapeText("a\u0000b\u0007c\td\u007F")).toBe("abc\td");
  });

  it("replaces a lone UTF-16 surrogate, which UTF-8 cannot encode", () => {
    expect(escapeText("a\uD83Db")).toBe("a\uFFFDb");
    expect(escapeText("\uD83D\uDE00")).toBe("\uD83D\uDE00");
  });

  it("cannot be used to inject a property", () => {
    expect(escapeText("x\r\nATTENDEE:mailto:evil@example.com")).not.toMatch(/[\r\n]/);
  });
});

describe("foldLine", () => {
  it("folds ASCII at exactly 75 octets, continuation lines at 74 plus a space", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const physical = foldLine(line).split("\r\n");
    // 212 characters = 75 + (1 space + 74) + (1 space + 63).
    expect(physical.map((part) => part.length)).toEqual([75, 75, 64]);
    expect(physical.slice(1).every((part) => part.startsWith(" "))).toBe(true);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("SUMMARY:Hello")).toBe("SUMMARY:Hello");
    const exactly75 = `SUMMARY:${"y".repeat(67)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
  });

  it("never splits a multibyte character", () => {
    // 74 ASCII octets then "é" (2 octets): the é would straddle octet 75, so it moves down.
    const line = `${"a".repeat(74)}é${"b".repeat(10)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical[0]).toBe("a".repeat(74));
    expect(physical[1]).toBe(` é${"b".repeat(10)}`);
  });

  it("keeps every physical line within 75 octets and round-trips, for any Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 20, maxLength: 300, size: "max" }), (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const part of folded.split("\r\n")) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          // No lone surrogate: the split happened between code points.
          expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
        }
        expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${text}`);
      }),
      { numRuns: 200, seed: 5545 },
    );
  });

  it("round-trips escaped multilingual text through build and parse", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 20, maxLength: 200, size: "max" }), (summary) => {
        const text = buildCalendar({ name: "T", generatedAt, events: [{ ...baseEvent, summary }] });
        const parsed = unescapeText(parseCalendar(text).events[0]?.get("SUMMARY") ?? "");
        const expected = summary.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").replace(/\r\n|\r/g, "\n");
        expect(parsed).toBe(expected);
      }),
      { numRuns: 200, seed: 2445 },
    );
  });
});

describe("formatUtcDateTime", () => {
  it("writes basic ISO 8601 in UTC, dropping milliseconds", () => {
    expect(formatUtcDateTime(new Date("2026-11-01T05:30:59.999Z"))).toBe("20261101T053059Z");
  });
});
