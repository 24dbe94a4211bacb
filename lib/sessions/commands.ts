// Weekly sessions of a pairing: agreeing the slot (which starts an accepted
// pairing), rescheduling or cancelling one occurrence, recording a session and
// its action items. Occurrences are materialised rows with a stable `sequence`
// in their schedule, so reminders, calendar feeds and notes all point at the
// same session whatever happens to the others.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db, type DbTx } from "@/lib/db";
import { AppError, conflict, invalidTransition, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { othersThan, pairingForActor, participantIds, type PairingContext } from "@/lib/pairings/access";
import { recordPairingTransition } from "@/lib/pairings/transition";
import { resolveLocalTime, weeklyOccurrences } from "@/lib/scheduling";
import { ActionItemDoneSchema, ActionItemSchema, CancelSchema, RescheduleSchema, ScheduleSchema, SessionRecordSchema } from "./schema";

const SCHEDULABLE = ["ACCEPTED", "ACTIVE", "PAUSED"] as const;
const RUNNING = ["ACTIVE", "PAUSED"] as const;

function assertRunning(pairing: PairingContext) {
  if (!(RUNNING as readonly string[]).includes(pairing.status)) throw new AppError("conflict", "sessions.errors.pairingNotRunning");
}

export async function setSchedule(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const input = ScheduleSchema.parse(options.input);
  const now = options.now ?? new Date();
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, actor, options.pairingId, { lock: true });
    if (!(SCHEDULABLE as readonly string[]).includes(pairing.status)) throw invalidTransition({ from: pairing.status, to: "ACTIVE" });
    const existing = await tx.sessionSchedule.findUnique({ where: { pairingId: pairing.id }, select: { id: true, version: true } });
    if (existing && input.version !== existing.version) throw conflict("sessions.errors.scheduleChanged");

    const planned = weeklyOccurrences({
      weekday: input.weekday,
      localTime: input.localTime,
      timeZone: input.timeZone,
      startDate: input.startsOn,
      weeks: input.weeks,
      durationMinutes: input.durationMinutes,
    });
    const slot = {
      weekday: input.weekday,
      localTime: input.localTime,
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      startsOn: new Date(`${input.startsOn}T00:00:00Z`),
      weeks: input.weeks,
      videoUrl: input.videoUrl || null,
      place: input.place || null,
    };
    let scheduleId: string;
    let firstSequence = 0;
    let occurrences = planned;
    if (existing) {
      scheduleId = existing.id;
      // Sessions that already happened or were written up stay as they are; the rest follow the new slot.
      await tx.sessionOccurrence.deleteMany({ where: { scheduleId, startsAt: { gt: now }, loggedAt: null } });
      const kept = await tx.sessionOccurrence.aggregate({ where: { scheduleId }, _max: { sequence: true } });
      firstSequence = (kept._max.sequence ?? -1) + 1;
      occurrences = planned.filter((o) => o.startsAt.getTime() > now.getTime());
      await tx.sessionSchedule.update({ where: { id: scheduleId }, data: { ...slot, version: { increment: 1 } } });
    } else {
      scheduleId = newId();
      await tx.sessionSchedule.create({ data: { id: scheduleId, pairingId: pairing.id, createdById: actor.id, ...slot } });
    }
    await tx.sessionOccurrence.createMany({
      data: occurrences.map((o, i) => ({
        id: newId(),
        pairingId: pairing.id,
        scheduleId,
        sequence: firstSequence + i,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
      })),
    });
    if (pairing.status === "ACCEPTED") {
      await recordPairingTransition(tx, { pairingId: pairing.id, from: "ACCEPTED", to: "ACTIVE", by: pairing.role, actorId: actor.id, data: { activatedAt: now } });
    }
    await notify(tx, {
      userIds: othersThan(participantIds(pairing), actor.id),
      kind: existing ? "scheduleChanged" : "scheduleSet",
      params: { name: actor.name, title: pairing.needTitle },
      path: `/pairings/${pairing.id}/sessions`,
    });
    await audit(tx, { actorId: actor.id, action: existing ? "sessions.scheduleChange" : "sessions.scheduleSet", entityType: "Pairing", entityId: pairing.id, data: { weekday: input.weekday, localTime: input.localTime, timeZone: input.timeZone, weeks: input.weeks } });
    return { scheduleId, occurrences: occurrences.length };
  });
}

