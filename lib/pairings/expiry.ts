// The expiry job: proposals whose response deadline passed become EXPIRED,
// their need goes back to APPROVED and the cascade runs. One transaction per
// proposal, each re-reading the row under lock, so two workers (or a worker
// racing a last-second acceptance) never both act on the same proposal.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { transitionNeed } from "@/lib/needs/commands";
import { notifyFollowUp } from "./commands";
import { coordinatorsOfProgram, followUpClosedProposal, type FollowUp } from "./follow-up";
import { recordPairingTransition } from "./transition";

export interface ExpiryOutcome {
  pairingId: string;
  followUp: FollowUp;
}

export async function expireOverdueProposals(options: { now?: Date; limit?: number } = {}): Promise<ExpiryOutcome[]> {
  const now = options.now ?? new Date();
  const due = await db.pairing.findMany({
    where: { status: "PROPOSED", respondBy: { lte: now } },
    orderBy: { respondBy: "asc" },
    take: options.limit ?? 200,
    select: { id: true },
  });
  const outcomes: ExpiryOutcome[] = [];
  for (const { id } of due) {
    const outcome = await expireOne(id, now);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

async function expireOne(pairingId: string, now: Date): Promise<ExpiryOutcome | null> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: PairingStatus; respondBy: Date }[]>`
      SELECT status, "respondBy" FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`;
    const current = locked[0];
    // Answered or expired by someone else since we listed it.
    if (!current || current.status !== "PROPOSED" || current.respondBy.getTime() > now.getTime()) return null;
    const pairing = await tx.pairing.findUniqueOrThrow({
      where: { id: pairingId },
      select: { needId: true, programId: true, volunteerId: true, volunteer: { select: { name: true } }, need: { select: { title: true, organisation: { select: { name: true } } } } },
    });
    await recordPairingTransition(tx, { pairingId, from: "PROPOSED", to: "EXPIRED", by: "system", actorId: null, at: now });
    await transitionNeed(tx, { needId: pairing.needId, to: "APPROVED", by: "system", actorId: null });
    await notify(tx, {
      userIds: [pairing.volunteerId],
      kind: "proposalExpiredVolunteer",
      params: { organisation: pairing.need.organisation.name, title: pairing.need.title },
      path: "/volunteer",
    });
    const coordinators = await coordinatorsOfProgram(tx, pairing.programId);
    await notify(tx, {
      userIds: coordinators,
      kind: "proposalExpired",
      params: { volunteer: pairing.volunteer.name, title: pairing.need.title },
      path: "/coordinator/pairings",
      email: false,
    });
    await audit(tx, { actorId: null, action: "pairing.expire", entityType: "Pairing", entityId: pairingId });
    const followUp = await followUpClosedProposal(tx, {
      needId: pairing.needId,
      programId: pairing.programId,
      now,
      notify: (next, name) => notifyFollowUp(tx, { coordinators, title: pairing.need.title, next, name }),
    });
    return { pairingId, followUp };
  });
}
