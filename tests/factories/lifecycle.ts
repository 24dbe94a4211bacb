// Factories for what happens after a match — sessions, close-out surveys, alumni and their
// re-engagement, program events — shared by the reporting tests and the demo seed.
import type { DbTx } from "@/lib/db";
import type { EngagementKind, OccurrenceStatus, PairingSide } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { OutcomeEntry } from "@/lib/reporting/outcomes";

const MINUTE = 60_000;

export async function createSession(
  db: DbTx,
  options: {
    pairingId: string;
    startsAt: Date;
    status?: OccurrenceStatus;
    /** Planned length; the logged length defaults to it for a held session. */
    plannedMinutes?: number;
    durationMinutes?: number | null;
    rating?: number | null;
    logged?: boolean;
    loggedById?: string | null;
    notes?: string;
    /** Attendance rows to write, by user. */
    attendance?: { userId: string; present: boolean }[];
  },
) {
  const status = options.status ?? "HELD";
  const planned = options.plannedMinutes ?? 60;
  const held = status === "HELD";
  const logged = options.logged ?? held;
  const id = newId();
  await db.sessionOccurrence.create({
    data: {
      id,
      pairingId: options.pairingId,
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + planned * MINUTE),
      status,
      durationMinutes: options.durationMinutes === undefined ? (held ? planned : null) : options.durationMinutes,
      rating: options.rating ?? null,
      loggedAt: logged ? new Date(options.startsAt.getTime() + planned * MINUTE) : null,
      loggedById: options.loggedById ?? null,
      notes: options.notes ?? "",
    },
  });
  if (options.attendance?.length) {
    await db.sessionAttendance.createMany({ data: options.attendance.map((a) => ({ occurrenceId: id, ...a })) });
  }
  return id;
}

export async function createSurvey(
  db: DbTx,
  options: {
    pairingId: string;
    respondentId: string | null;
    side: PairingSide;
    satisfaction: number;
    outcomes?: OutcomeEntry[];
    keep?: string;
    testimonial?: string;
    testimonialConsent?: boolean;
    submittedAt?: Date;
  },
) {
  return db.closeoutSurvey.create({
    data: {
      id: newId(),
      pairingId: options.pairingId,
      respondentId: options.respondentId,
      side: options.side,
      satisfaction: options.satisfaction,
      outcomes: options.outcomes ?? [],
      keep: options.keep ?? "",
      testimonial: options.testimonial ?? "",
      testimonialConsent: options.testimonialConsent ?? false,
      submittedAt: options.submittedAt ?? new Date(),
    },
  });
}

export async function createAlumni(
  db: DbTx,
  options: {
    userId: string;
    programId: string;
    side: PairingSide;
    pairingId?: string | null;
    since?: Date;
    directoryOptIn?: boolean;
    newsletterOptIn?: boolean;
    eventsOptIn?: boolean;
    ambassador?: boolean;
  },
) {
  return db.alumni.create({
    data: {
      id: newId(),
      userId: options.userId,
      programId: options.programId,
      side: options.side,
      pairingId: options.pairingId ?? null,
      since: options.since ?? new Date(),
      directoryOptIn: options.directoryOptIn ?? false,
      newsletterOptIn: options.newsletterOptIn ?? false,
      eventsOptIn: options.eventsOptIn ?? false,
      ambassador: options.ambassador ?? false,
    },
  });
}

export async function createEngagement(db: DbTx, options: { alumniId: string; kind: EngagementKind; occurredAt?: Date; detail?: string }) {
  return db.alumniEngagement.create({
    data: { id: newId(), alumniId: options.alumniId, kind: options.kind, detail: options.detail ?? "", occurredAt: options.occurredAt ?? new Date() },
  });
}

export async function createProgramEvent(db: DbTx, options: { programId: string; title?: string; startsAt?: Date; place?: string | null; description?: string }) {
  return db.programEvent.create({
    data: {
      id: newId(),
      programId: options.programId,
      title: options.title ?? "Rencontre des anciens",
      description: options.description ?? "",
      startsAt: options.startsAt ?? new Date(Date.now() + 14 * 86_400_000),
      place: options.place ?? null,
    },
  });
}
