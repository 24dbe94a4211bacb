// What the sessions pages read, scoped through the pairing (pairingForActor).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { pairingForActor } from "@/lib/pairings/access";
import { volunteerHours } from "@/lib/scheduling";

export interface Participant {
  id: string;
  name: string;
  timeZone: string;
  side: "volunteer" | "org";
}

async function participantsOf(pairing: { volunteerId: string; memberIds: string[] }): Promise<Participant[]> {
  const users = await db.user.findMany({
    where: { id: { in: [pairing.volunteerId, ...pairing.memberIds] }, deletedAt: null },
    select: { id: true, name: true, timeZone: true },
  });
  const volunteer = users.filter((u) => u.id === pairing.volunteerId).map((u) => ({ ...u, side: "volunteer" as const }));
  const members = users
    .filter((u) => u.id !== pairing.volunteerId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ ...u, side: "org" as const }));
  return [...members, ...volunteer];
}

const occurrenceSelect = {
  id: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  status: true,
  rescheduledFrom: true,
  loggedAt: true,
  durationMinutes: true,
  rating: true,
  agenda: true,
  notes: true,
  decisions: true,
  version: true,
} as const;

export async function getSessionsView(options: { actor: Actor; pairingId: string; now?: Date }) {
  const now = options.now ?? new Date();
  const pairing = await pairingForActor(db, options.actor, options.pairingId);
  const [schedule, occurrences, actionItems, participants, attendance] = await Promise.all([
    db.sessionSchedule.findUnique({ where: { pairingId: pairing.id } }),
    db.sessionOccurrence.findMany({ where: { pairingId: pairing.id }, orderBy: { startsAt: "asc" }, select: occurrenceSelect }),
    db.actionItem.findMany({
      where: { pairingId: pairing.id },
      orderBy: [{ doneAt: { sort: "asc", nulls: "first" } }, { dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: { id: true, title: true, dueOn: true, doneAt: true, occurrenceId: true, owner: { select: { id: true, name: true } } },
    }),
    participantsOf(pairing),
    db.sessionAttendance.findMany({ where: { occurrence: { pairingId: pairing.id, status: "HELD" }, userId: pairing.volunteerId }, select: { occurrenceId: true, present: true } }),
  ]);
  const volunteerPresent = new Map(attendance.map((a) => [a.occurrenceId, a.present]));
  const hours = volunteerHours(
    occurrences
      .filter((o) => o.status === "HELD" && o.durationMinutes !== null)
      .map((o) => ({ durationMinutes: o.durationMinutes ?? 0, volunteerAttended: volunteerPresent.get(o.id) ?? false })),
  );
  const upcoming = occurrences.filter((o) => o.endsAt.getTime() > now.getTime() && !o.loggedAt);
  const past = occurrences.filter((o) => o.endsAt.getTime() <= now.getTime() || o.loggedAt).reverse();
  const next = upcoming.find((o) => o.status === "SCHEDULED") ?? null;
  return { pairing, schedule, upcoming, past, next, actionItems, participants, hours, now };
}

export async function getOccurrenceView(options: { actor: Actor; pairingId: string; occurrenceId: string }) {
  const pairing = await pairingForActor(db, options.actor, options.pairingId);
  const occurrence = await db.sessionOccurrence.findFirst({
    where: { id: options.occurrenceId, pairingId: pairing.id },
    select: { ...occurrenceSelect, loggedBy: { select: { name: true } }, attendance: { select: { userId: true, present: true } } },
  });
  if (!occurrence) throw notFound();
  const [schedule, actionItems, participants] = await Promise.all([
    db.sessionSchedule.findUnique({ where: { pairingId: pairing.id }, select: { videoUrl: true, place: true, timeZone: true } }),
    db.actionItem.findMany({
      where: { pairingId: pairing.id, occurrenceId: occurrence.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, dueOn: true, doneAt: true, occurrenceId: true, owner: { select: { id: true, name: true } } },
    }),
    participantsOf(pairing),
  ]);
  return { pairing, occurrence, schedule, actionItems, participants };
}

/** The next scheduled session of a pairing, for the overview. */
export async function nextSessionOf(pairingId: string, now = new Date()) {
  return db.sessionOccurrence.findFirst({
    where: { pairingId, status: "SCHEDULED", endsAt: { gt: now }, loggedAt: null },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true },
  });
}

export { participantsOf };
