import { addDays, parseIsoDate } from "./calendar-date";
import { SchedulingInputError } from "./errors";
import { formatUtcDateTime } from "./icalendar";
import { assertInstant, resolveLocalTime } from "./time-zone";

/**
 * Pure reminder planning. A worker calls `plannedReminders` with the current facts; it gets back
 * every reminder that should be sent now (or within a look-ahead window), each with an
 * idempotency key. The worker inserts them into the job table with a unique constraint on the key,
 * so running the planner twice, on two workers, or after a crash never sends anything twice.
 *
 * Each key embeds the version of the fact it depends on (deadline, start, due date): when a
 * session is rescheduled or a deadline moved, the new reminder gets a new key and goes out again,
 * while an unchanged fact keeps producing the very same key.
 */

export type ReminderKind = "proposal_expiring" | "session_tomorrow" | "session_not_logged" | "action_item_overdue";

export interface ProposalFact {
  proposalId: string;
  volunteerUserId: string;
  respondBy: Date;
  /** True while the volunteer has neither accepted nor declined (and it has not expired). */
  pending: boolean;
  /** When given, no reminder is planned for a proposal sent after its reminder time. */
  proposedAt?: Date;
}

export interface SessionFact {
  occurrenceId: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  logged: boolean;
  /** Volunteer and organisation members who take part; all of them are reminded. */
  participantUserIds: readonly string[];
}

export interface ActionItemFact {
  actionItemId: string;
  ownerUserId: string;
  /** "YYYY-MM-DD", a whole day in `timeZone`. */
  dueDate: string;
  /** Zone in which the due date is read (the owner's, or the pairing slot's). */
  timeZone: string;
  done: boolean;
}

