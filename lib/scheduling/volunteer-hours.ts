import { toIntlLocale } from "./display";
import { SchedulingInputError } from "./errors";

/**
 * Volunteer hours for reports and funder value. Totals are kept in exact minutes; only the
 * displayed figure is rounded (to the nearest quarter hour), so rounding never accumulates.
 */

export interface SessionAttendance {
  durationMinutes: number;
  /** Whether the volunteer attended; sessions they missed give no hours. */
  volunteerAttended: boolean;
  cancelled?: boolean;
}

export interface VolunteerHoursTotal {
  sessionCount: number;
  totalMinutes: number;
  /** totalMinutes / 60, unrounded. */
  exactHours: number;
  /** Rounded to the nearest 0.25 h (half-way rounds up). */
  displayHours: number;
}

export function volunteerHours(sessions: readonly SessionAttendance[]): VolunteerHoursTotal {
  let sessionCount = 0;
  let totalMinutes = 0;
  for (const session of sessions) {
    if (!Number.isFinite(session.durationMinutes) || session.durationMinutes < 0) {
      throw new SchedulingInputError("scheduling.errors.invalidDuration", {
        value: String(session.durationMinutes),
      });
    }
    if (!session.volunteerAttended || session.cancelled) continue;
    sessionCount += 1;
    totalMinutes += session.durationMinutes;
  }
  return {
    sessionCount,
    totalMinutes,
    exactHours: totalMinutes / 60,
    displayHours: roundToQuarterHour(totalMinutes / 60),
  };
}

export function roundToQuarterHour(hours: number): number {
  // Work in quarter-hour units with a tiny epsilon so 0.125 (7.5 min) rounds up despite floats.
  return Math.floor(hours * 4 + 0.5 + 1e-9) / 4;
}

/**
 * Value of donated time in cents (integer money avoids float drift in funder reports),
 * from exact minutes and an hourly value in cents; rounded to the nearest cent.
 */
export function donatedTimeValueCents(options: { minutes: number; hourlyValueCents: number }): number {
  const { minutes, hourlyValueCents } = options;
  if (!Number.isFinite(minutes) || minutes < 0 || !Number.isFinite(hourlyValueCents) || hourlyValueCents < 0) {
    throw new SchedulingInputError("scheduling.errors.invalidAmount", {
      value: `${String(minutes)} × ${String(hourlyValueCents)}`,
    });
  }
  return Math.round((minutes * hourlyValueCents) / 60);
}

/** "12.25" / "12,25": hours for display in the viewer's locale, at most two decimals. */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 2 }).format(hours);
}
