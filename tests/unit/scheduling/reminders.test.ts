import { describe, expect, it } from "vitest";
import { plannedReminders, type PlanRemindersInput, type SessionFact } from "@/lib/scheduling/reminders";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const plus = (date: Date, hours: number) => new Date(date.getTime() + hours * HOUR);

const session: SessionFact = {
  occurrenceId: "occ-1",
  startsAt: at("2026-03-10T15:00:00Z"),
  endsAt: at("2026-03-10T16:00:00Z"),
  cancelled: false,
  logged: false,
  participantUserIds: ["vol-1", "org-1", "org-2", "org-1"],
};

const keys = (input: PlanRemindersInput) => plannedReminders(input).map((reminder) => reminder.idempotencyKey);

describe("session_tomorrow", () => {
  it("is due from 24 h before the start, once per distinct participant", () => {
    expect(plannedReminders({ now: plus(session.startsAt, -24.01), sessions: [session] })).toEqual([]);
    const due = plannedReminders({ now: plus(session.startsAt, -24), sessions: [session] });
    expect(due.map((r) => [r.kind, r.recipientUserId])).toEqual([
      ["session_tomorrow", "org-1"],
      ["session_tomorrow", "org-2"],
      ["session_tomorrow", "vol-1"],
    ]);
    expect(due[0]).toEqual({
      kind: "session_tomorrow",
      idempotencyKey: "session_tomorrow:occ-1:20260310T150000Z:org-1",
      recipientUserId: "org-1",
      runAt: at("2026-03-09T15:00:00Z"),
      expiresAt: session.startsAt,
      about: { type: "session", id: "occ-1" },
      subjectKey: "scheduling.reminders.sessionTomorrow.subject",
      bodyKey: "scheduling.reminders.sessionTomorrow.body",
    });
  });

  it("is still sent by a worker that was down, but never once the session has started", () => {
    expect(keys({ now: plus(session.startsAt, -1), sessions: [session] })).toHaveLength(3);
    expect(keys({ now: session.startsAt, sessions: [session] })).toEqual([]);
  });

  it("gives the same keys on every run, and new keys when the session is rescheduled", () => {
    const now = plus(session.startsAt, -10);
    const first = keys({ now, sessions: [session] });
    expect(keys({ now: plus(now, 1), sessions: [session] })).toEqual(first);
    const moved = { ...session, startsAt: at("2026-03-10T17:00:00Z"), endsAt: at("2026-03-10T18:00:00Z") };
    const second = keys({ now, sessions: [moved] });
    expect(second).toHaveLength(3);
    expect(second.some((key) => first.includes(key))).toBe(false);
  });

  it("is not sent for a cancelled session", () => {
    expect(plannedReminders({ now: plus(session.startsAt, -2), sessions: [{ ...session, cancelled: true }] })).toEqual([]);
  });
});

describe("session_not_logged", () => {
  it("nudges 2 days after the end when nobody logged it, for a week", () => {
    const runAt = plus(session.endsAt, 48);
    expect(plannedReminders({ now: plus(runAt, -0.01), sessions: [session] })).toEqual([]);
    const due = plannedReminders({ now: runAt, sessions: [session] });
    expect(due.map((r) => r.idempotencyKey)).toEqual([
      "session_not_logged:occ-1:20260310T160000Z:org-1",
      "session_not_logged:occ-1:20260310T160000Z:org-2",
      "session_not_logged:occ-1:20260310T160000Z:vol-1",
    ]);
    expect(due.every((r) => r.runAt.getTime() === runAt.getTime())).toBe(true);
    expect(keys({ now: plus(runAt, 7 * 24 - 0.01), sessions: [session] })).toHaveLength(3);
    expect(keys({ now: plus(runAt, 7 * 24), sessions: [session] })).toEqual([]);
  });

  it("is not sent once the session is logged, or when it was cancelled", () => {
    const now = plus(session.endsAt, 50);
    expect(plannedReminders({ now, sessions: [{ ...session, logged: true }] })).toEqual([]);
    expect(plannedReminders({ now, sessions: [{ ...session, cancelled: true }] })).toEqual([]);
  });
});

