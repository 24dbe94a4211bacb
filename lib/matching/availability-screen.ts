import { MatchingInputError } from "./errors";
import type { NeedInput, WeeklySlot } from "./types";
import { SLOTS_PER_WEEK, SLOT_MINUTES, slotRuns, utcAvailability, zoneOffsetBounds } from "./week-availability";

/**
 * A conservative availability test that a database can run without time-zone rules.
 *
 * The engine turns each volunteer's local windows into UTC slots with the exact offsets of the
 * reference week (see week-availability.ts). A query screening tens of thousands of volunteers
 * cannot call that code, but it can do integer arithmetic: given the smallest and largest offset
 * a zone takes around the reference week, a local window `[start, end)` can only cover UTC slots
 * inside `[ceil((start − max) / 15), floor((end − min) / 15))`. If that widened range meets none of
 * the need's UTC slots, the engine's exact overlap is 0 too, so the volunteer fails the
 * availability filter for certain. In a week without a clock change `min = max` and the test is
 * exact; in the few weeks with one it may let through a volunteer the engine then excludes — never
 * the reverse. Unknown zones are left out of `zones`, and volunteers in them are never screened out.
 */
export interface AvailabilityScreen {
  /** The need's UTC slot runs, repeated one week earlier and later so that wrapped windows compare directly. */
  runs: { from: number; to: number }[];
  zones: { name: string; minOffset: number; maxOffset: number }[];
}

export function availabilityScreen(options: { need: Pick<NeedInput, "availability" | "timeZone">; weekStartMs: number; volunteerTimeZones: readonly string[] }): AvailabilityScreen {
  const bits = utcAvailability(options.need.availability, options.need.timeZone, options.weekStartMs);
  const week = slotRuns(bits);
  const runs = [-SLOTS_PER_WEEK, 0, SLOTS_PER_WEEK].flatMap((shift) => week.map((r) => ({ from: r.from + shift, to: r.to + shift })));
  const zones: AvailabilityScreen["zones"] = [];
  for (const name of new Set(options.volunteerTimeZones)) {
    try {
      const { min, max } = zoneOffsetBounds(name, options.weekStartMs);
      zones.push({ name, minOffset: min, maxOffset: max });
    } catch (error) {
      if (!(error instanceof MatchingInputError)) throw error;
    }
  }
  return { runs, zones };
}

/** The widened UTC slot range of one local window (engine weekdays, 0 = Monday). */
export function widenedSlotRange(slot: WeeklySlot, zone: { minOffset: number; maxOffset: number }): { from: number; to: number } {
  const start = slot.weekday * 1440 + slot.startMinute;
  const end = slot.weekday * 1440 + slot.endMinute;
  return { from: Math.ceil((start - zone.maxOffset) / SLOT_MINUTES), to: Math.floor((end - zone.minOffset) / SLOT_MINUTES) };
}

/**
 * The screen's verdict for one volunteer, in plain TypeScript: the SQL in
 * lib/matching-data/screen.ts computes the same thing, and tests hold both to it.
 * `false` means "certainly no shared slot"; `true` means "let the engine decide".
 */
export function mayShareAvailability(screen: AvailabilityScreen, slots: readonly WeeklySlot[], timeZone: string): boolean {
  const zone = screen.zones.find((z) => z.name === timeZone);
  if (!zone) return true;
  return slots.some((slot) => {
    const range = widenedSlotRange(slot, zone);
    return range.to > range.from && screen.runs.some((run) => range.from < run.to && range.to > run.from);
  });
}
