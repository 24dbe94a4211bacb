// Creating and editing programs (cohorts). Any coordinator may open a program and becomes one of
// its coordinators; only its coordinators (or an admin) may edit it.
import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { ProgramInputSchema, type ProgramInput } from "./schema";
import { programScope } from "./queries";

function programData(input: ProgramInput) {
  return {
    nameFr: input.nameFr,
    nameEn: input.nameEn,
    descriptionFr: input.descriptionFr,
    descriptionEn: input.descriptionEn,
    startsOn: new Date(`${input.startsOn}T00:00:00Z`),
    endsOn: input.endsOn ? new Date(`${input.endsOn}T00:00:00Z`) : null,
    hourlyValueCents: input.hourlyValue,
    proposalTtlHours: input.proposalTtlHours,
    cascadeMode: input.cascadeMode,
    minimumMatchScore: input.minimumMatchScore,
    active: input.active,
  };
}

async function checkNeedTypes(tx: DbTx, ids: string[]) {
  const found = await tx.needType.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new AppError("validation", "programs.validation.needTypes");
}

/** A URL-friendly slug from the English name, made unique with a short suffix when taken. */
async function uniqueSlug(tx: DbTx, name: string): Promise<string> {
  const base =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "program";
  const taken = await tx.program.findUnique({ where: { slug: base }, select: { id: true } });
  return taken ? `${base}-${newId().slice(-6)}` : base;
}

export async function createProgram(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  const input = ProgramInputSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    await checkNeedTypes(tx, input.needTypeIds);
    const id = newId();
    await tx.program.create({
      data: {
        id,
        slug: await uniqueSlug(tx, input.nameEn),
        ...programData(input),
        coordinators: { create: [{ userId: actor.id }] },
        needTypes: { create: [...new Set(input.needTypeIds)].map((needTypeId) => ({ needTypeId })) },
      },
    });
    await audit(tx, { actorId: actor.id, action: "program.create", entityType: "Program", entityId: id });
    return { id };
  });
}

export async function updateProgram(options: { actor: Actor; programId: string; input: unknown }) {
  const { actor } = options;
  if (!isCoordinator(actor)) throw notFound();
  const input = ProgramInputSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const program = await tx.program.findFirst({ where: { id: options.programId, ...programScope(actor) }, select: { id: true } });
    if (!program) throw notFound();
    await checkNeedTypes(tx, input.needTypeIds);
    await tx.program.update({ where: { id: program.id }, data: programData(input) });
    await tx.programNeedType.deleteMany({ where: { programId: program.id } });
    await tx.programNeedType.createMany({ data: [...new Set(input.needTypeIds)].map((needTypeId) => ({ programId: program.id, needTypeId })) });
    await audit(tx, { actorId: actor.id, action: "program.update", entityType: "Program", entityId: program.id });
    return { id: program.id };
  });
}
