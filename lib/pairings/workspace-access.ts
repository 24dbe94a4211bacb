// Who may do what in a pairing's workspace (strategy, campaigns). Read access
// follows `pairingScope`; writing is for the two sides of the pairing — the
// organisation's members and the volunteer — while the pairing is under way.
// Coordinators read and comment. Every command calls `pairingAccess` itself.
import type { Actor } from "@/lib/auth/actor";
import type { DbTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { PairingStatus } from "@/lib/generated/prisma/enums";
import { pairingScope } from "./queries";

export type WorkspaceSide = "organisation" | "volunteer" | "coordinator";

/** Statuses in which the two sides co-write: from acceptance until the pairing ends. */
export const WORKSPACE_EDITABLE_STATUSES: readonly PairingStatus[] = ["ACCEPTED", "ACTIVE", "PAUSED"];

export interface PairingAccess {
  pairingId: string;
  status: PairingStatus;
  organisationId: string;
  organisationName: string;
  volunteerId: string;
  side: WorkspaceSide;
  /** The actor may change the strategy and the campaigns now. */
  canEdit: boolean;
}

export async function pairingAccess(client: DbTx, actor: Actor, pairingId: string): Promise<PairingAccess> {
  const pairing = await client.pairing.findFirst({
    where: { id: pairingId, ...pairingScope(actor) },
    select: { id: true, status: true, volunteerId: true, need: { select: { organisationId: true, organisation: { select: { name: true } } } } },
  });
  if (!pairing) throw notFound();
  const side: WorkspaceSide =
    pairing.volunteerId === actor.id ? "volunteer" : actor.organisationIds.includes(pairing.need.organisationId) ? "organisation" : "coordinator";
  return {
    pairingId: pairing.id,
    status: pairing.status,
    organisationId: pairing.need.organisationId,
    organisationName: pairing.need.organisation.name,
    volunteerId: pairing.volunteerId,
    side,
    canEdit: side !== "coordinator" && WORKSPACE_EDITABLE_STATUSES.includes(pairing.status),
  };
}

/** Throws unless the actor may edit; a coordinator gets "forbidden" (they can see the pairing). */
export async function requireEditAccess(client: DbTx, actor: Actor, pairingId: string): Promise<PairingAccess> {
  const access = await pairingAccess(client, actor, pairingId);
  if (!access.canEdit) {
    throw access.side === "coordinator" ? new AppError("forbidden", "errors.forbidden") : new AppError("conflict", "pairing.errors.notEditable");
  }
  return access;
}

/**
 * The people on the other side of the pairing from the actor: the volunteer for an organisation
 * member, the organisation's members for the volunteer, both sides for a coordinator.
 */
export async function otherSideUserIds(client: DbTx, access: PairingAccess, actorId: string): Promise<string[]> {
  const members = await client.organisationMembership.findMany({ where: { organisationId: access.organisationId }, select: { userId: true } });
  const organisation = members.map((m) => m.userId);
  const ids = access.side === "organisation" ? [access.volunteerId] : access.side === "volunteer" ? organisation : [access.volunteerId, ...organisation];
  return [...new Set(ids)].filter((id) => id !== actorId);
}
