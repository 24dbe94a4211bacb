// The signed-in person as every domain function sees them: who they are, their
// global roles, the organisations they belong to and the programs they coordinate.
import type { DbTx } from "@/lib/db";
import type { GlobalRole, Locale } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  timeZone: string;
  roles: GlobalRole[];
  organisationIds: string[];
  coordinatedProgramIds: string[];
}

/**
 * Loads the actor, or null when the account is gone or `sessionVersion` (from a
 * session token) is older than the account's: a password change signs out
 * every other session.
 */
export async function loadActor(client: DbTx, userId: string, sessionVersion?: number): Promise<Actor | null> {
  const user = await client.user.findFirst({
    where: { id: userId, deletedAt: null, ...(sessionVersion === undefined ? {} : { sessionVersion }) },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      timeZone: true,
      roles: { select: { role: true } },
      memberships: { select: { organisationId: true } },
      coordinatedPrograms: { select: { programId: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    timeZone: user.timeZone,
    roles: user.roles.map((r) => r.role),
    organisationIds: user.memberships.map((m) => m.organisationId),
    coordinatedProgramIds: user.coordinatedPrograms.map((p) => p.programId),
  };
}

export const isAdmin = (actor: Actor) => actor.roles.includes("ADMIN");
/** Admins can do everything coordinators do. */
export const isCoordinator = (actor: Actor) => actor.roles.includes("COORDINATOR") || isAdmin(actor);
export const isVolunteer = (actor: Actor) => actor.roles.includes("VOLUNTEER");
export const isOrgMember = (actor: Actor) => actor.organisationIds.length > 0;
export const belongsTo = (actor: Actor, organisationId: string) => actor.organisationIds.includes(organisationId);
