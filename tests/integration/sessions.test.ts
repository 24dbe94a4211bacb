// Weekly sessions against a real PostgreSQL: the slot (activation, DST,
// concurrent edits), one occurrence moved or cancelled, session records and
// volunteer hours, action items, calendar feeds (valid iCalendar, revocable),
// reminders (idempotent) and email delivery (each email sent once).
import { describe, expect, it } from "vitest";
import { calendarForPairing, calendarForToken, createCalendarFeed, revokeCalendarFeeds } from "@/lib/calendar/feed";
import { db } from "@/lib/db";
import { deliverPendingEmails } from "@/lib/email/transport";
import { AppError, mapError } from "@/lib/errors";
import { sendDueReminders } from "@/lib/jobs/reminders";
import { proposeVolunteer, respondToProposal } from "@/lib/pairings/commands";
import { addActionItem, cancelOccurrence, rescheduleOccurrence, saveSessionRecord, setActionItemDone, setSchedule } from "@/lib/sessions/commands";
import { getSessionsView } from "@/lib/sessions/queries";
import { actorFor, createNeed, createOrganisation, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { icsDate, parseICalendar } from "@/tests/support/icalendar";

const HOUR = 3_600_000;
const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

const slot = { weekday: "2", localTime: "10:00", timeZone: "America/Winnipeg", durationMinutes: "60", startsOn: "2026-10-19", weeks: "4", videoUrl: "https://meet.example.org/meres", place: "" };

async function acceptedPairing() {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const member = await createUser(db, { name: "Nadia", timeZone: "America/Winnipeg", locale: "fr" });
  const org = await createOrganisation(db, { name: "Centre Mères Debout", memberIds: [member.id] });
  const volunteerUser = await createVolunteer(db, { name: "Kemi", timeZone: "America/Toronto", locale: "en" });
  const outsider = await createUser(db);
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "APPROVED", createdById: member.id });
  const coordinator = await actorFor(db, coordinatorUser.id);
  const volunteer = await actorFor(db, volunteerUser.id);
  const { id } = await proposeVolunteer({ actor: coordinator, input: { needId: need.id, volunteerId: volunteer.id } });
  await respondToProposal({ actor: volunteer, pairingId: id, input: { decision: "accept" } });
  return { pairingId: id, coordinator, volunteer, member: await actorFor(db, member.id), outsider: await actorFor(db, outsider.id) };
}

describe("the weekly slot", () => {
  it("agreeing the slot activates the pairing and plans every session at the same wall-clock time across DST", async () => {
    const w = await acceptedPairing();
    const now = new Date("2026-10-15T12:00:00Z");
    expect(await code(setSchedule({ actor: w.outsider, pairingId: w.pairingId, input: slot, now }))).toBe("not_found");
    expect(await code(setSchedule({ actor: w.member, pairingId: w.pairingId, input: { ...slot, videoUrl: "", place: "" }, now }))).toBe("validation");
    expect(await code(setSchedule({ actor: w.member, pairingId: w.pairingId, input: { ...slot, localTime: "25:00" }, now }))).toBe("validation");
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now });
    const pairing = await db.pairing.findUniqueOrThrow({ where: { id: w.pairingId } });
    expect([pairing.status, pairing.activatedAt?.toISOString()]).toEqual(["ACTIVE", now.toISOString()]);
    const occurrences = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { sequence: "asc" } });
    // Winnipeg leaves daylight time on November 1st: 10:00 local is 15:00 UTC before, 16:00 UTC after.
    expect(occurrences.map((o) => [o.sequence, o.startsAt.toISOString()])).toEqual([
      [0, "2026-10-20T15:00:00.000Z"],
      [1, "2026-10-27T15:00:00.000Z"],
      [2, "2026-11-03T16:00:00.000Z"],
      [3, "2026-11-10T16:00:00.000Z"],
    ]);
    expect(await db.notification.count({ where: { userId: w.volunteer.id, kind: "scheduleSet" } })).toBe(1);
  });

  it("a change keeps past and written-up sessions and detects a concurrent edit", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const first = await db.sessionOccurrence.findFirstOrThrow({ where: { pairingId: w.pairingId, sequence: 0 } });
    await saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: first.id, input: { version: "0", outcome: "held", durationMinutes: "60", present: [w.member.id, w.volunteer.id] }, now: new Date("2026-10-21T12:00:00Z") });
    // Both loaded version 0; the second save must not silently win.
    const change = { ...slot, weekday: "4", localTime: "13:30", version: "0" };
    await setSchedule({ actor: w.volunteer, pairingId: w.pairingId, input: change, now: new Date("2026-10-22T12:00:00Z") });
    expect(await code(setSchedule({ actor: w.member, pairingId: w.pairingId, input: change, now: new Date("2026-10-22T12:00:00Z") }))).toBe("conflict");
    const after = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { startsAt: "asc" } });
    expect(after.map((o) => [o.sequence, o.startsAt.toISOString(), o.status])).toEqual([
      [0, "2026-10-20T15:00:00.000Z", "HELD"],
      [1, "2026-10-22T18:30:00.000Z", "SCHEDULED"],
      [2, "2026-10-29T18:30:00.000Z", "SCHEDULED"],
      [3, "2026-11-05T19:30:00.000Z", "SCHEDULED"],
      [4, "2026-11-12T19:30:00.000Z", "SCHEDULED"],
    ]);
  });
});

