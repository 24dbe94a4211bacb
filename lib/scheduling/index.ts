/**
 * Tandem scheduling: weekly session slots, display in each person's zone, iCalendar feeds,
 * reminder planning, pairing health and volunteer hours. Pure functions only.
 */
export { SchedulingInputError } from "./errors";
export type { MessageRef } from "./message-ref";
export { addDays, isoWeekday, parseIsoDate, formatIsoDate, type CalendarDate } from "./calendar-date";
export {
  isValidTimeZone,
  localDateTimeAt,
  localIsoDate,
  localIsoTime,
  resolveLocalTime,
  zoneOffsetMinutes,
  type LocalDateTime,
  type WallClockResolution,
} from "./time-zone";
export {
  weeklyOccurrences,
  firstMatchingDate,
  MAX_WEEKS,
  MAX_DURATION_MINUTES,
  type Occurrence,
  type OccurrenceException,
  type OccurrenceRef,
  type OccurrenceStatus,
  type WeeklySlot,
} from "./weekly-occurrences";
export {
  describeInstant,
  describeRange,
  describeZoneDifference,
  formatOffset,
  offsetDifferenceMinutes,
  toIntlLocale,
  type InstantDisplay,
} from "./display";
export {
  buildCalendar,
  escapeText,
  foldLine,
  formatUtcDateTime,
  occurrenceToCalendarEvent,
  sessionEventUid,
  DEFAULT_PRODID,
  type CalendarEvent,
  type CalendarEventStatus,
  type CalendarOptions,
} from "./icalendar";
export {
  plannedReminders,
  reminderIdempotencyKey,
  REMINDER_RULES,
  type ActionItemFact,
  type PlannedReminder,
  type PlanRemindersInput,
  type ProposalFact,
  type ReminderKind,
  type SessionFact,
} from "./reminders";
export {
  assessPairingHealth,
  DEFAULT_HEALTH_THRESHOLDS,
  type AtRiskCode,
  type AtRiskReason,
  type HealthThresholds,
  type PairingHealthInput,
  type PairingStatus,
  type SessionRating,
} from "./pairing-health";
export {
  volunteerHours,
  roundToQuarterHour,
  donatedTimeValueCents,
  formatHours,
  type SessionAttendance,
  type VolunteerHoursTotal,
} from "./volunteer-hours";
