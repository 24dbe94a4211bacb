import { addDays, isoWeekday, parseIsoDate } from "./calendar-date";
import { SchedulingInputError } from "./errors";
import { assertInstant, assertTimeZone, parseLocalTime, resolveLocalTime, type WallClockResolution } from "./time-zone";

/**
 * A pairing meets on a weekly slot defined in *one* time zone (the slot's), e.g. "Tuesdays at
 * 10:00 America/Montreal". The wall-clock time stays fixed across daylight-saving changes, so the
 * UTC instant moves by an hour twice a year; people in other zones see it move instead.
 */

export type OccurrenceStatus = "scheduled" | "rescheduled" | "cancelled";

/** Which occurrence an exception applies to: by 0-based index or by its original local date. */
export type OccurrenceRef = { index: number } | { originalDate: string };

export type OccurrenceException =
  | (OccurrenceRef & { action: "cancel" })
  | (OccurrenceRef & {
      action: "reschedule";
      startsAt: Date;
      /** Defaults to the slot's duration. */
      durationMinutes?: number;
    });

export interface WeeklySlot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm", 24-hour, wall-clock time in `timeZone`. */
  localTime: string;
  /** IANA time zone of the slot, e.g. "America/Montreal". */
  timeZone: string;
  /** "YYYY-MM-DD"; the first occurrence is the first `weekday` on or after this date. */
  startDate: string;
  /** Number of weekly occurrences (0 is allowed and yields none). */
  weeks: number;
  durationMinutes: number;
}

export interface Occurrence {
  /** 0-based position in the weekly series; stable whatever the exceptions. */
  index: number;
  /** The local date (slot zone) the occurrence was planned for; a stable identity for it. */
  originalDate: string;
  /** The planned start before any rescheduling. */
  originalStartsAt: Date;
  startsAt: Date;
  endsAt: Date;
  status: OccurrenceStatus;
  /** How the slot's wall-clock time was resolved on `originalDate` (DST gap or overlap). */
  wallClock: WallClockResolution;
}

export const MAX_WEEKS = 520;
export const MAX_DURATION_MINUTES = 24 * 60;

/**
 * Occurrences of a weekly slot, in series order (index order). A rescheduled occurrence keeps its
 * index even if its new instant falls after a later one; sort by `startsAt` for display if needed.
 * Cancelled occurrences stay in the list (status "cancelled") so feeds can publish the cancellation.
 * Exceptions that match no occurrence are ignored (a series may have been shortened since);
 * two exceptions for the same occurrence are an error because neither can silently win.
 */
export function weeklyOccurrences(slot: WeeklySlot & { exceptions?: readonly OccurrenceException[] }): Occurrence[] {
  validateSlot(slot);
  const firstDate = firstMatchingDate(slot.startDate, slot.weekday);

  const occurrences: Occurrence[] = [];
  for (let index = 0; index < slot.weeks; index += 1) {
    const originalDate = addDays(firstDate, index * 7);
    const { instant, wallClock } = resolveLocalTime({
      date: originalDate,
      time: slot.localTime,
      timeZone: slot.timeZone,
    });
    occurrences.push({
      index,
      originalDate,
      originalStartsAt: instant,
      startsAt: instant,
      endsAt: addMinutes(instant, slot.durationMinutes),
      status: "scheduled",
      wallClock,
    });
  }

  const seen = new Set<number>();
  for (const exception of slot.exceptions ?? []) {
    const target = findOccurrence(occurrences, exception);
    if (!target) continue;
    if (seen.has(target.index)) {
      throw new SchedulingInputError("scheduling.errors.duplicateException", { index: target.index });
    }
    seen.add(target.index);
    if (exception.action === "cancel") {
      target.status = "cancelled";
    } else {
      assertInstant(exception.startsAt);
      const duration = exception.durationMinutes ?? slot.durationMinutes;
      assertDuration(duration);
      target.status = "rescheduled";
      target.startsAt = new Date(exception.startsAt.getTime());
      target.endsAt = addMinutes(exception.startsAt, duration);
    }
  }
  return occurrences;
}

/** The first date on/after `startDate` that falls on ISO `weekday`. */
export function firstMatchingDate(startDate: string, weekday: number): string {
  const delta = (weekday - isoWeekday(startDate) + 7) % 7;
  return addDays(startDate, delta);
}

function findOccurrence(occurrences: Occurrence[], ref: OccurrenceRef): Occurrence | undefined {
  if ("index" in ref) {
    if (!Number.isInteger(ref.index)) {
      throw new SchedulingInputError("scheduling.errors.invalidException", { value: String(ref.index) });
    }
    return occurrences[ref.index];
  }
  parseIsoDate(ref.originalDate);
  return occurrences.find((occurrence) => occurrence.originalDate === ref.originalDate);
}

function validateSlot(slot: WeeklySlot): void {
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
    throw new SchedulingInputError("scheduling.errors.invalidWeekday", { value: String(slot.weekday) });
  }
  parseLocalTime(slot.localTime);
  assertTimeZone(slot.timeZone);
  parseIsoDate(slot.startDate);
  if (!Number.isInteger(slot.weeks) || slot.weeks < 0 || slot.weeks > MAX_WEEKS) {
    throw new SchedulingInputError("scheduling.errors.invalidWeeks", { value: String(slot.weeks), max: MAX_WEEKS });
  }
  assertDuration(slot.durationMinutes);
}

function assertDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_DURATION_MINUTES) {
    throw new SchedulingInputError("scheduling.errors.invalidDuration", {
      value: String(minutes),
    });
  }
}

function addMinutes(instant: Date, minutes: number): Date {
  // Durations are elapsed time, not wall-clock time: a 60-minute session spanning a DST change
  // still lasts 60 minutes.
  return new Date(instant.getTime() + minutes * 60_000);
}
