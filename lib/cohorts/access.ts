import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Admins, and coordinators of that program, run its cohorts and tune its matching. */
export function coordinatesProgram(actor: Actor, programId: string): boolean {
  return isAdmin(actor) || (isCoordinator(actor) && actor.coordinatedProgramIds.includes(programId));
}

export function coordinatedProgramScope(actor: Actor): Prisma.ProgramWhereInput {
  if (isAdmin(actor)) return {};
  if (!isCoordinator(actor)) return { id: { in: [] } };
  return { id: { in: actor.coordinatedProgramIds } };
}