export interface PlannedReminder {
  kind: ReminderKind;
  /** `<kind>:<entity id>:<fact version>:<user id>`; unique per reminder and stable across runs. */
  idempotencyKey: string;
  recipientUserId: string;
  /** When it should be sent. */
  runAt: Date;
  /** After this instant the reminder is stale and must not be sent any more. */
  expiresAt: Date;
  about: { type: "proposal" | "session" | "action_item"; id: string };
  /** Message keys for the email; params are filled by the template (names, local time…). */
  subjectKey: string;
  bodyKey: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const REMINDER_RULES = {
  /** proposal_expiring: this long before the response deadline; stale once the deadline passed. */
  proposalExpiringLeadMs: 24 * HOUR_MS,
  /** session_tomorrow: this long before the start; stale once the session started. */
  sessionReminderLeadMs: 24 * HOUR_MS,
  /** session_not_logged: this long after the end when nobody logged it. */
  sessionNotLoggedDelayMs: 2 * DAY_MS,
  /** action_item_overdue: on the day after the due date, at this local time. */
  actionItemOverdueLocalTime: "09:00",
  /** Nudges (not logged, overdue) stop after this; the coordinator's at-risk list takes over. */
  nudgeValidityMs: 7 * DAY_MS,
} as const;

const MESSAGE_KEYS: Record<ReminderKind, { subjectKey: string; bodyKey: string }> = {
  proposal_expiring: {
    subjectKey: "scheduling.reminders.proposalExpiring.subject",
    bodyKey: "scheduling.reminders.proposalExpiring.body",
  },
  session_tomorrow: {
    subjectKey: "scheduling.reminders.sessionTomorrow.subject",
    bodyKey: "scheduling.reminders.sessionTomorrow.body",
  },
  session_not_logged: {
    subjectKey: "scheduling.reminders.sessionNotLogged.subject",
    bodyKey: "scheduling.reminders.sessionNotLogged.body",
  },
  action_item_overdue: {
    subjectKey: "scheduling.reminders.actionItemOverdue.subject",
    bodyKey: "scheduling.reminders.actionItemOverdue.body",
  },
};

export interface PlanRemindersInput {
  now: Date;
  proposals?: readonly ProposalFact[];
  sessions?: readonly SessionFact[];
  actionItems?: readonly ActionItemFact[];
  /**
   * Also return reminders whose runAt is up to this many minutes in the future, for a queue that
   * schedules jobs ahead (default 0: only those due now).
   */
  lookaheadMinutes?: number;
}

/**
 * The reminders to hand to the job queue: runAt ≤ now + look-ahead, and not yet stale
 * (now < expiresAt). One entry per recipient, sorted by runAt then key.
 */
export function plannedReminders(input: PlanRemindersInput): PlannedReminder[] {
  assertInstant(input.now);
  const lookahead = input.lookaheadMinutes ?? 0;
  if (!Number.isFinite(lookahead) || lookahead < 0) {
    throw new SchedulingInputError("scheduling.errors.invalidLookahead", { value: String(lookahead) });
  }
  const candidates = [
    ...(input.proposals ?? []).flatMap(proposalReminders),
    ...(input.sessions ?? []).flatMap(sessionReminders),
    ...(input.actionItems ?? []).flatMap(actionItemReminders),
  ];
  const now = input.now.getTime();
  const horizon = now + lookahead * 60_000;
  const due = candidates.filter((reminder) => reminder.runAt.getTime() <= horizon && now < reminder.expiresAt.getTime());

  // Same fact listed twice (e.g. a join producing duplicates) must still yield one reminder.
  const byKey = new Map<string, PlannedReminder>();
  for (const reminder of due) byKey.set(reminder.idempotencyKey, reminder);
  return [...byKey.values()].sort(
    (a, b) => a.runAt.getTime() - b.runAt.getTime() || compareStrings(a.idempotencyKey, b.idempotencyKey),
  );
}

function proposalReminders(proposal: ProposalFact): PlannedReminder[] {
  assertInstant(proposal.respondBy);
  if (!proposal.pending) return [];
  const runAt = new Date(proposal.respondBy.getTime() - REMINDER_RULES.proposalExpiringLeadMs);
  if (proposal.proposedAt !== undefined) {
    assertInstant(proposal.proposedAt);
    // A proposal sent with less than a day to answer already states its deadline; do not nag.
    if (proposal.proposedAt.getTime() > runAt.getTime()) return [];
  }
  return [
    reminder({
      kind: "proposal_expiring",
      about: { type: "proposal", id: proposal.proposalId },
      version: formatUtcDateTime(proposal.respondBy),
      recipientUserId: proposal.volunteerUserId,
      runAt,
      expiresAt: proposal.respondBy,
    }),
  ];
}

function sessionReminders(session: SessionFact): PlannedReminder[] {
  assertInstant(session.startsAt);
  assertInstant(session.endsAt);
  if (session.cancelled) return [];
  const recipients = [...new Set(session.participantUserIds)];
  const about = { type: "session" as const, id: session.occurrenceId };
  const reminders = recipients.map((recipientUserId) =>
    reminder({
      kind: "session_tomorrow",
      about,
      version: formatUtcDateTime(session.startsAt),
      recipientUserId,
      runAt: new Date(session.startsAt.getTime() - REMINDER_RULES.sessionReminderLeadMs),
      expiresAt: session.startsAt,
    }),
  );
  if (!session.logged) {
    const runAt = new Date(session.endsAt.getTime() + REMINDER_RULES.sessionNotLoggedDelayMs);
    for (const recipientUserId of recipients) {
      reminders.push(
        reminder({
          kind: "session_not_logged",
          about,
          version: formatUtcDateTime(session.endsAt),
          recipientUserId,
          runAt,
          expiresAt: new Date(runAt.getTime() + REMINDER_RULES.nudgeValidityMs),
        }),
      );
    }
  }
  return reminders;
}

function actionItemReminders(item: ActionItemFact): PlannedReminder[] {
  parseIsoDate(item.dueDate);
  if (item.done) return [];
  // "Overdue" starts when the due day is over in the item's zone; we wait for a civil hour.
  const { instant: runAt } = resolveLocalTime({
    date: addDays(item.dueDate, 1),
    time: REMINDER_RULES.actionItemOverdueLocalTime,
    timeZone: item.timeZone,
  });
  return [
    reminder({
      kind: "action_item_overdue",
      about: { type: "action_item", id: item.actionItemId },
      version: item.dueDate,
      recipientUserId: item.ownerUserId,
      runAt,
      expiresAt: new Date(runAt.getTime() + REMINDER_RULES.nudgeValidityMs),
    }),
  ];
}

function reminder(options: {
  kind: ReminderKind;
  about: PlannedReminder["about"];
  version: string;
  recipientUserId: string;
  runAt: Date;
  expiresAt: Date;
}): PlannedReminder {
  return {
    kind: options.kind,
    idempotencyKey: reminderIdempotencyKey(options),
    recipientUserId: options.recipientUserId,
    runAt: options.runAt,
    expiresAt: options.expiresAt,
    about: options.about,
    ...MESSAGE_KEYS[options.kind],
  };
}

export function reminderIdempotencyKey(options: {
  kind: ReminderKind;
  about: { id: string };
  version: string;
  recipientUserId: string;
}): string {
  return `${options.kind}:${options.about.id}:${options.version}:${options.recipientUserId}`;
}

function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
