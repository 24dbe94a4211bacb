// Proposals and responses. The capacity rule ("a volunteer never holds more
// pairings than their capacity") is enforced by locking the volunteer's profile
// row for the length of the acceptance transaction: concurrent acceptances for
// the same volunteer run one after the other and each sees the others' result.
import { z } from "zod";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, invalidTransition, notFound } from "@/lib/errors";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { transitionNeed } from "@/lib/needs/commands";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { CAPACITY_STATUSES, canTransitionPairing, LIVE_STATUSES, type PairingActorKind } from "./state-machine";

const HOUR = 3_600_000;

export const ProposeSchema = z.object({
  needId: z.string().min(1),
  volunteerId: z.string().min(1, { message: "validation.choose" }),
  matchScore: z.number().min(0).max(100).optional(),
  matchRank: z.number().int().min(1).optional(),
});

export const RespondSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept") }),
  z.object({ decision: z.literal("decline"), reason: z.string().trim().min(3, { message: "validation.reasonRequired" }).max(1000) }),
]);

export async function recordPairingTransition(
  tx: DbTx,
  options: { pairingId: string; from: PairingStatus; to: PairingStatus; by: PairingActorKind; actorId: string | null; reason?: string; data?: Record<string, unknown> },
) {
  if (!canTransitionPairing(options.from, options.to, options.by)) throw invalidTransition({ from: options.from, to: options.to });
  await tx.pairing.update({
    where: { id: options.pairingId },
    data: { status: options.to, version: { increment: 1 }, ...(options.reason ? { reason: options.reason } : {}), ...options.data },
  });
  await tx.pairingEvent.create({
    data: { id: newId(), pairingId: options.pairingId, fromStatus: options.from, toStatus: options.to, actorId: options.actorId, reason: options.reason ?? null },
  });
}

export async function proposeVolunteer(options: { actor: Actor; input: unknown; now?: Date }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  const input = ProposeSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const need = await tx.need.findFirst({
      where: { id: input.needId, ...coordinatorNeedScope(actor) },
      select: { id: true, title: true, organisationId: true, programId: true, organisation: { select: { name: true } }, program: { select: { proposalTtlHours: true } } },
    });
    if (!need) throw notFound();
    // Lock the need: two coordinators proposing at once must not both succeed.
    await tx.$queryRaw`SELECT id FROM "Need" WHERE id = ${need.id} FOR UPDATE`;
    const live = await tx.pairing.count({ where: { needId: need.id, status: { in: [...LIVE_STATUSES] } } });
    if (live > 0) throw new AppError("conflict", "pairing.errors.needAlreadyProposed");

    const volunteer = await tx.volunteerProfile.findFirst({
      where: { userId: input.volunteerId, completedAt: { not: null }, user: { deletedAt: null, roles: { some: { role: "VOLUNTEER" } } } },
      select: { userId: true, acceptingProposals: true, conflicts: { where: { organisationId: need.organisationId }, select: { id: true } } },
    });
    if (!volunteer) throw new AppError("validation", "pairing.errors.volunteerUnavailable");
    if (!volunteer.acceptingProposals) throw new AppError("conflict", "pairing.errors.volunteerPaused");
    if (volunteer.conflicts.length) throw new AppError("conflict", "pairing.errors.conflictOfInterest");
    const previous = await tx.pairing.count({ where: { needId: need.id, volunteerId: volunteer.userId, status: { in: ["DECLINED", "EXPIRED"] } } });
    if (previous) throw new AppError("conflict", "pairing.errors.alreadyDeclined");

    return insertProposal(tx, {
      actor,
      need: { id: need.id, title: need.title, programId: need.programId, organisationName: need.organisation.name, proposalTtlHours: need.program?.proposalTtlHours ?? 72 },
      volunteerId: volunteer.userId,
      now,
      matchScore: input.matchScore ?? null,
      matchRank: input.matchRank ?? null,
    });
  });
}

/**
 * Writes one proposal: the need moves to MATCHING, the pairing and its first event are created,
 * the volunteer is notified, the change is audited. The caller has locked the need and checked
 * that the pair may be proposed (single proposals above, cohort drafts in lib/cohorts).
 */
