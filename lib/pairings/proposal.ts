// Creating a proposal, shared by the coordinator's "propose" and the cascade
// that proposes the next-ranked volunteer after a decline or an expiry.
import type { DbTx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { transitionNeed } from "@/lib/needs/commands";
import { LIVE_STATUSES } from "./state-machine";

const HOUR = 3_600_000;

export interface ProposalRequest {
  needId: string;
  volunteerId: string;
  /** Null when the system proposes (automatic cascade). */
  proposedById: string | null;
  now: Date;
  matchScore?: number | null;
  matchRank?: number | null;
  /** Set when the proposal comes from a cohort run's draft. */
  cohortDraftId?: string;
}

/**
 * Creates a proposal inside the caller's transaction, after the checks every
 * proposal needs whoever makes it: the need is locked and free, the volunteer
 * can take proposals, has no conflict and was never asked for this need.
 */
export async function createProposal(tx: DbTx, request: ProposalRequest) {
  const need = await tx.need.findUnique({
    where: { id: request.needId },
    select: { id: true, title: true, organisationId: true, programId: true, organisation: { select: { name: true } }, program: { select: { proposalTtlHours: true } } },
  });
  if (!need) throw notFound();
  // Lock the need: two coordinators (or a coordinator and the cascade) proposing at once must not both succeed.
  await tx.$queryRaw`SELECT id FROM "Need" WHERE id = ${need.id} FOR UPDATE`;
  const live = await tx.pairing.count({ where: { needId: need.id, status: { in: [...LIVE_STATUSES] } } });
  if (live > 0) throw new AppError("conflict", "pairing.errors.needAlreadyProposed");

  const volunteer = await tx.volunteerProfile.findFirst({
    where: { userId: request.volunteerId, completedAt: { not: null }, user: { deletedAt: null, roles: { some: { role: "VOLUNTEER" } } } },
    select: { userId: true, acceptingProposals: true, conflicts: { where: { organisationId: need.organisationId }, select: { id: true } } },
  });
  if (!volunteer) throw new AppError("validation", "pairing.errors.volunteerUnavailable");
  if (!volunteer.acceptingProposals) throw new AppError("conflict", "pairing.errors.volunteerPaused");
  if (volunteer.conflicts.length) throw new AppError("conflict", "pairing.errors.conflictOfInterest");
  const previous = await tx.pairing.count({ where: { needId: need.id, volunteerId: volunteer.userId, status: { in: ["DECLINED", "EXPIRED"] } } });
  if (previous) throw new AppError("conflict", "pairing.errors.alreadyDeclined");

  await transitionNeed(tx, { needId: need.id, to: "MATCHING", by: request.proposedById ? "coordinator" : "system", actorId: request.proposedById });
  const id = newId();
  const respondBy = new Date(request.now.getTime() + (need.program?.proposalTtlHours ?? 72) * HOUR);
  await tx.pairing.create({
    data: {
      id,
      needId: need.id,
      volunteerId: volunteer.userId,
      programId: need.programId,
      status: "PROPOSED",
      proposedById: request.proposedById,
      proposedAt: request.now,
      respondBy,
      matchScore: request.matchScore ?? null,
      matchRank: request.matchRank ?? null,
      cohortDraftId: request.cohortDraftId ?? null,
    },
  });
  await tx.pairingEvent.create({ data: { id: newId(), pairingId: id, fromStatus: null, toStatus: "PROPOSED", actorId: request.proposedById, createdAt: request.now } });
  await notify(tx, {
    userIds: [volunteer.userId],
    kind: "proposalReceived",
    params: { organisation: need.organisation.name, title: need.title },
    path: `/volunteer`,
  });
  await audit(tx, { actorId: request.proposedById, action: "pairing.propose", entityType: "Pairing", entityId: id, data: { needId: need.id, volunteerId: volunteer.userId, ...(request.cohortDraftId ? { cohortDraftId: request.cohortDraftId } : {}) } });
  return { id, respondBy };
}