describe("proposal_expiring", () => {
  const proposal = {
    proposalId: "prop-1",
    volunteerUserId: "vol-9",
    proposedAt: at("2026-03-01T12:00:00Z"),
    respondBy: at("2026-03-04T12:00:00Z"), // the default 72 h
    pending: true,
  };

  it("reminds the volunteer 24 h before the deadline, until the deadline", () => {
    expect(plannedReminders({ now: at("2026-03-03T11:59:00Z"), proposals: [proposal] })).toEqual([]);
    const [reminder, ...rest] = plannedReminders({ now: at("2026-03-03T12:00:00Z"), proposals: [proposal] });
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({
      kind: "proposal_expiring",
      recipientUserId: "vol-9",
      idempotencyKey: "proposal_expiring:prop-1:20260304T120000Z:vol-9",
      runAt: at("2026-03-03T12:00:00Z"),
      expiresAt: proposal.respondBy,
      about: { type: "proposal", id: "prop-1" },
    });
    expect(plannedReminders({ now: proposal.respondBy, proposals: [proposal] })).toEqual([]);
  });

  it("is not sent for an answered proposal, nor for one sent with less than a day to answer", () => {
    const now = at("2026-03-04T00:00:00Z");
    expect(plannedReminders({ now, proposals: [{ ...proposal, pending: false }] })).toEqual([]);
    expect(
      plannedReminders({ now, proposals: [{ ...proposal, proposedAt: at("2026-03-03T20:00:00Z") }] }),
    ).toEqual([]);
    // Without proposedAt the planner cannot tell, and reminds.
    const { proposedAt: _ignored, ...withoutProposedAt } = proposal;
    expect(plannedReminders({ now, proposals: [withoutProposedAt] })).toHaveLength(1);
  });
});

describe("action_item_overdue", () => {
  const item = {
    actionItemId: "ai-1",
    ownerUserId: "org-1",
    dueDate: "2026-03-12",
    timeZone: "America/Winnipeg",
    done: false,
  };

  it("reminds the owner at 09:00 local on the day after the due date", () => {
    // 09:00 CDT on 13 March = 14:00Z.
    expect(plannedReminders({ now: at("2026-03-13T13:59:00Z"), actionItems: [item] })).toEqual([]);
    const due = plannedReminders({ now: at("2026-03-13T14:00:00Z"), actionItems: [item] });
    expect(due.map((r) => [r.idempotencyKey, r.runAt.toISOString()])).toEqual([
      ["action_item_overdue:ai-1:2026-03-12:org-1", "2026-03-13T14:00:00.000Z"],
    ]);
    expect(due[0]?.subjectKey).toBe("scheduling.reminders.actionItemOverdue.subject");
  });

  it("is not sent once done, and a new due date gives a new key", () => {
    const now = at("2026-03-20T00:00:00Z");
    expect(plannedReminders({ now, actionItems: [{ ...item, done: true }] })).toEqual([]);
    expect(keys({ now, actionItems: [{ ...item, dueDate: "2026-03-15" }] })).toEqual([
      "action_item_overdue:ai-1:2026-03-15:org-1",
    ]);
  });
});

describe("plannedReminders", () => {
  it("can look ahead for a queue that schedules jobs in advance", () => {
    const now = plus(session.startsAt, -30);
    expect(plannedReminders({ now, sessions: [session] })).toEqual([]);
    const ahead = plannedReminders({ now, sessions: [session], lookaheadMinutes: 6 * 60 });
    expect(ahead).toHaveLength(3);
    expect(ahead.every((r) => r.runAt.getTime() > now.getTime())).toBe(true);
  });

  it("returns one reminder per key, sorted by run time, with all keys unique", () => {
    const now = at("2026-03-13T15:00:00Z");
    const other: SessionFact = {
      ...session,
      occurrenceId: "occ-2",
      startsAt: at("2026-03-14T10:00:00Z"),
      endsAt: at("2026-03-14T11:00:00Z"),
      participantUserIds: ["vol-1"],
    };
    const reminders = plannedReminders({
      now,
      sessions: [session, other, session],
      actionItems: [{ actionItemId: "ai-1", ownerUserId: "org-1", dueDate: "2026-03-12", timeZone: "America/Montreal", done: false }],
    });
    const allKeys = reminders.map((r) => r.idempotencyKey);
    expect(new Set(allKeys).size).toBe(allKeys.length);
    // not logged: 12 Mar 16:00Z; occ-2 tomorrow: 13 Mar 10:00Z; overdue: 13 Mar 09:00 EDT = 13:00Z.
    expect(reminders.map((r) => r.kind)).toEqual([
      "session_not_logged",
      "session_not_logged",
      "session_not_logged",
      "session_tomorrow",
      "action_item_overdue",
    ]);
    const times = reminders.map((r) => r.runAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it("rejects a negative look-ahead and invalid dates", () => {
    expect(() => plannedReminders({ now: new Date(), lookaheadMinutes: -1 })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidLookahead" }),
    );
    expect(() => plannedReminders({ now: new Date("nope") })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidInstant" }),
    );
  });
});
