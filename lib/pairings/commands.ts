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
import { notify } from "@/lib/notifications/notify";
import { transitionNeed } from "@/lib/needs/commands";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { nextCandidateFor } from "./cascade";
import { coordinatorsOfProgram, followUpClosedProposal, type FollowUp } from "./follow-up";
import { createProposal } from "./proposal";
import { CAPACITY_STATUSES } from "./state-machine";
import { recordPairingTransition } from "./transition";

export { createProposal } from "./proposal";
export { recordPairingTransition } from "./transition";

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

export async function proposeVolunteer(options: { actor: Actor; input: unknown; now?: Date }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  const input = ProposeSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const need = await tx.need.findFirst({ where: { id: input.needId, ...coordinatorNeedScope(actor) }, select: { id: true } });
    if (!need) throw notFound();
    return createProposal(tx, {
      needId: need.id,
      volunteerId: input.volunteerId,
      proposedById: actor.id,
      now: options.now ?? new Date(),
      matchScore: input.matchScore,
      matchRank: input.matchRank,
    });
  });
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

    const coordinators = await coordinatorsOfProgram(tx, pairing.need.programId);

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
      await followUpClosedProposal(tx, {
        needId: pairing.needId,
        programId: pairing.need.programId,
        now,
        notify: (next, name) => notifyFollowUp(tx, { coordinators, title: pairing.need.title, next, name }),
      });
    }
    await audit(tx, { actorId: actor.id, action: `pairing.${input.decision}`, entityType: "Pairing", entityId: pairing.id });
    return { id: pairing.id, status: input.decision === "accept" ? ("ACCEPTED" as const) : ("DECLINED" as const) };
  });
}

/** Tells coordinators what the cascade did (or what they should confirm). */
export async function notifyFollowUp(tx: DbTx, options: { coordinators: string[]; title: string; next: FollowUp; name: string | null }) {
  const { next } = options;
  const kind = next.kind === "proposed" ? "cascadeProposed" : next.volunteerId ? "cascadeAwaiting" : "cascadeNoCandidate";
  await notify(tx, {
    userIds: options.coordinators,
    kind,
    params: { title: options.title, volunteer: options.name ?? "" },
    path: next.kind === "proposed" ? `/pairings/${next.pairingId}` : "/coordinator/pairings",
  });
}

/**
 * The coordinator confirms the cascade: proposes the next-ranked volunteer
 * (computed again now, so a volunteer who filled up meanwhile is skipped).
 */
export async function proposeNextCandidate(options: { actor: Actor; needId: string; now?: Date }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  return db.$transaction(async (tx) => {
    const need = await tx.need.findFirst({ where: { id: options.needId, ...coordinatorNeedScope(actor) }, select: { id: true } });
    if (!need) throw notFound();
    const next = await nextCandidateFor(tx, need.id);
    if (!next) throw new AppError("conflict", "pairing.errors.noNextCandidate");
    const created = await createProposal(tx, {
      needId: need.id,
      volunteerId: next.volunteerId,
      proposedById: actor.id,
      now: options.now ?? new Date(),
      matchScore: next.score,
      matchRank: next.rank,
    });
    return { ...created, volunteerName: next.name };
  });
}
