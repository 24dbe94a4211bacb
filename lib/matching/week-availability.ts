import { MatchingInputError } from "./errors";
import type { WeeklySlot } from "./types";

/**
 * Weekly availability as a bitset over one reference week in UTC.
 *
 * Both sides state availability in their own local time; comparing them requires one concrete
 * week, because daylight-saving offsets change during the year (Toronto–Paris is 6 h most of the
 * year but 5 h for a few weeks in March and in late October/November). The reference week is the
 * Monday-to-Sunday week (UTC calendar) containing the reference date.
 *
 * The week is cut into 15-minute slots (672 bits = 21 words), fine enough for the half-hour and
 * quarter-hour time zones (India, Nepal, Newfoundland, …). Local windows are rounded *inwards*
 * to whole slots so an overlap is never overstated. The week is treated as cyclic: Monday 01:00 in
 * Paris is Sunday 23:00 UTC and wraps to the end of the same bitset, which is what a recurring
 * weekly meeting needs.
 */

export const SLOT_MINUTES = 15;
export const MINUTES_PER_WEEK = 7 * 24 * 60;
export const SLOTS_PER_WEEK = MINUTES_PER_WEEK / SLOT_MINUTES;
export const WEEK_WORDS = SLOTS_PER_WEEK / 32;

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC milliseconds of Monday 00:00 (UTC calendar) of the week containing `referenceDate` (YYYY-MM-DD). */
export function referenceWeekStartMs(referenceDate: string): number {
  const match = ISO_DATE.exec(referenceDate);
  if (!match) throw new MatchingInputError("matching.errors.invalidReferenceDate", { value: referenceDate });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const probe = new Date(ms);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new MatchingInputError("matching.errors.invalidReferenceDate", { value: referenceDate });
  }
  const mondayFirstWeekday = (probe.getUTCDay() + 6) % 7;
  return ms - mondayFirstWeekday * MINUTES_PER_DAY * MS_PER_MINUTE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
      });
    } catch {
      throw new MatchingInputError("matching.errors.invalidTimeZone", { timeZone });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Offset (local − UTC) in minutes of `timeZone` at the instant `utcMs`. */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of parts) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
    else if (part.type === "hour") hour = Number(part.value);
    else if (part.type === "minute") minute = Number(part.value);
  }
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const flooredInstant = Math.floor(utcMs / MS_PER_MINUTE) * MS_PER_MINUTE;
  return Math.round((asUtc - flooredInstant) / MS_PER_MINUTE);
}

/**
 * Offsets of one zone over the reference week and its margins, sampled per 15-minute slot.
 * Calling Intl for every slot of every volunteer would dominate preparation time, so offsets are
 * computed once per (zone, week): one probe per day boundary, and per-slot probes only on the
 * rare days where the offset changes.
 */
interface ZoneWeek {
  /** Offset at UTC slot s (relative to week start) stored at index s + MARGIN_SLOTS. */
  offsets: Int16Array;
}

const MARGIN_DAYS = 2;
const MARGIN_SLOTS = (MARGIN_DAYS * MINUTES_PER_DAY) / SLOT_MINUTES;
const TABLE_DAYS = 7 + 2 * MARGIN_DAYS;
const SLOTS_PER_DAY = MINUTES_PER_DAY / SLOT_MINUTES;

const zoneWeeks = new Map<string, ZoneWeek>();

function zoneWeek(timeZone: string, weekStartMs: number): ZoneWeek {
  const cacheKey = `${timeZone}|${weekStartMs}`;
  const cached = zoneWeeks.get(cacheKey);
  if (cached) return cached;
  const firstMs = weekStartMs - MARGIN_DAYS * MINUTES_PER_DAY * MS_PER_MINUTE;
  const offsets = new Int16Array(TABLE_DAYS * SLOTS_PER_DAY);
  const boundary: number[] = [];
  for (let d = 0; d <= TABLE_DAYS; d++) {
    boundary.push(zoneOffsetMinutes(timeZone, firstMs + d * MINUTES_PER_DAY * MS_PER_MINUTE));
  }
  for (let d = 0; d < TABLE_DAYS; d++) {
    const start = boundary[d] ?? 0;
    if (start === boundary[d + 1]) {
      offsets.fill(start, d * SLOTS_PER_DAY, (d + 1) * SLOTS_PER_DAY);
    } else {
      for (let s = 0; s < SLOTS_PER_DAY; s++) {
        const slot = d * SLOTS_PER_DAY + s;
        offsets[slot] = zoneOffsetMinutes(timeZone, firstMs + slot * SLOT_MINUTES * MS_PER_MINUTE);
      }
    }
  }
  const result = { offsets };
  // The cache is bounded by (#zones × #reference weeks) actually used, a few hundred entries at most.
  zoneWeeks.set(cacheKey, result);
  return result;
}

function offsetAtUtcMinute(zone: ZoneWeek, utcMinute: number): number {
  const index = Math.floor(utcMinute / SLOT_MINUTES) + MARGIN_SLOTS;
  const clamped = index < 0 ? 0 : index >= zone.offsets.length ? zone.offsets.length - 1 : index;
  return zone.offsets[clamped] ?? 0;
}

/**
 * Converts a local minute of the week (0 = local Monday 00:00) into a UTC minute relative to the
 * UTC week start. For local times skipped by a spring-forward change the later offset is used;
 * for repeated autumn times the first occurrence wins — either way a slot stays where a person
 * reading a wall clock would expect it within 1 h.
 */
