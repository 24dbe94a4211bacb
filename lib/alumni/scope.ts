// Who may see which alumni. Coordinators see every alumni of the programs they coordinate (to
// manage opt-ins, ambassadors and invitations); alumni see, in the directory, only the alumni of
// their own programs who opted in to it.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export function coordinatorAlumniScope(actor: Actor): Prisma.AlumniWhereInput {
  if (isAdmin(actor)) return {};
  if (!isCoordinator(actor)) return { id: { in: [] } };
  return { programId: { in: actor.coordinatedProgramIds } };
}

export function directoryScope(actor: Actor): Prisma.AlumniWhereInput {
  const listed: Prisma.AlumniWhereInput = { directoryOptIn: true, user: { deletedAt: null } };
  if (isCoordinator(actor)) return { ...listed, ...coordinatorAlumniScope(actor) };
  return { ...listed, program: { alumni: { some: { userId: actor.id } } } };
}
