// Mutations on needs. Each one validates its input, checks the actor's right to
// act inside the function, and runs its writes in one transaction.
import { ZodError } from "zod";
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { belongsTo, isCoordinator } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, conflict, forbidden, invalidTransition, notFound } from "@/lib/errors";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { canTransitionNeed, isNeedEditable, type NeedActorKind } from "./state-machine";
import { NeedInputSchema, ReasonSchema, type NeedInput } from "./schema";
import { coordinatorNeedScope } from "./scope";

const STATUS_TIMESTAMPS: Partial<Record<NeedStatus, "submittedAt" | "approvedAt" | "matchedAt" | "closedAt">> = {
  SUBMITTED: "submittedAt",
  APPROVED: "approvedAt",
  MATCHED: "matchedAt",
  CLOSED: "closedAt",
};

function needData(input: NeedInput) {
  return {
    needTypeId: input.needTypeId,
    title: input.title,
    goals: input.goals,
    context: input.context,
    desiredStartOn: new Date(`${input.desiredStartOn}T00:00:00Z`),
    durationWeeks: input.durationWeeks,
    timeZone: input.timeZone,
    languages: input.languages,
    livedExperienceAsked: input.livedExperienceAsked,
    requiredPreferences: {
      ...(input.minSeniorityYears !== undefined ? { minSeniorityYears: input.minSeniorityYears } : {}),
      ...(input.sectorExperienceRequired ? { sectorExperience: true } : {}),
    },
  };
}

async function checkCatalogue(tx: DbTx, input: NeedInput): Promise<string | null> {
  const needType = await tx.needType.findFirst({ where: { id: input.needTypeId, active: true }, select: { id: true } });
  if (!needType) throw new AppError("validation", "needs.validation.unknownType");
  if (input.programId) {
    const program = await tx.program.findFirst({ where: { id: input.programId, active: true }, select: { id: true } });
    if (!program) throw new AppError("validation", "needs.validation.unknownProgram");
    return program.id;
  }
  // Without a choice, the need goes to the one active program offering its type;
  // when several do, the organisation must choose (the form then shows a list).
  const programs = await tx.program.findMany({
    where: { active: true, OR: [{ needTypes: { some: { needTypeId: input.needTypeId } } }, { needTypes: { none: {} } }] },
    select: { id: true },
    take: 2,
  });
  if (programs.length > 1) {
    throw new ZodError([{ code: "custom", path: ["programId"], message: "needs.validation.chooseProgram", input: undefined }]);
  }
  return programs[0]?.id ?? null;
}

/** Moves a need to `to`, locking its row so two transitions never interleave. */
export async function transitionNeed(
  tx: DbTx,
  options: { needId: string; to: NeedStatus; by: NeedActorKind; actorId: string | null; reason?: string },
) {
  const rows = await tx.$queryRaw<{ status: NeedStatus }[]>`SELECT status FROM "Need" WHERE id = ${options.needId} FOR UPDATE`;
  const current = rows[0];
  if (!current) throw notFound();
  if (!canTransitionNeed(current.status, options.to, options.by)) {
    throw invalidTransition({ from: current.status, to: options.to });
  }
  const stamp = STATUS_TIMESTAMPS[options.to];
  await tx.need.update({
    where: { id: options.needId },
    data: {
      status: options.to,
      version: { increment: 1 },
      ...(stamp ? { [stamp]: new Date() } : {}),
      ...(options.to === "RETURNED" ? { returnReason: options.reason ?? null } : {}),
    },
  });
  await tx.needStatusChange.create({
    data: { id: newId(), needId: options.needId, fromStatus: current.status, toStatus: options.to, actorId: options.actorId, reason: options.reason ?? null },
  });
  return current.status;
}

export async function createNeed(options: { actor: Actor; organisationId: string; input: unknown; submit: boolean }) {
  const { actor } = options;
  if (!belongsTo(actor, options.organisationId)) throw forbidden();
  const input = NeedInputSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const programId = await checkCatalogue(tx, input);
    const id = newId();
    await tx.need.create({
      data: {
        id,
        organisationId: options.organisationId,
        programId,
        createdById: actor.id,
        ...needData(input),
        livedExperienceTags: [],
        availability: { create: input.availability.map((s) => ({ id: newId(), ...s })) },
      },
    });
    await tx.needStatusChange.create({ data: { id: newId(), needId: id, fromStatus: null, toStatus: "DRAFT", actorId: actor.id } });
    if (options.submit) await submitInTx(tx, id, actor);
    await audit(tx, { actorId: actor.id, action: "need.create", entityType: "Need", entityId: id });
    return { id };
  });
}

