// Swapping the volunteer of one cohort draft: the coordinator picks another
// candidate for that need (from the need's ranked candidates), the new pair is
// kept, the old one forbidden, and the cohort is solved again around them.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { evaluateInPool, prepareVolunteerPool } from "@/lib/matching";
import { loadMatchingContext, loadNeedInputs, loadVolunteerInputs } from "@/lib/matching-data/load";
import { referenceDateOf } from "@/lib/matching-data/map";
import { coordinatesProgram } from "./access";
import { resolveCohort } from "./commands";
import { SwapDraftSchema } from "./schema";

/** The draft a coordinator may swap: on a run still in draft, in their program, not removed. */
async function swappableDraft(actor: Actor, draftId: string) {
  const draft = await db.cohortDraft.findUnique({
    where: { id: draftId },
    select: { id: true, runId: true, needId: true, volunteerId: true, removed: true, run: { select: { programId: true, status: true } } },
  });
  if (!draft || !coordinatesProgram(actor, draft.run.programId)) throw notFound();
  if (draft.run.status !== "DRAFT" || draft.removed) throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
  return draft;
}

/**
 * Checks that the volunteer could take the need right now (every hard filter, the program's
 * minimum score, never asked before, capacity left beside the pairs already kept in this run),
 * then keeps the new pair, forbids the old one and re-solves. Returns the new run.
 */
export async function swapCohortDraft(options: { actor: Actor; input: unknown; now?: Date }) {
  const input = SwapDraftSchema.parse(options.input);
  const now = options.now ?? new Date();
  const draft = await swappableDraft(options.actor, input.draftId);
  if (draft.volunteerId === input.volunteerId) throw new AppError("validation", "matchmaking.swap.errors.sameVolunteer");

  const [needs, context, volunteers, asked, keptElsewhere] = await Promise.all([
    loadNeedInputs(db, { id: draft.needId, status: "APPROVED" }),
    loadMatchingContext(db, draft.run.programId),
    loadVolunteerInputs(db, { volunteerIds: [input.volunteerId], interestNeedIds: [draft.needId], includeIdentity: true, now }),
    db.pairing.count({ where: { needId: draft.needId, volunteerId: input.volunteerId, status: { in: ["DECLINED", "EXPIRED"] } } }),
    db.cohortDraft.count({ where: { runId: draft.runId, volunteerId: input.volunteerId, fixed: true, removed: false, needId: { not: draft.needId } } }),
  ]);
  const need = needs[0];
  if (!need) throw new AppError("conflict", "matchmaking.swap.errors.needClosed");
  if (asked > 0) throw new AppError("conflict", "matchmaking.swap.errors.alreadyAsked");
  const pool = prepareVolunteerPool({ volunteers, referenceDate: referenceDateOf(now) });
  const evaluation = evaluateInPool({ need, pool, volunteerId: input.volunteerId, context });
  if (!evaluation) throw new AppError("conflict", "matchmaking.swap.errors.unavailable");
  if (!evaluation.eligible) throw new AppError("conflict", `matchmaking.swap.errors.${evaluation.reasons[0]?.filter ?? "unavailable"}`);
  if (!evaluation.meetsMinimum) throw new AppError("conflict", "matchmaking.swap.errors.belowMinimum", { minimum: context.minimumScore });
  const index = pool.indexById.get(input.volunteerId) ?? -1;
  if ((pool.activePairings[index] ?? 0) + keptElsewhere + 1 > (pool.capacity[index] ?? 0)) throw new AppError("conflict", "matchmaking.swap.errors.capacity");

  await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "CohortRun" WHERE id = ${draft.runId} FOR UPDATE`;
    if (locked[0]?.status !== "DRAFT") throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
    // Under the run's lock: a concurrent swap of the same draft has not already replaced it.
    const current = await tx.cohortDraft.findUnique({ where: { id: draft.id }, select: { removed: true } });
    if (!current || current.removed) throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
    await tx.cohortDraft.update({ where: { id: draft.id }, data: { fixed: false, removed: true } });
    const score = evaluation.candidate.score;
    await tx.cohortDraft.upsert({
      where: { runId_needId_volunteerId: { runId: draft.runId, needId: draft.needId, volunteerId: input.volunteerId } },
      create: { id: newId(), runId: draft.runId, needId: draft.needId, volunteerId: input.volunteerId, score, fixed: true, removed: false },
      update: { score, fixed: true, removed: false },
    });
    await audit(tx, { actorId: options.actor.id, action: "cohort.swap", entityType: "CohortRun", entityId: draft.runId, data: { needId: draft.needId, from: draft.volunteerId, to: input.volunteerId } });
  });
  return resolveCohort({ actor: options.actor, input: { runId: draft.runId }, now });
}