describe("one session", () => {
  it("is moved in the mover's own time zone, or cancelled; a written-up one cannot be", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const [a, b, c] = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { sequence: "asc" } });
    // Kemi (Toronto) moves it to Wednesday 12:00 her time = 16:00 UTC.
    await rescheduleOccurrence({ actor: w.volunteer, pairingId: w.pairingId, occurrenceId: a!.id, input: { date: "2026-10-21", time: "12:00", version: "0" } });
    const moved = await db.sessionOccurrence.findUniqueOrThrow({ where: { id: a!.id } });
    expect([moved.startsAt.toISOString(), moved.endsAt.toISOString(), moved.rescheduledFrom?.toISOString(), moved.version]).toEqual(["2026-10-21T16:00:00.000Z", "2026-10-21T17:00:00.000Z", "2026-10-20T15:00:00.000Z", 1]);
    expect(await code(rescheduleOccurrence({ actor: w.member, pairingId: w.pairingId, occurrenceId: a!.id, input: { date: "2026-10-22", time: "12:00", version: "0" } }))).toBe("conflict");
    expect(await code(rescheduleOccurrence({ actor: w.member, pairingId: w.pairingId, occurrenceId: a!.id, input: { date: "2026-02-30", time: "12:00", version: "1" } }))).toBe("validation");
    await cancelOccurrence({ actor: w.member, pairingId: w.pairingId, occurrenceId: b!.id, input: { version: "0" } });
    expect((await db.sessionOccurrence.findUniqueOrThrow({ where: { id: b!.id } })).status).toBe("CANCELLED");
    expect(await code(cancelOccurrence({ actor: w.outsider, pairingId: w.pairingId, occurrenceId: c!.id, input: { version: "0" } }))).toBe("not_found");
    // An occurrence of another pairing is not reachable through this one.
    const other = await acceptedPairing();
    expect(await code(cancelOccurrence({ actor: other.member, pairingId: other.pairingId, occurrenceId: c!.id, input: { version: "0" } }))).toBe("not_found");
  });

  it("records notes, attendance, length and rating; hours add up for the volunteer", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const [a, b, c] = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { sequence: "asc" } });
    const now = new Date("2026-10-28T12:00:00Z");
    expect(await code(saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: c!.id, input: { version: "0", outcome: "held", durationMinutes: "60", present: [w.member.id] }, now }))).toBe("validation");
    expect(await code(saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: a!.id, input: { version: "0", outcome: "held", present: [w.member.id] }, now }))).toBe("validation");
    await saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: a!.id, input: { version: "0", outcome: "held", durationMinutes: "75", rating: "5", notes: "Mission et objectifs", decisions: "Trois objectifs", present: [w.member.id, w.volunteer.id] }, now });
    await saveSessionRecord({ actor: w.volunteer, pairingId: w.pairingId, occurrenceId: b!.id, input: { version: "0", outcome: "held", durationMinutes: "50", present: [w.member.id] }, now });
    await saveSessionRecord({ actor: w.volunteer, pairingId: w.pairingId, occurrenceId: c!.id, input: { version: "0", outcome: "planned", agenda: "Personas" }, now });
    expect(await code(saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: a!.id, input: { version: "0", outcome: "held", durationMinutes: "60", present: [w.member.id] }, now }))).toBe("conflict");
    const view = await getSessionsView({ actor: w.volunteer, pairingId: w.pairingId, now });
    // Only the session the volunteer attended counts.
    expect([view.hours.sessionCount, view.hours.totalMinutes, view.hours.displayHours]).toEqual([1, 75, 1.25]);
    expect(view.past.map((o) => o.status)).toEqual(["HELD", "HELD"]);
    expect(view.next?.id).toBe(c!.id);
  });

  it("action items have an owner from the pairing, a due date, and can be marked done", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    expect(await code(addActionItem({ actor: w.member, pairingId: w.pairingId, input: { title: "Rédiger la mission", ownerId: w.outsider.id } }))).toBe("validation");
    expect(await code(addActionItem({ actor: w.member, pairingId: w.pairingId, input: { title: "", ownerId: w.member.id } }))).toBe("validation");
    const { id } = await addActionItem({ actor: w.member, pairingId: w.pairingId, input: { title: "Rédiger la mission", ownerId: w.volunteer.id, dueOn: "2026-10-27" } });
    expect(await db.notification.count({ where: { userId: w.volunteer.id, kind: "actionItemAssigned" } })).toBe(1);
    expect(await code(setActionItemDone({ actor: w.outsider, pairingId: w.pairingId, actionItemId: id, input: { done: "true" } }))).toBe("not_found");
    await setActionItemDone({ actor: w.volunteer, pairingId: w.pairingId, actionItemId: id, input: { done: "true" } });
    expect((await db.actionItem.findUniqueOrThrow({ where: { id } })).doneAt).not.toBeNull();
  });
});