export async function updateNeed(options: { actor: Actor; needId: string; version: number; input: unknown; submit: boolean }) {
  const { actor } = options;
  const input = NeedInputSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const need = await tx.need.findFirst({
      where: { id: options.needId, organisationId: { in: actor.organisationIds } },
      select: { id: true, status: true, version: true },
    });
    if (!need) throw notFound();
    if (!isNeedEditable(need.status)) throw new AppError("conflict", "needs.errors.notEditable");
    await checkCatalogue(tx, input);
    // Optimistic lock: the edit must be based on the version now stored.
    const updated = await tx.need.updateMany({
      where: { id: need.id, version: options.version },
      data: { ...needData(input), version: { increment: 1 } },
    });
    if (updated.count === 0) throw conflict("needs.errors.editedMeanwhile");
    await tx.needAvailability.deleteMany({ where: { needId: need.id } });
    await tx.needAvailability.createMany({ data: input.availability.map((s) => ({ id: newId(), needId: need.id, ...s })) });
    if (options.submit) await submitInTx(tx, need.id, actor);
    await audit(tx, { actorId: actor.id, action: "need.update", entityType: "Need", entityId: need.id });
    return { id: need.id };
  });
}

async function coordinatorsOf(tx: DbTx, needId: string): Promise<string[]> {
  const need = await tx.need.findUnique({ where: { id: needId }, select: { programId: true } });
  const rows = need?.programId
    ? await tx.programCoordinator.findMany({ where: { programId: need.programId }, select: { userId: true } })
    : [];
  return rows.map((r) => r.userId);
}

async function submitInTx(tx: DbTx, needId: string, actor: Actor) {
  await transitionNeed(tx, { needId, to: "SUBMITTED", by: "org", actorId: actor.id });
  const need = await tx.need.findUniqueOrThrow({ where: { id: needId }, select: { title: true, organisation: { select: { name: true } } } });
  await notify(tx, {
    userIds: await coordinatorsOf(tx, needId),
    kind: "needSubmitted",
    params: { organisation: need.organisation.name, title: need.title },
    path: `/coordinator/needs/${needId}`,
  });
}

async function orgNeedOrThrow(tx: DbTx, actor: Actor, needId: string) {
  const need = await tx.need.findFirst({ where: { id: needId, organisationId: { in: actor.organisationIds } }, select: { id: true } });
  if (!need) throw notFound();
  return need;
}

export async function submitNeed(options: { actor: Actor; needId: string }) {
  return db.$transaction(async (tx) => {
    await orgNeedOrThrow(tx, options.actor, options.needId);
    await submitInTx(tx, options.needId, options.actor);
  });
}

export async function withdrawNeed(options: { actor: Actor; needId: string }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const asCoordinator = isCoordinator(actor) && (await tx.need.count({ where: { id: options.needId, ...coordinatorNeedScope(actor) } })) > 0;
    if (!asCoordinator) await orgNeedOrThrow(tx, actor, options.needId);
    await transitionNeed(tx, { needId: options.needId, to: "WITHDRAWN", by: asCoordinator ? "coordinator" : "org", actorId: actor.id });
    await audit(tx, { actorId: actor.id, action: "need.withdraw", entityType: "Need", entityId: options.needId });
  });
}

async function coordinatorNeedOrThrow(tx: DbTx, actor: Actor, needId: string) {
  if (!isCoordinator(actor)) throw notFound();
  const need = await tx.need.findFirst({
    where: { id: needId, ...coordinatorNeedScope(actor) },
    select: { id: true, title: true, organisationId: true, organisation: { select: { members: { select: { userId: true } } } } },
  });
  if (!need) throw notFound();
  return need;
}

export async function approveNeed(options: { actor: Actor; needId: string }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const need = await coordinatorNeedOrThrow(tx, actor, options.needId);
    await transitionNeed(tx, { needId: need.id, to: "APPROVED", by: "coordinator", actorId: actor.id });
    await notify(tx, {
      userIds: need.organisation.members.map((m) => m.userId),
      kind: "needApproved",
      params: { title: need.title },
      path: `/org/needs/${need.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "need.approve", entityType: "Need", entityId: need.id });
  });
}

export async function returnNeed(options: { actor: Actor; needId: string; input: unknown }) {
  const { actor } = options;
  const { reason } = ReasonSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const need = await coordinatorNeedOrThrow(tx, actor, options.needId);
    await transitionNeed(tx, { needId: need.id, to: "RETURNED", by: "coordinator", actorId: actor.id, reason });
    await notify(tx, {
      userIds: need.organisation.members.map((m) => m.userId),
      kind: "needReturned",
      params: { title: need.title, reason },
      path: `/org/needs/${need.id}`,
    });
    await audit(tx, { actorId: actor.id, action: "need.return", entityType: "Need", entityId: need.id, data: { reason } });
  });
}
