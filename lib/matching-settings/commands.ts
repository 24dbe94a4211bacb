import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { coordinatesProgram } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { MatchingSettingsSchema } from "./schema";

/** Saves a program's weights and minimum score (admins and the program's coordinators). */
export async function updateMatchingSettings(options: { actor: Actor; programId: string; input: unknown }) {
  if (!coordinatesProgram(options.actor, options.programId)) throw notFound();
  const input = MatchingSettingsSchema.parse(options.input);
  await db.$transaction(async (tx) => {
    const before = await tx.program.findUnique({ where: { id: options.programId }, select: { matchingWeights: true, minimumMatchScore: true } });
    if (!before) throw notFound();
    await tx.program.update({ where: { id: options.programId }, data: { matchingWeights: input.weights, minimumMatchScore: input.minimumScore } });
    await audit(tx, {
      actorId: options.actor.id,
      action: "program.matchingSettings",
      entityType: "Program",
      entityId: options.programId,
      data: { before: { weights: before.matchingWeights, minimumScore: before.minimumMatchScore }, after: input },
    });
  });
}