describe("calendars", () => {
  it("a personal feed is valid iCalendar, shows each session once, and stops working when revoked or replaced", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const occurrences = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { sequence: "asc" } });
    await cancelOccurrence({ actor: w.member, pairingId: w.pairingId, occurrenceId: occurrences[1]!.id, input: { version: "0" } });
    const { token, url } = await createCalendarFeed({ actor: w.volunteer });
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await db.calendarFeedToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    const ics = await calendarForToken(token, new Date("2026-10-16T00:00:00Z"));
    const { calendar, events } = parseICalendar(ics ?? "");
    expect(calendar["X-WR-CALNAME"]).toBe("Tandem sessions: Kemi");
    expect(events.map((e) => [icsDate(e.DTSTART!).toISOString(), e.STATUS, e.SEQUENCE])).toEqual([
      ["2026-10-20T15:00:00.000Z", "CONFIRMED", "0"],
      ["2026-10-27T15:00:00.000Z", "CANCELLED", "1"],
      ["2026-11-03T16:00:00.000Z", "CONFIRMED", "0"],
      ["2026-11-10T16:00:00.000Z", "CONFIRMED", "0"],
    ]);
    expect(events[0]?.SUMMARY).toBe("Tandem session: Centre Mères Debout and Kemi");
    expect(events[0]?.DESCRIPTION).toContain("https://meet.example.org/meres");

    const second = await createCalendarFeed({ actor: w.volunteer });
    expect(await calendarForToken(token)).toBeNull();
    expect(await calendarForToken(second.token)).not.toBeNull();
    await revokeCalendarFeeds({ actor: w.volunteer });
    expect(await calendarForToken(second.token)).toBeNull();
    expect(await calendarForToken("not-a-token")).toBeNull();
  });

  it("the per-pairing invite is for the people of the pairing, in their language", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const { ics } = await calendarForPairing({ actor: w.member, pairingId: w.pairingId });
    const { events } = parseICalendar(ics);
    expect(events).toHaveLength(4);
    expect(events[0]?.SUMMARY?.replace(/\s/gu, " ")).toBe("Rencontre Tandem : Centre Mères Debout et Kemi");
    expect(await code(calendarForPairing({ actor: w.outsider, pairingId: w.pairingId }))).toBe("not_found");
  });
});

describe("reminders and email delivery", () => {
  it("due reminders are stored once, whatever the number of runs, and delivered once", async () => {
    const w = await acceptedPairing();
    await setSchedule({ actor: w.member, pairingId: w.pairingId, input: slot, now: new Date("2026-10-15T12:00:00Z") });
    const [first] = await db.sessionOccurrence.findMany({ where: { pairingId: w.pairingId }, orderBy: { sequence: "asc" } });
    const { id: itemId } = await addActionItem({ actor: w.member, pairingId: w.pairingId, input: { title: "Liste des partenaires", ownerId: w.volunteer.id, dueOn: "2026-10-18" } });
    // The day before the first session, after the action item's due date.
    const now = new Date(first!.startsAt.getTime() - 20 * HOUR);
    const runs = await Promise.all([sendDueReminders({ now }), sendDueReminders({ now }), sendDueReminders({ now })]);
    // Three concurrent runs plan the same reminders; each is created by exactly one of them.
    expect(new Set(runs.map((r) => r.planned)).size).toBe(1);
    expect(runs.reduce((sum, r) => sum + r.created, 0)).toBe(runs[0]!.planned);
    expect((await sendDueReminders({ now })).created).toBe(0);
    const notes = await db.notification.findMany({ where: { dedupeKey: { not: null }, userId: { in: [w.member.id, w.volunteer.id] } }, orderBy: { kind: "asc" } });
    expect(notes.map((n) => [n.kind, n.userId])).toEqual([
      ["reminderActionItemOverdue", w.volunteer.id],
      ["reminderSessionTomorrow", w.member.id],
      ["reminderSessionTomorrow", w.volunteer.id],
    ]);
    expect(notes[0]?.dedupeKey).toContain(`action_item_overdue:${itemId}:2026-10-18:${w.volunteer.id}`);
    // Each recipient gets it in their own language and time zone.
    const toMember = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.member.id, subject: { startsWith: "Rappel" } } });
    expect(toMember.subject.replace(/\s/gu, " ")).toBe("Rappel : votre rencontre Tandem avec Kemi le mardi 20 octobre 2026 à 10 h 00");
    const toVolunteer = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.volunteer.id, subject: { startsWith: "Reminder: your" } } });
    expect(toVolunteer.subject.replace(/\s/gu, " ")).toBe("Reminder: your Tandem session with Centre Mères Debout on Tuesday, October 20, 2026 at 11:00 a.m.");
    expect(toVolunteer.html).toContain('<html lang="en">');

    const sent = await Promise.all([deliverPendingEmails(), deliverPendingEmails(), deliverPendingEmails()]);
    const all = await db.emailOutbox.findMany();
    expect(sent.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(all.every((e) => e.status === "SENT" && e.attempts === 1)).toBe(true);
  });
});
