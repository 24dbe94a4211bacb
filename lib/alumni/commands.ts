// Mutations of the alumni network: alumni's own opt-ins, ambassadors and referrals recorded by
// coordinators, the one-step invitation of an alumni mentee to volunteer (and their answer), and
// program events with invitations and attendance. Each checks the actor inside and writes in one
// transaction with its notifications and audit entry.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator, isVolunteer } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { programScope } from "@/lib/programs/queries";
import { resolveLocalTime } from "@/lib/scheduling";
import { writeVolunteerProfile } from "@/lib/volunteers/commands";
import { VolunteerProfileSchema } from "@/lib/volunteers/schema";
import { AttendanceSchema, EventInputSchema, OptInsSchema, ReferralSchema } from "./schema";
import { coordinatorAlumniScope } from "./scope";

export async function updateOwnOptIns(options: { actor: Actor; alumniId: string; input: unknown }) {
  const { actor } = options;
  const input = OptInsSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const updated = await tx.alumni.updateMany({ where: { id: options.alumniId, userId: actor.id }, data: input });
    if (updated.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: "alumni.optIns", entityType: "Alumni", entityId: options.alumniId, data: input });
  });
}

async function coordinatorAlumniOrThrow(tx: DbTx, actor: Actor, alumniId: string) {
  if (!isCoordinator(actor)) throw notFound();
  const alumni = await tx.alumni.findFirst({
    where: { id: alumniId, ...coordinatorAlumniScope(actor) },
    select: { id: true, side: true, userId: true, programId: true, program: { select: { nameFr: true, nameEn: true } }, user: { select: { roles: { select: { role: true } } } } },
  });
  if (!alumni) throw notFound();
  return alumni;
}

export async function setAmbassador(options: { actor: Actor; alumniId: string; ambassador: boolean }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const alumni = await coordinatorAlumniOrThrow(tx, actor, options.alumniId);
    await tx.alumni.update({ where: { id: alumni.id }, data: { ambassador: options.ambassador } });
    await audit(tx, { actorId: actor.id, action: options.ambassador ? "alumni.ambassador.set" : "alumni.ambassador.unset", entityType: "Alumni", entityId: alumni.id });
  });
}

export async function recordReferral(options: { actor: Actor; alumniId: string; input: unknown }) {
  const { actor } = options;
  const { detail } = ReferralSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const alumni = await coordinatorAlumniOrThrow(tx, actor, options.alumniId);
    await tx.alumniEngagement.create({ data: { id: newId(), alumniId: alumni.id, kind: "REFERRED", detail } });
    await audit(tx, { actorId: actor.id, action: "alumni.referral", entityType: "Alumni", entityId: alumni.id });
  });
}

/**
 * One step for the coordinator: the alumni mentee receives an invitation (in the app and by
 * email) to a volunteer profile already filled with what Tandem knows; they only confirm.
 */
export async function inviteAlumniToVolunteer(options: { actor: Actor; alumniId: string; now?: Date }) {
  const { actor } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const alumni = await coordinatorAlumniOrThrow(tx, actor, options.alumniId);
    if (alumni.side !== "ORGANISATION") throw new AppError("conflict", "alumni.errors.notAMentee");
    if (alumni.user.roles.some((r) => r.role === "VOLUNTEER")) throw new AppError("conflict", "alumni.errors.alreadyVolunteer");
    await tx.alumni.update({ where: { id: alumni.id }, data: { volunteerInvitedAt: now } });
    await notify(tx, {
      userIds: [alumni.userId],
      kind: "alumniVolunteerInvite",
      params: { inviter: actor.name },
      path: "/alumni/volunteer",
    });
    await audit(tx, { actorId: actor.id, action: "alumni.inviteToVolunteer", entityType: "Alumni", entityId: alumni.id });
  });
}

/**
 * The alumni mentee confirms the prefilled profile: they become a volunteer (role and profile,
 * together), and each of their mentee alumni records counts a "volunteered again".
 */
export async function becomeVolunteer(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  const input = VolunteerProfileSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const records = await tx.alumni.findMany({ where: { userId: actor.id, side: "ORGANISATION" }, select: { id: true } });
    if (records.length === 0) throw notFound();
    if (isVolunteer(actor)) throw new AppError("conflict", "alumni.errors.alreadyVolunteer");
    await tx.userRole.create({ data: { userId: actor.id, role: "VOLUNTEER" } });
    await writeVolunteerProfile(tx, actor.id, input);
    await tx.alumniEngagement.createMany({ data: records.map((r) => ({ id: newId(), alumniId: r.id, kind: "VOLUNTEERED_AGAIN" as const, detail: "profile" })) });
    await audit(tx, { actorId: actor.id, action: "alumni.becomeVolunteer", entityType: "User", entityId: actor.id });
  });
}

