// A volunteer offers to help with an open need, or takes the offer back. The
// offer only raises the "expressed interest" criterion of the coordinator's
// ranking: it never creates a proposal by itself.
import type { Actor } from "@/lib/auth/actor";
import { isVolunteer } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { coordinatorsOfProgram } from "@/lib/pairings/follow-up";
import { fittingOpenNeeds } from "./queries";
import { ExpressInterestSchema, WithdrawInterestSchema } from "./schema";

export async function expressInterest(options: { actor: Actor; input: unknown; now?: Date }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = ExpressInterestSchema.parse(options.input);
  // The same hard filters as the list: a need the volunteer cannot see does not exist for them.
  const { fits } = await fittingOpenNeeds(actor, options.now ?? new Date(), { id: input.needId });
  if (!fits.some((f) => f.need.id === input.needId)) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.volunteerInterest.upsert({
      where: { volunteerId_needId: { volunteerId: actor.id, needId: input.needId } },
      create: { id: newId(), volunteerId: actor.id, needId: input.needId, message: input.message },
      update: { message: input.message, withdrawnAt: null },
    });
    await audit(tx, { actorId: actor.id, action: "interest.express", entityType: "Need", entityId: input.needId });
    // The program's coordinators hear of the offer once per volunteer and need, however often it
    // is withdrawn and made again.
    const need = await tx.need.findUniqueOrThrow({ where: { id: input.needId }, select: { title: true, programId: true } });
    await notify(tx, {
      userIds: await coordinatorsOfProgram(tx, need.programId),
      kind: "interestExpressed",
      params: { volunteer: actor.name, title: need.title },
      path: `/coordinator/needs/${input.needId}`,
      dedupeKey: `interest:${actor.id}:${input.needId}`,
    });
  });
}

export async function withdrawInterest(options: { actor: Actor; input: unknown; now?: Date }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = WithdrawInterestSchema.parse(options.input);
  await db.$transaction(async (tx) => {
    const updated = await tx.volunteerInterest.updateMany({
      where: { volunteerId: actor.id, needId: input.needId, withdrawnAt: null },
      data: { withdrawnAt: options.now ?? new Date() },
    });
    if (updated.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: "interest.withdraw", entityType: "Need", entityId: input.needId });
  });
}
