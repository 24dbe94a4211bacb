// Who the actor is in a pairing (its volunteer, a member of its organisation,
// or a coordinator of its program), for the workspace's mutations. Anything the
// actor may not see is a not-found, like every other scoped read.
import type { Actor } from "@/lib/auth/actor";
import type { DbTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { pairingScope } from "./queries";
import type { PairingActorKind } from "./state-machine";

export type PairingRole = Exclude<PairingActorKind, "system">;

export interface PairingContext {
  id: string;
  status: PairingStatus;
  needId: string;
  programId: string | null;
  volunteerId: string;
  organisationId: string;
  organisationName: string;
  needTitle: string;
  volunteerName: string;
  memberIds: string[];
  role: PairingRole;
}

export async function pairingForActor(tx: DbTx, actor: Actor, pairingId: string, options: { lock?: boolean } = {}): Promise<PairingContext> {
  const pairing = await tx.pairing.findFirst({
    where: { id: pairingId, ...pairingScope(actor) },
    select: {
      id: true,
      status: true,
      needId: true,
      programId: true,
      volunteerId: true,
      volunteer: { select: { name: true } },
      need: { select: { title: true, organisationId: true, organisation: { select: { name: true, members: { select: { userId: true } } } } } },
    },
  });
  if (!pairing) throw notFound();
  let status = pairing.status;
  if (options.lock) {
    // Re-read the status under a row lock: concurrent transitions of one pairing run one after the other.
    const rows = await tx.$queryRaw<{ status: PairingStatus }[]>`SELECT status FROM "Pairing" WHERE id = ${pairing.id} FOR UPDATE`;
    status = rows[0]?.status ?? status;
  }
  const role: PairingRole =
    pairing.volunteerId === actor.id ? "volunteer" : actor.organisationIds.includes(pairing.need.organisationId) ? "org" : "coordinator";
  return {
    id: pairing.id,
    status,
    needId: pairing.needId,
    programId: pairing.programId,
    volunteerId: pairing.volunteerId,
    organisationId: pairing.need.organisationId,
    organisationName: pairing.need.organisation.name,
    needTitle: pairing.need.title,
    volunteerName: pairing.volunteer.name,
    memberIds: pairing.need.organisation.members.map((m) => m.userId),
    role,
  };
}

/** The two sides of the pairing: its volunteer and the organisation's members. */
export const participantIds = (pairing: Pick<PairingContext, "volunteerId" | "memberIds">) => [pairing.volunteerId, ...pairing.memberIds];

/** Everyone else who should hear about a change made by `actorId`. */
export const othersThan = (ids: string[], actorId: string) => [...new Set(ids)].filter((id) => id !== actorId);
