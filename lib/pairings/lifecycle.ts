// A running pairing's transitions after acceptance: pause and resume
// (coordinators), end early with a reason, complete (either side or a
// coordinator), rematch (end + propose another volunteer), and a coordinator's
// message to both sides. Each is one transaction with its history entry,
// notices and audit record.
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db, type DbTx } from "@/lib/db";
import { invalidTransition, notFound } from "@/lib/errors";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { transitionNeed } from "@/lib/needs/commands";
import { othersThan, pairingForActor, participantIds, type PairingContext } from "./access";
import { nextCandidateFor } from "./cascade";
import { coordinatorsOfProgram } from "./follow-up";
import { createProposal } from "./proposal";
import { MessageSchema, OptionalReasonSchema, ReasonSchema, RematchSchema } from "./schema";
import { canTransitionPairing } from "./state-machine";
import { recordPairingTransition } from "./transition";

async function coordinatorContext(tx: DbTx, actor: Actor, pairingId: string): Promise<PairingContext> {
  if (!isCoordinator(actor)) throw notFound();
  const pairing = await pairingForActor(tx, actor, pairingId, { lock: true });
  if (pairing.role !== "coordinator" && !(await isCoordinatorOf(tx, actor, pairing.programId))) throw notFound();
  return pairing;
}

async function isCoordinatorOf(tx: DbTx, actor: Actor, programId: string | null) {
  if (actor.roles.includes("ADMIN") || programId === null) return isCoordinator(actor);
  return actor.coordinatedProgramIds.includes(programId);
}

function assertCan(pairing: PairingContext, to: PairingStatus, by: PairingContext["role"]) {
  if (!canTransitionPairing(pairing.status, to, by)) throw invalidTransition({ from: pairing.status, to });
}

/** Sessions still ahead are called off, so nobody is reminded of them. */
async function cancelFutureSessions(tx: DbTx, pairingId: string, now: Date) {
  await tx.sessionOccurrence.updateMany({
    where: { pairingId, status: "SCHEDULED", startsAt: { gt: now }, loggedAt: null },
    data: { status: "CANCELLED", version: { increment: 1 } },
  });
}

async function everyoneConcerned(tx: DbTx, pairing: PairingContext) {
  return [...participantIds(pairing), ...(await coordinatorsOfProgram(tx, pairing.programId))];
}

export async function pausePairing(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const input = OptionalReasonSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const pairing = await coordinatorContext(tx, options.actor, options.pairingId);
    assertCan(pairing, "PAUSED", "coordinator");
    await recordPairingTransition(tx, { pairingId: pairing.id, from: pairing.status, to: "PAUSED", by: "coordinator", actorId: options.actor.id, reason: input.reason || undefined });
    await notify(tx, {
      userIds: participantIds(pairing),
      kind: "pairingPaused",
      params: { title: pairing.needTitle, coordinator: options.actor.name },
      path: `/pairings/${pairing.id}`,
    });
    await audit(tx, { actorId: options.actor.id, action: "pairing.pause", entityType: "Pairing", entityId: pairing.id });
  });
}

export async function resumePairing(options: { actor: Actor; pairingId: string }) {
  return db.$transaction(async (tx) => {
    const pairing = await coordinatorContext(tx, options.actor, options.pairingId);
    assertCan(pairing, "ACTIVE", "coordinator");
    await recordPairingTransition(tx, { pairingId: pairing.id, from: pairing.status, to: "ACTIVE", by: "coordinator", actorId: options.actor.id });
    await notify(tx, {
      userIds: participantIds(pairing),
      kind: "pairingResumed",
      params: { title: pairing.needTitle },
      path: `/pairings/${pairing.id}/sessions`,
    });
    await audit(tx, { actorId: options.actor.id, action: "pairing.resume", entityType: "Pairing", entityId: pairing.id });
  });
}

async function endEarlyInTx(tx: DbTx, options: { actor: Actor; pairing: PairingContext; reason: string; now: Date; rematch: boolean }) {
  const { actor, pairing, now } = options;
  assertCan(pairing, "ENDED_EARLY", pairing.role);
  await recordPairingTransition(tx, { pairingId: pairing.id, from: pairing.status, to: "ENDED_EARLY", by: pairing.role, actorId: actor.id, reason: options.reason, data: { endedAt: now } });
  await cancelFutureSessions(tx, pairing.id, now);
  // A rematched need goes back to the pool; otherwise it is closed with the pairing.
  await transitionNeed(tx, options.rematch ? { needId: pairing.needId, to: "APPROVED", by: "coordinator", actorId: actor.id, reason: options.reason } : { needId: pairing.needId, to: "CLOSED", by: "system", actorId: actor.id });
  await notify(tx, {
    userIds: othersThan(await everyoneConcerned(tx, pairing), actor.id),
    kind: "pairingEnded",
    params: { title: pairing.needTitle, by: actor.name, reason: options.reason },
    path: `/pairings/${pairing.id}/close-out`,
  });
}