/** The occurrence and its pairing, under a row lock, if the actor takes part in (or coordinates) the pairing. */
async function occurrenceForActor(tx: DbTx, actor: Actor, pairingId: string, occurrenceId: string) {
  const pairing = await pairingForActor(tx, actor, pairingId);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SessionOccurrence" WHERE id = ${occurrenceId} AND "pairingId" = ${pairing.id} FOR UPDATE`;
  if (!rows.length) throw notFound();
  const occurrence = await tx.sessionOccurrence.findUniqueOrThrow({ where: { id: occurrenceId } });
  return { pairing, occurrence };
}

function assertVersion(current: number, expected: number) {
  if (current !== expected) throw conflict("sessions.errors.sessionChanged");
}

export async function rescheduleOccurrence(options: { actor: Actor; pairingId: string; occurrenceId: string; input: unknown }) {
  const input = RescheduleSchema.parse(options.input);
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const { pairing, occurrence } = await occurrenceForActor(tx, actor, options.pairingId, options.occurrenceId);
    assertRunning(pairing);
    assertVersion(occurrence.version, input.version);
    if (occurrence.loggedAt) throw new AppError("conflict", "sessions.errors.alreadyLogged");
    // The new time is typed in the actor's own time zone, as the form says.
    const { instant } = resolveLocalTime({ date: input.date, time: input.time, timeZone: actor.timeZone });
    const length = occurrence.endsAt.getTime() - occurrence.startsAt.getTime();
    await tx.sessionOccurrence.update({
      where: { id: occurrence.id },
      data: {
        startsAt: instant,
        endsAt: new Date(instant.getTime() + length),
        status: "SCHEDULED",
        rescheduledFrom: occurrence.rescheduledFrom ?? occurrence.startsAt,
        version: { increment: 1 },
      },
    });
    await notify(tx, {
      userIds: othersThan(participantIds(pairing), actor.id),
      kind: "sessionRescheduled",
      params: { name: actor.name, title: pairing.needTitle },
      path: `/pairings/${pairing.id}/sessions/${occurrence.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "sessions.reschedule", entityType: "Pairing", entityId: pairing.id, data: { occurrenceId: occurrence.id, from: occurrence.startsAt.toISOString(), to: instant.toISOString() } });
  });
}

export async function cancelOccurrence(options: { actor: Actor; pairingId: string; occurrenceId: string; input: unknown }) {
  const input = CancelSchema.parse(options.input);
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const { pairing, occurrence } = await occurrenceForActor(tx, actor, options.pairingId, options.occurrenceId);
    assertRunning(pairing);
    assertVersion(occurrence.version, input.version);
    if (occurrence.loggedAt || occurrence.status !== "SCHEDULED") throw new AppError("conflict", "sessions.errors.alreadyLogged");
    await tx.sessionOccurrence.update({ where: { id: occurrence.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
    await notify(tx, {
      userIds: othersThan(participantIds(pairing), actor.id),
      kind: "sessionCancelled",
      params: { name: actor.name, title: pairing.needTitle },
      path: `/pairings/${pairing.id}/sessions/${occurrence.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "sessions.cancel", entityType: "Pairing", entityId: pairing.id, data: { occurrenceId: occurrence.id, startsAt: occurrence.startsAt.toISOString() } });
  });
}

/**
 * Saves a session's record: agenda, notes and decisions at any time; once it
 * took place, its duration, attendance and rating (which count towards the
 * volunteer's hours and the pairing's health). "Missed" closes it without hours.
 */
