// A strict structural check of an iCalendar (RFC 5545) document, written apart
// from the writer in lib/scheduling: what a calendar program needs to import a
// feed. Throws with the first problem found; returns the parsed events.
const DATE_TIME_UTC = /^\d{8}T\d{6}Z$/;
const NAME = /^[A-Za-z0-9-]+$/;

export interface ParsedEvent {
  [property: string]: string;
}

function fail(message: string): never {
  throw new Error(`invalid iCalendar: ${message}`);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

export function parseICalendar(text: string): { calendar: ParsedEvent; events: ParsedEvent[] } {
  if (!text.endsWith("\r\n")) fail("the last line does not end with CRLF");
  if (/[^\r]\n|\r[^\n]/.test(text)) fail("a line break is not CRLF");
  const physical = text.split("\r\n").slice(0, -1);
  physical.forEach((line, i) => {
    if (Buffer.byteLength(line, "utf8") > 75) fail(`line ${i + 1} is longer than 75 octets`);
  });
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").slice(0, -1);
  const stack: string[] = [];
  const calendar: ParsedEvent = {};
  const events: ParsedEvent[] = [];
  let event: ParsedEvent | null = null;
  for (const [i, line] of lines.entries()) {
    const colon = line.indexOf(":");
    if (colon <= 0) fail(`line ${i + 1} has no "name:value"`);
    const head = line.slice(0, colon);
    const name = head.split(";")[0] ?? "";
    const value = line.slice(colon + 1);
    if (!NAME.test(name)) fail(`bad property name "${name}"`);
    if (i === 0 && line !== "BEGIN:VCALENDAR") fail("does not start with BEGIN:VCALENDAR");
    if (name === "BEGIN") {
      stack.push(value);
      if (value === "VEVENT") event = {};
      continue;
    }
    if (name === "END") {
      if (stack.pop() !== value) fail(`END:${value} does not close the open component`);
      if (value === "VEVENT" && event) {
        events.push(event);
        event = null;
      }
      continue;
    }
    if (stack.length === 0) fail(`property ${name} outside any component`);
    const target = event ?? calendar;
    if (name in target && name !== "X-WR-CALNAME") fail(`property ${name} repeated`);
    target[name] = name === "SUMMARY" || name === "DESCRIPTION" || name === "LOCATION" ? unescapeText(value) : value;
  }
  if (stack.length) fail(`component ${stack.join(" > ")} is not closed`);
  if (lines.at(-1) !== "END:VCALENDAR") fail("does not end with END:VCALENDAR");
  if (calendar.VERSION !== "2.0") fail("VERSION:2.0 is missing");
  if (!calendar.PRODID) fail("PRODID is missing");
  const uids = new Set<string>();
  for (const e of events) {
    for (const required of ["UID", "DTSTAMP", "DTSTART"]) if (!e[required]) fail(`an event has no ${required}`);
    for (const stamp of ["DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"]) if (e[stamp] && !DATE_TIME_UTC.test(e[stamp])) fail(`${stamp} "${e[stamp]}" is not a UTC date-time`);
    if (e.DTEND && e.DTEND < e.DTSTART!) fail(`event ${e.UID} ends before it starts`);
    if (e.STATUS && !["CONFIRMED", "TENTATIVE", "CANCELLED"].includes(e.STATUS)) fail(`bad STATUS ${e.STATUS}`);
    if (e.SEQUENCE && !/^\d+$/.test(e.SEQUENCE)) fail(`bad SEQUENCE ${e.SEQUENCE}`);
    if (uids.has(e.UID!)) fail(`UID ${e.UID} repeated`);
    uids.add(e.UID!);
  }
  return { calendar, events };
}

/** "20261103T160000Z" → Date. */
export const icsDate = (value: string) => new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
