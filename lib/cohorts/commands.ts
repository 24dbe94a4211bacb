// Cohort matching: compute the optimal assignment of a program's approved needs
// as drafts, let coordinators keep or remove pairs and re-solve, then send the
// remaining drafts as proposals in one transaction.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { CohortPair } from "@/lib/matching";
import { evaluateInPool, prepareVolunteerPool } from "@/lib/matching";
import { loadMatchingContext, loadNeedInputs, loadVolunteerInputs } from "@/lib/matching-data/load";
import { referenceDateOf } from "@/lib/matching-data/map";
import { createProposal } from "@/lib/pairings/proposal";
import { LIVE_STATUSES } from "@/lib/pairings/state-machine";
import { coordinatesProgram } from "./access";
import { CohortRunRefSchema, DraftDecisionSchema, RunCohortSchema } from "./schema";
import { solveProgramCohort, type CohortConstraints } from "./solve";

async function createRun(actor: Actor, programId: string, constraints: CohortConstraints, now: Date) {
  // Solving reads a consistent snapshot but takes no locks: drafts are only a suggestion,
  // and everything is checked again when they are sent.
  const { result } = await solveProgramCohort(db, programId, constraints, now);
  return db.$transaction(async (tx) => {
    // One run at a time per program: a concurrent run waits, then discards this one's predecessor too.
    await tx.$queryRaw`SELECT id FROM "Program" WHERE id = ${programId} FOR UPDATE`;
    await tx.cohortRun.updateMany({ where: { programId, status: "DRAFT" }, data: { status: "DISCARDED" } });
    const runId = newId();
    await tx.cohortRun.create({
      data: { id: runId, programId, createdById: actor.id, status: "DRAFT", optimalTotal: result.optimal.total, greedyTotal: result.greedy.total, createdAt: now },
    });
    const kept = new Set(result.optimal.pairs.map((p) => `${p.needId}\u0000${p.volunteerId}`));
    await tx.cohortDraft.createMany({
      data: [
        ...result.optimal.pairs.map((p) => ({ id: newId(), runId, needId: p.needId, volunteerId: p.volunteerId, score: p.score, fixed: p.fixed, removed: false })),
        // Removed pairs stay on the run so that they remain forbidden at the next re-solve.
        ...constraints.forbidden
          .filter((p) => !kept.has(`${p.needId}\u0000${p.volunteerId}`))
          .map((p) => ({ id: newId(), runId, needId: p.needId, volunteerId: p.volunteerId, score: 0, fixed: false, removed: true })),
      ],
      skipDuplicates: true,
    });
    await audit(tx, { actorId: actor.id, action: "cohort.run", entityType: "CohortRun", entityId: runId, data: { programId, pairs: result.optimal.pairs.length, ignoredFixedPairs: result.ignoredFixedPairs.length } });
    return { runId, optimalTotal: result.optimal.total, greedyTotal: result.greedy.total, ignoredFixedPairs: result.ignoredFixedPairs.length };
  });
}

export async function runCohort(options: { actor: Actor; input: unknown; now?: Date }) {
  const input = RunCohortSchema.parse(options.input);
  if (!coordinatesProgram(options.actor, input.programId)) throw notFound();
  const program = await db.program.findUnique({ where: { id: input.programId }, select: { id: true } });
  if (!program) throw notFound();
  return createRun(options.actor, program.id, { fixed: [], forbidden: [] }, options.now ?? new Date());
}

async function draftRunInScope(actor: Actor, runId: string) {
  const run = await db.cohortRun.findUnique({ where: { id: runId }, select: { id: true, programId: true, status: true } });
  if (!run || !coordinatesProgram(actor, run.programId)) throw notFound();
  if (run.status !== "DRAFT") throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
  return run;
}

/** Re-solves with the pairs the coordinator kept fixed and those removed forbidden. */
export async function resolveCohort(options: { actor: Actor; input: unknown; now?: Date }) {
  const input = CohortRunRefSchema.parse(options.input);
  const run = await draftRunInScope(options.actor, input.runId);
  const drafts = await db.cohortDraft.findMany({ where: { runId: run.id }, select: { needId: true, volunteerId: true, fixed: true, removed: true } });
  const pair = (d: CohortPair): CohortPair => ({ needId: d.needId, volunteerId: d.volunteerId });
  return createRun(options.actor, run.programId, {
    fixed: drafts.filter((d) => d.fixed && !d.removed).map(pair),
    forbidden: drafts.filter((d) => d.removed).map(pair),
  }, options.now ?? new Date());
}

export async function setDraftDecision(options: { actor: Actor; input: unknown }) {
  const input = DraftDecisionSchema.parse(options.input);
  const draft = await db.cohortDraft.findUnique({ where: { id: input.draftId }, select: { id: true, runId: true } });
  if (!draft) throw notFound();
  await draftRunInScope(options.actor, draft.runId);
  const data = { keep: { fixed: true, removed: false }, remove: { fixed: false, removed: true }, reset: { fixed: false, removed: false } }[input.decision];
  // The run must still be a draft when the change lands (it may have been sent meanwhile).
  const updated = await db.cohortDraft.updateMany({ where: { id: draft.id, run: { status: "DRAFT" } }, data });
  if (updated.count === 0) throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
}

