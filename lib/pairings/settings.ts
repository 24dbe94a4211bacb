// Program rules for proposals: how long a volunteer has to answer, and whether
// a declined or expired proposal cascades to the next candidate by itself.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ProposalSettingsSchema } from "./schema";

export async function updateProposalSettings(options: { actor: Actor; programId: string; input: unknown }) {
  const { actor } = options;
  if (!isCoordinator(actor) || !(isAdmin(actor) || actor.coordinatedProgramIds.includes(options.programId))) throw notFound();
  const input = ProposalSettingsSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: options.programId }, select: { id: true } });
    if (!program) throw notFound();
    await tx.program.update({ where: { id: program.id }, data: { proposalTtlHours: input.proposalTtlHours, cascadeMode: input.cascadeMode } });
    await audit(tx, { actorId: actor.id, action: "program.proposalSettings", entityType: "Program", entityId: program.id, data: input });
  });
}
