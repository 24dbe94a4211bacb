// What happens after a proposal closes without a pairing (declined or expired):
// the next-ranked volunteer is proposed right away when the program cascades
// automatically; otherwise the coordinators are told who comes next and
// confirm it themselves (coordinator "Pairings" page). Runs inside the
// transaction that closed the proposal, so the cascade and its notices commit
// together with the decline or the expiry.
import type { DbTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextCandidateFor } from "./cascade";
import { createProposal } from "./proposal";

export type FollowUp = { kind: "proposed"; pairingId: string; volunteerId: string } | { kind: "awaiting-coordinator"; volunteerId: string | null };

export async function coordinatorsOfProgram(tx: DbTx, programId: string | null): Promise<string[]> {
  if (!programId) return [];
  const rows = await tx.programCoordinator.findMany({ where: { programId }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

export async function followUpClosedProposal(tx: DbTx, options: { needId: string; programId: string | null; now: Date; notify: (next: FollowUp, name: string | null) => Promise<void> }): Promise<FollowUp> {
  const program = options.programId ? await tx.program.findUnique({ where: { id: options.programId }, select: { cascadeMode: true } }) : null;
  const next = await nextCandidateFor(tx, options.needId);
  if (program?.cascadeMode === "AUTOMATIC" && next) {
    try {
      const created = await createProposal(tx, {
        needId: options.needId,
        volunteerId: next.volunteerId,
        proposedById: null,
        now: options.now,
        matchScore: next.score,
        matchRank: next.rank,
      });
      const followUp: FollowUp = { kind: "proposed", pairingId: created.id, volunteerId: next.volunteerId };
      await options.notify(followUp, next.name);
      return followUp;
    } catch (error) {
      // The need was proposed meanwhile (or the volunteer just paused): leave it to the coordinator.
      if (!(error instanceof AppError)) throw error;
    }
  }
  const followUp: FollowUp = { kind: "awaiting-coordinator", volunteerId: next?.volunteerId ?? null };
  await options.notify(followUp, next?.name ?? null);
  return followUp;
}