/**
 * Sends every draft that was not removed as a proposal, all or nothing. The run, the needs and the
 * volunteers' profiles are locked (in that order, ids ascending, so concurrent sends and single
 * proposals cannot deadlock), and each pair is checked again against the current data: the need is
 * still approved and free, and the volunteer still passes every hard filter with the capacity this
 * batch uses. Any failure names the need and sends nothing.
 */
export async function sendCohortDrafts(options: { actor: Actor; input: unknown; now?: Date }) {
  const input = CohortRunRefSchema.parse(options.input);
  const { actor } = options;
  const now = options.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      const run = await tx.cohortRun.findUnique({ where: { id: input.runId }, select: { id: true, programId: true, program: { select: { proposalTtlHours: true } } } });
      if (!run || !coordinatesProgram(actor, run.programId)) throw notFound();
      const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "CohortRun" WHERE id = ${run.id} FOR UPDATE`;
      if (locked[0]?.status !== "DRAFT") throw new AppError("conflict", "matchmaking.cohortErrors.notDraft");
      const drafts = await tx.cohortDraft.findMany({ where: { runId: run.id, removed: false }, orderBy: { needId: "asc" }, select: { id: true, needId: true, volunteerId: true, score: true } });
      if (drafts.length === 0) throw new AppError("conflict", "matchmaking.cohortErrors.nothingToSend");

      const needIds = drafts.map((d) => d.needId);
      const volunteerIds = [...new Set(drafts.map((d) => d.volunteerId))].sort();
      await tx.$queryRaw`SELECT id FROM "Need" WHERE id = ANY(${needIds}::text[]) ORDER BY id FOR UPDATE`;
      await tx.$queryRaw`SELECT "userId" FROM "VolunteerProfile" WHERE "userId" = ANY(${volunteerIds}::text[]) ORDER BY "userId" FOR UPDATE`;

      const [needRows, needInputs, context, volunteers, live, asked] = await Promise.all([
        tx.need.findMany({ where: { id: { in: needIds } }, select: { id: true, title: true, status: true, programId: true, organisation: { select: { name: true } } } }),
        loadNeedInputs(tx, { id: { in: needIds } }),
        loadMatchingContext(tx, run.programId),
        loadVolunteerInputs(tx, { volunteerIds, interestNeedIds: needIds, includeIdentity: true, now }),
        tx.pairing.findMany({ where: { needId: { in: needIds }, status: { in: [...LIVE_STATUSES] } }, select: { needId: true } }),
        tx.pairing.findMany({ where: { needId: { in: needIds }, volunteerId: { in: volunteerIds }, status: { in: ["DECLINED", "EXPIRED"] } }, select: { needId: true, volunteerId: true } }),
      ]);
      const needById = new Map(needRows.map((n) => [n.id, n]));
      const inputById = new Map(needInputs.map((n) => [n.id, n]));
      const liveNeeds = new Set(live.map((p) => p.needId));
      const askedPairs = new Set(asked.map((p) => `${p.needId}\u0000${p.volunteerId}`));
      const pool = prepareVolunteerPool({ volunteers, referenceDate: referenceDateOf(now) });
      const batchLoad = new Map<string, number>();

      for (const draft of drafts) {
        const need = needById.get(draft.needId);
        const needInput = inputById.get(draft.needId);
        const fail = (reason: string): never => {
          throw new AppError("conflict", `matchmaking.cohortErrors.${reason}`, { title: need?.title ?? draft.needId });
        };
        if (!need || !needInput || need.programId !== run.programId || need.status !== "APPROVED" || liveNeeds.has(need.id)) fail("needClosed");
        if (askedPairs.has(`${draft.needId}\u0000${draft.volunteerId}`)) fail("alreadyAsked");
        const evaluation = needInput ? evaluateInPool({ need: needInput, pool, volunteerId: draft.volunteerId, context }) : null;
        if (!evaluation) fail("volunteerUnavailable");
        else if (!evaluation.eligible) fail(evaluation.reasons[0]?.filter ?? "volunteerUnavailable");
        const index = pool.indexById.get(draft.volunteerId) ?? -1;
        const used = (batchLoad.get(draft.volunteerId) ?? 0) + 1;
        if ((pool.activePairings[index] ?? 0) + used > (pool.capacity[index] ?? 0)) fail("capacity");
        batchLoad.set(draft.volunteerId, used);
      }

      const proposals = [];
      for (const draft of drafts) {
        const need = needById.get(draft.needId);
        if (!need) continue; // checked above
        proposals.push(
          await createProposal(tx, {
            needId: need.id,
            volunteerId: draft.volunteerId,
            proposedById: actor.id,
            now,
            matchScore: draft.score,
            matchRank: null,
            cohortDraftId: draft.id,
          }),
        );
      }
      await tx.cohortRun.update({ where: { id: run.id }, data: { status: "SENT", sentAt: now } });
      await audit(tx, { actorId: actor.id, action: "cohort.send", entityType: "CohortRun", entityId: run.id, data: { proposals: proposals.length } });
      return { sent: proposals.length };
    },
    { timeout: 60_000 },
  );
}