export async function endPairingEarly(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const input = ReasonSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, options.actor, options.pairingId, { lock: true });
    await endEarlyInTx(tx, { actor: options.actor, pairing, reason: input.reason, now, rematch: false });
    await audit(tx, { actorId: options.actor.id, action: "pairing.endEarly", entityType: "Pairing", entityId: pairing.id });
  });
}

/** Ends the pairing with a reason and proposes the next-ranked volunteer for the same need. */
export async function rematchPairing(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const input = RematchSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const pairing = await coordinatorContext(tx, options.actor, options.pairingId);
    await endEarlyInTx(tx, { actor: options.actor, pairing: { ...pairing, role: "coordinator" }, reason: input.reason, now, rematch: true });
    await audit(tx, { actorId: options.actor.id, action: "pairing.rematch", entityType: "Pairing", entityId: pairing.id });
    const next = await nextCandidateFor(tx, pairing.needId);
    if (!next) return { proposedPairingId: null, volunteerName: null };
    const created = await createProposal(tx, { needId: pairing.needId, volunteerId: next.volunteerId, proposedById: options.actor.id, now, matchScore: next.score, matchRank: next.rank });
    return { proposedPairingId: created.id, volunteerName: next.name };
  });
}

/** Completing makes both sides alumni of the program and asks both for the close-out survey. */
export async function completePairing(options: { actor: Actor; pairingId: string; now?: Date }) {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const pairing = await pairingForActor(tx, options.actor, options.pairingId, { lock: true });
    assertCan(pairing, "COMPLETED", pairing.role);
    await recordPairingTransition(tx, { pairingId: pairing.id, from: pairing.status, to: "COMPLETED", by: pairing.role, actorId: options.actor.id, data: { endedAt: now } });
    await cancelFutureSessions(tx, pairing.id, now);
    await transitionNeed(tx, { needId: pairing.needId, to: "CLOSED", by: "system", actorId: options.actor.id });
    if (pairing.programId) {
      const rows = [
        { userId: pairing.volunteerId, side: "VOLUNTEER" as const },
        ...pairing.memberIds.map((userId) => ({ userId, side: "ORGANISATION" as const })),
      ];
      await tx.alumni.createMany({
        data: rows.map((r) => ({ id: newId(), userId: r.userId, programId: pairing.programId!, side: r.side, pairingId: pairing.id, since: now })),
        skipDuplicates: true,
      });
    }
    await notify(tx, {
      userIds: participantIds(pairing),
      kind: "surveyRequested",
      params: { title: pairing.needTitle, organisation: pairing.organisationName, volunteer: pairing.volunteerName },
      path: `/pairings/${pairing.id}/close-out`,
    });
    await notify(tx, {
      userIds: othersThan(await coordinatorsOfProgram(tx, pairing.programId), options.actor.id),
      kind: "pairingCompleted",
      params: { title: pairing.needTitle, organisation: pairing.organisationName, volunteer: pairing.volunteerName },
      path: `/pairings/${pairing.id}/close-out`,
      email: false,
    });
    await audit(tx, { actorId: options.actor.id, action: "pairing.complete", entityType: "Pairing", entityId: pairing.id });
  });
}

/** A coordinator's message to both sides (e.g. "how are things going?"), in-app and by email. */
export async function messagePairing(options: { actor: Actor; pairingId: string; input: unknown }) {
  const input = MessageSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const pairing = await coordinatorContext(tx, options.actor, options.pairingId);
    await notify(tx, {
      userIds: participantIds(pairing),
      kind: "coordinatorMessage",
      params: { coordinator: options.actor.name, title: pairing.needTitle, message: input.message },
      path: `/pairings/${pairing.id}`,
    });
    await audit(tx, { actorId: options.actor.id, action: "pairing.message", entityType: "Pairing", entityId: pairing.id, data: { message: input.message } });
  });
}