export async function saveSessionRecord(options: { actor: Actor; pairingId: string; occurrenceId: string; input: unknown; now?: Date }) {
  const input = SessionRecordSchema.parse(options.input);
  const now = options.now ?? new Date();
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const { pairing, occurrence } = await occurrenceForActor(tx, actor, options.pairingId, options.occurrenceId);
    if (pairing.status === "PROPOSED" || pairing.status === "ACCEPTED") throw new AppError("conflict", "sessions.errors.pairingNotRunning");
    assertVersion(occurrence.version, input.version);
    if (input.outcome !== "planned" && occurrence.startsAt.getTime() > now.getTime()) throw new AppError("validation", "sessions.errors.notYet");
    const participants = participantIds(pairing);
    const present = input.present.filter((id) => participants.includes(id));
    const text = { agenda: input.agenda, notes: input.notes, decisions: input.decisions };
    const firstLog = !occurrence.loggedAt;
    if (input.outcome === "planned") {
      if (occurrence.loggedAt) throw new AppError("conflict", "sessions.errors.alreadyLogged");
      await tx.sessionOccurrence.update({ where: { id: occurrence.id }, data: { ...text, version: { increment: 1 } } });
    } else {
      const held = input.outcome === "held";
      await tx.sessionOccurrence.update({
        where: { id: occurrence.id },
        data: {
          ...text,
          status: held ? "HELD" : "CANCELLED",
          durationMinutes: held ? (input.durationMinutes ?? null) : null,
          rating: held ? (input.rating ?? null) : null,
          loggedAt: now,
          loggedById: actor.id,
          version: { increment: 1 },
        },
      });
      await tx.sessionAttendance.deleteMany({ where: { occurrenceId: occurrence.id } });
      if (held) {
        await tx.sessionAttendance.createMany({ data: participants.map((userId) => ({ occurrenceId: occurrence.id, userId, present: present.includes(userId) })) });
      }
    }
    await audit(tx, {
      actorId: actor.id,
      action: input.outcome === "planned" ? "sessions.prepare" : firstLog ? `sessions.log.${input.outcome}` : "sessions.edit",
      entityType: "Pairing",
      entityId: pairing.id,
      data: { occurrenceId: occurrence.id, startsAt: occurrence.startsAt.toISOString() },
    });
  });
}

export async function addActionItem(options: { actor: Actor; pairingId: string; input: unknown }) {
  const input = ActionItemSchema.parse(options.input);
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, actor, options.pairingId);
    assertRunning(pairing);
    if (input.ownerId && !participantIds(pairing).includes(input.ownerId)) throw new AppError("validation", "sessions.validation.ownerNotInPairing");
    if (input.occurrenceId && !(await tx.sessionOccurrence.count({ where: { id: input.occurrenceId, pairingId: pairing.id } }))) throw notFound();
    const id = newId();
    await tx.actionItem.create({
      data: {
        id,
        pairingId: pairing.id,
        occurrenceId: input.occurrenceId || null,
        title: input.title,
        ownerId: input.ownerId || null,
        dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00Z`) : null,
        createdById: actor.id,
      },
    });
    if (input.ownerId && input.ownerId !== actor.id) {
      await notify(tx, {
        userIds: [input.ownerId],
        kind: "actionItemAssigned",
        params: { name: actor.name, title: input.title },
        path: `/pairings/${pairing.id}/sessions`,
        email: false,
      });
    }
    await audit(tx, { actorId: actor.id, action: "sessions.actionItemAdd", entityType: "Pairing", entityId: pairing.id, data: { actionItemId: id, title: input.title } });
    return { id };
  });
}

export async function setActionItemDone(options: { actor: Actor; pairingId: string; actionItemId: string; input: unknown; now?: Date }) {
  const input = ActionItemDoneSchema.parse(options.input);
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, actor, options.pairingId);
    const item = await tx.actionItem.findFirst({ where: { id: options.actionItemId, pairingId: pairing.id }, select: { id: true, title: true } });
    if (!item) throw notFound();
    const done = input.done === "true";
    await tx.actionItem.update({ where: { id: item.id }, data: { doneAt: done ? (options.now ?? new Date()) : null } });
    await audit(tx, { actorId: actor.id, action: done ? "sessions.actionItemDone" : "sessions.actionItemReopen", entityType: "Pairing", entityId: pairing.id, data: { actionItemId: item.id, title: item.title } });
  });
}