export async function insertProposal(
  tx: DbTx,
  options: {
    actor: Actor;
    need: { id: string; title: string; programId: string | null; organisationName: string; proposalTtlHours: number };
    volunteerId: string;
    now: Date;
    matchScore: number | null;
    matchRank: number | null;
    cohortDraftId?: string;
  },
) {
  const { actor, need, now } = options;
  await transitionNeed(tx, { needId: need.id, to: "MATCHING", by: "coordinator", actorId: actor.id });
  const id = newId();
  const respondBy = new Date(now.getTime() + need.proposalTtlHours * HOUR);
  await tx.pairing.create({
    data: {
      id,
      needId: need.id,
      volunteerId: options.volunteerId,
      programId: need.programId,
      status: "PROPOSED",
      proposedById: actor.id,
      proposedAt: now,
      respondBy,
      matchScore: options.matchScore,
      matchRank: options.matchRank,
      cohortDraftId: options.cohortDraftId ?? null,
    },
  });
  await tx.pairingEvent.create({ data: { id: newId(), pairingId: id, fromStatus: null, toStatus: "PROPOSED", actorId: actor.id, createdAt: now } });
  await notify(tx, {
    userIds: [options.volunteerId],
    kind: "proposalReceived",
    params: { organisation: need.organisationName, title: need.title },
    path: `/volunteer`,
  });
  await audit(tx, { actorId: actor.id, action: "pairing.propose", entityType: "Pairing", entityId: id, data: { needId: need.id, volunteerId: options.volunteerId, ...(options.cohortDraftId ? { cohortDraftId: options.cohortDraftId } : {}) } });
  return { id, respondBy };
}

export async function respondToProposal(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const input = RespondSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const pairing = await tx.pairing.findFirst({
      where: { id: options.pairingId, volunteerId: actor.id },
      select: { id: true, needId: true, need: { select: { title: true, programId: true, organisation: { select: { name: true, members: { select: { userId: true } } } } } } },
    });
    if (!pairing) throw notFound();
    // Serialise every capacity decision for this volunteer (see the file comment).
    const profile = await tx.$queryRaw<{ capacity: number }[]>`
      SELECT capacity FROM "VolunteerProfile" WHERE "userId" = ${actor.id} FOR UPDATE`;
    const locked = await tx.$queryRaw<{ status: PairingStatus; respondBy: Date }[]>`
      SELECT status, "respondBy" FROM "Pairing" WHERE id = ${pairing.id} FOR UPDATE`;
    const current = locked[0];
    if (!current) throw notFound();
    if (current.status !== "PROPOSED") throw invalidTransition({ from: current.status, to: input.decision === "accept" ? "ACCEPTED" : "DECLINED" });
    if (current.respondBy.getTime() <= now.getTime()) throw new AppError("conflict", "pairing.errors.proposalExpired");

    const coordinators = pairing.need.programId
      ? (await tx.programCoordinator.findMany({ where: { programId: pairing.need.programId }, select: { userId: true } })).map((c) => c.userId)
      : [];

    if (input.decision === "accept") {
      const capacity = profile[0]?.capacity ?? 0;
      const holding = await tx.pairing.count({ where: { volunteerId: actor.id, status: { in: [...CAPACITY_STATUSES] } } });
      if (holding >= capacity) throw new AppError("conflict", "pairing.errors.capacityReached", { capacity });
      await recordPairingTransition(tx, { pairingId: pairing.id, from: "PROPOSED", to: "ACCEPTED", by: "volunteer", actorId: actor.id, data: { respondedAt: now } });
      await transitionNeed(tx, { needId: pairing.needId, to: "MATCHED", by: "system", actorId: actor.id });
      await notify(tx, {
        userIds: [...pairing.need.organisation.members.map((m) => m.userId), ...coordinators],
        kind: "proposalAccepted",
        params: { volunteer: actor.name, title: pairing.need.title },
        path: `/pairings/${pairing.id}`,
      });
    } else {
      await recordPairingTransition(tx, { pairingId: pairing.id, from: "PROPOSED", to: "DECLINED", by: "volunteer", actorId: actor.id, reason: input.reason, data: { respondedAt: now } });
      await transitionNeed(tx, { needId: pairing.needId, to: "APPROVED", by: "system", actorId: actor.id, reason: input.reason });
      await notify(tx, {
        userIds: coordinators,
        kind: "proposalDeclined",
        params: { volunteer: actor.name, title: pairing.need.title, reason: input.reason },
        path: `/coordinator/needs/${pairing.needId}`,
      });
    }
    await audit(tx, { actorId: actor.id, action: `pairing.${input.decision}`, entityType: "Pairing", entityId: pairing.id });
    return { id: pairing.id, status: input.decision === "accept" ? ("ACCEPTED" as const) : ("DECLINED" as const) };
  });
}