function localToUtcMinute(zone: ZoneWeek, localMinute: number): number {
  const guess = localMinute - offsetAtUtcMinute(zone, localMinute);
  const refined = localMinute - offsetAtUtcMinute(zone, guess);
  if (offsetAtUtcMinute(zone, refined) === localMinute - refined) return refined;
  return Math.min(guess, refined);
}

/** Offset of a zone in the middle of the reference week, used for the time-zone-distance criterion. */
export function referenceOffsetMinutes(timeZone: string, weekStartMs: number): number {
  return offsetAtUtcMinute(zoneWeek(timeZone, weekStartMs), 3.5 * MINUTES_PER_DAY);
}

function assertSlot(slot: WeeklySlot): void {
  const valid =
    Number.isInteger(slot.weekday) &&
    slot.weekday >= 0 &&
    slot.weekday <= 6 &&
    Number.isFinite(slot.startMinute) &&
    Number.isFinite(slot.endMinute) &&
    slot.startMinute >= 0 &&
    slot.endMinute <= MINUTES_PER_DAY &&
    slot.startMinute < slot.endMinute;
  if (!valid) {
    throw new MatchingInputError("matching.errors.invalidSlot", {
      weekday: slot.weekday,
      startMinute: slot.startMinute,
      endMinute: slot.endMinute,
    });
  }
}

function setSlotRange(bits: Uint32Array, offset: number, fromSlot: number, toSlot: number): void {
  for (let s = fromSlot; s < toSlot; s++) {
    const wrapped = ((s % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK;
    const word = offset + (wrapped >>> 5);
    bits[word] = (bits[word] ?? 0) | (1 << (wrapped & 31));
  }
}

/**
 * Writes the UTC availability bitset of `slots` (local to `timeZone`) into `bits` at word `offset`
 * (so a whole pool can share one Uint32Array).
 */
export function writeUtcAvailability(
  bits: Uint32Array,
  offset: number,
  slots: readonly WeeklySlot[],
  timeZone: string,
  weekStartMs: number,
): void {
  writeZoneAvailability(bits, offset, slots, zoneWeek(timeZone, weekStartMs));
}

/** A zone's offsets over one reference week, for `writeZoneAvailability` (look it up once per zone, not per volunteer). */
export type ZoneWeekOffsets = ZoneWeek;

export function zoneWeekOffsets(timeZone: string, weekStartMs: number): ZoneWeekOffsets {
  return zoneWeek(timeZone, weekStartMs);
}

/** `writeUtcAvailability` with the zone's offsets already looked up. */
export function writeZoneAvailability(bits: Uint32Array, offset: number, slots: readonly WeeklySlot[], zone: ZoneWeekOffsets): void {
  for (const slot of slots) {
    assertSlot(slot);
    const localStart = slot.weekday * MINUTES_PER_DAY + slot.startMinute;
    const localEnd = slot.weekday * MINUTES_PER_DAY + slot.endMinute;
    const utcStart = localToUtcMinute(zone, localStart);
    const utcEnd = localToUtcMinute(zone, localEnd);
    const fromSlot = Math.ceil(utcStart / SLOT_MINUTES);
    const toSlot = Math.floor(utcEnd / SLOT_MINUTES);
    if (toSlot > fromSlot) setSlotRange(bits, offset, fromSlot, Math.min(toSlot, fromSlot + SLOTS_PER_WEEK));
  }
}

export function utcAvailability(slots: readonly WeeklySlot[], timeZone: string, weekStartMs: number): Uint32Array {
  const bits = new Uint32Array(WEEK_WORDS);
  writeUtcAvailability(bits, 0, slots, timeZone, weekStartMs);
  return bits;
}

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Number of set bits of `a[aOffset..aOffset+words)` AND `b[bOffset..)`. */
export function andPopcount(a: Uint32Array, aOffset: number, b: Uint32Array, bOffset: number, words: number): number {
  let count = 0;
  for (let w = 0; w < words; w++) {
    const x = (a[aOffset + w] ?? 0) & (b[bOffset + w] ?? 0);
    if (x !== 0) count += popcount32(x);
  }
  return count;
}

/**
 * Smallest and largest offset (local − UTC, minutes) the conversions of `timeZone` can use for the
 * week starting at `weekStartMs`, margins included. Equal in every week without a clock change.
 */
export function zoneOffsetBounds(timeZone: string, weekStartMs: number): { min: number; max: number } {
  const { offsets } = zoneWeek(timeZone, weekStartMs);
  let min = Infinity;
  let max = -Infinity;
  for (const offset of offsets) {
    if (offset < min) min = offset;
    if (offset > max) max = offset;
  }
  return { min, max };
}

/** Maximal runs `[from, to)` of set bits of a one-week bitset, in slot order. */
export function slotRuns(bits: Uint32Array, offset = 0): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  let from = -1;
  for (let s = 0; s <= SLOTS_PER_WEEK; s++) {
    const set = s < SLOTS_PER_WEEK && ((bits[offset + (s >>> 5)] ?? 0) & (1 << (s & 31))) !== 0;
    if (set && from < 0) from = s;
    else if (!set && from >= 0) {
      runs.push({ from, to: s });
      from = -1;
    }
  }
  return runs;
}
