import { SchedulingInputError } from "./errors";
import { assertInstant } from "./time-zone";
import type { Occurrence } from "./weekly-occurrences";

/**
 * A hand-written iCalendar (RFC 5545) writer for session feeds and invites. Every time is written
 * in UTC ("Z" form), so no VTIMEZONE blocks are needed and every client shows the right local
 * time. One VEVENT per occurrence (no RRULE): exceptions, reschedules and cancellations then need
 * nothing more than STATUS and SEQUENCE, which every client understands.
 */

export type CalendarEventStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export interface CalendarEvent {
  /** Globally unique and stable for the life of the session (see `sessionEventUid`). */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: CalendarEventStatus;
  /** Revision number; increase it every time the event changes so clients replace their copy. */
  sequence: number;
  lastModified: Date;
}

export interface CalendarOptions {
  /** Shown by clients as the calendar's name (X-WR-CALNAME and RFC 7986 NAME). */
  name: string;
  events: readonly CalendarEvent[];
  /** When this calendar was produced; written as every event's DTSTAMP. Passed in to stay pure. */
  generatedAt: Date;
  /** Defaults to DEFAULT_PRODID. */
  prodId?: string;
  /** For subscribed feeds: how often clients should poll (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
  refreshIntervalMinutes?: number;
}

export const DEFAULT_PRODID = "-//Tandem//Tandem sessions 1.0//EN";
const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

export function buildCalendar(options: CalendarOptions): string {
  assertInstant(options.generatedAt);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(options.prodId ?? DEFAULT_PRODID)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `NAME:${escapeText(options.name)}`,
  ];
  if (options.refreshIntervalMinutes !== undefined) {
    const minutes = options.refreshIntervalMinutes;
    if (!Number.isInteger(minutes) || minutes <= 0) {
      throw new SchedulingInputError("scheduling.errors.invalidDuration", { value: String(minutes) });
    }
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${minutes}M`, `X-PUBLISHED-TTL:PT${minutes}M`);
  }
  const stamp = formatUtcDateTime(options.generatedAt);
  for (const event of options.events) lines.push(...eventLines(event, stamp));
  lines.push("END:VCALENDAR");
  // Every content line, including the last, ends with CRLF (RFC 5545 §3.1).
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  assertInstant(event.start);
  assertInstant(event.end);
  assertInstant(event.lastModified);
  if (event.end.getTime() < event.start.getTime()) {
    throw new SchedulingInputError("scheduling.errors.endBeforeStart", { uid: event.uid });
  }
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new SchedulingInputError("scheduling.errors.invalidSequence", { value: String(event.sequence) });
  }
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtcDateTime(event.start)}`,
    `DTEND:${formatUtcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${checkedUri(event.url)}`);
  lines.push(
    `STATUS:${event.status}`,
    `SEQUENCE:${event.sequence}`,
    `LAST-MODIFIED:${formatUtcDateTime(event.lastModified)}`,
    "END:VEVENT",
  );
  return lines;
}

/** "20260310T150000Z" (seconds precision; milliseconds are dropped). */
export function formatUtcDateTime(instant: Date): string {
  assertInstant(instant);
  return instant.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

// C0 controls other than TAB/LF/CR, and DEL, are not allowed in TEXT values (RFC 5545 §3.3.11).
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A lone UTF-16 surrogate cannot be encoded as UTF-8; make it a visible replacement character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(FORBIDDEN_CONTROLS, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function checkedUri(value: string): string {
  // URI values are not TEXT-escaped, so a control character or space would corrupt the line.
  if (value.length === 0 || /[\u0000-\u0020\u007F]/.test(value) || value.replace(LONE_SURROGATE, "") !== value) {
    throw new SchedulingInputError("scheduling.errors.invalidUrl", { value });
  }
  return value;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets of UTF-8, continuation lines
 * starting with one space (which counts towards the 75). Splits happen only between code points,
 * so a multibyte character is never cut in half.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let currentOctets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0) ?? 0);
    if (currentOctets + octets > limit) {
      pieces.push(current);
      current = "";
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1; // room for the leading space
    }
    current += char;
    currentOctets += octets;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * A UID for one occurrence of a pairing's weekly slot. It is keyed by the occurrence's original
 * local date, so it survives reschedules and cancellations (clients then update the same event).
 */
export function sessionEventUid(options: { pairingId: string; originalDate: string; domain: string }): string {
  return `session-${options.pairingId}-${options.originalDate}@${options.domain}`;
}

/** Maps an occurrence to an event; texts (summary, description…) come from the caller, already translated. */
export function occurrenceToCalendarEvent(
  occurrence: Pick<Occurrence, "startsAt" | "endsAt" | "status">,
  details: Omit<CalendarEvent, "start" | "end" | "status">,
): CalendarEvent {
  return {
    ...details,
    start: occurrence.startsAt,
    end: occurrence.endsAt,
    status: occurrence.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
  };
}