async function coordinatorEventOrThrow(tx: DbTx, actor: Actor, eventId: string) {
  if (!isCoordinator(actor)) throw notFound();
  const event = await tx.programEvent.findFirst({
    where: { id: eventId, program: programScope(actor) },
    select: { id: true, programId: true, title: true, startsAt: true, place: true },
  });
  if (!event) throw notFound();
  return event;
}

export async function createProgramEvent(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  const input = EventInputSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const program = await tx.program.findFirst({ where: { id: input.programId, ...programScope(actor) }, select: { id: true } });
    if (!program) throw notFound();
    const { instant } = resolveLocalTime({ date: input.date, time: input.time, timeZone: actor.timeZone });
    const id = newId();
    await tx.programEvent.create({
      data: { id, programId: program.id, title: input.title, description: input.description, startsAt: instant, place: input.place || null },
    });
    await audit(tx, { actorId: actor.id, action: "event.create", entityType: "ProgramEvent", entityId: id });
    return { id };
  });
}

/** Invites every alumni of the event's program who accepts event invitations; idempotent. */
export async function inviteEventAudience(options: { actor: Actor; eventId: string }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const event = await coordinatorEventOrThrow(tx, actor, options.eventId);
    const audience = await tx.alumni.findMany({
      where: { programId: event.programId, eventsOptIn: true, user: { deletedAt: null }, invitations: { none: { eventId: event.id } } },
      select: { id: true, userId: true },
    });
    if (audience.length === 0) return { invited: 0 };
    await tx.eventInvitation.createMany({ data: audience.map((a) => ({ eventId: event.id, alumniId: a.id })), skipDuplicates: true });
    await notify(tx, {
      userIds: audience.map((a) => a.userId),
      kind: "alumniEventInvite",
      params: { title: event.title, date: event.startsAt.toISOString().slice(0, 10) },
      path: "/alumni",
      dedupeKey: `event-invite:${event.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "event.invite", entityType: "ProgramEvent", entityId: event.id, data: { invited: audience.length } });
    return { invited: audience.length };
  });
}

/**
 * Records who came: the listed invitees attended, the others did not. Attending counts as an
 * "attended an event" re-engagement, once per event.
 */
export async function recordEventAttendance(options: { actor: Actor; eventId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const { attended } = AttendanceSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const event = await coordinatorEventOrThrow(tx, actor, options.eventId);
    const invitations = await tx.eventInvitation.findMany({ where: { eventId: event.id }, select: { alumniId: true } });
    const invited = new Set(invitations.map((i) => i.alumniId));
    const present = new Set(attended);
    if ([...present].some((id) => !invited.has(id))) throw new AppError("validation", "alumni.errors.notInvited");
    await tx.eventInvitation.updateMany({ where: { eventId: event.id, alumniId: { in: [...present] } }, data: { attended: true } });
    await tx.eventInvitation.updateMany({ where: { eventId: event.id, alumniId: { notIn: [...present] } }, data: { attended: false } });
    // The engagement's detail names the event, so re-saving the list never counts twice.
    const detail = `event:${event.id}`;
    await tx.alumniEngagement.deleteMany({ where: { kind: "ATTENDED_EVENT", detail, alumniId: { notIn: [...present] } } });
    const already = await tx.alumniEngagement.findMany({ where: { kind: "ATTENDED_EVENT", detail }, select: { alumniId: true } });
    const recorded = new Set(already.map((e) => e.alumniId));
    const occurredAt = event.startsAt.getTime() <= (options.now ?? new Date()).getTime() ? event.startsAt : (options.now ?? new Date());
    await tx.alumniEngagement.createMany({
      data: [...present].filter((id) => !recorded.has(id)).map((alumniId) => ({ id: newId(), alumniId, kind: "ATTENDED_EVENT" as const, detail, occurredAt })),
    });
    await audit(tx, { actorId: actor.id, action: "event.attendance", entityType: "ProgramEvent", entityId: event.id, data: { attended: present.size } });
    return { attended: present.size };
  });
}
