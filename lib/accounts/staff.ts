import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { UNUSABLE_PASSWORD } from "@/lib/auth/password";
import { requestPasswordReset } from "./password-reset";
import { StaffAccountSchema } from "./schema";

/** An admin creates a coordinator or admin account; the person sets a password from an emailed link. */
export async function createStaffAccount(options: { actor: Actor; input: unknown }) {
  if (!isAdmin(options.actor)) throw notFound();
  const input = StaffAccountSchema.parse(options.input);
  const userId = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("conflict", "auth.signUp.emailTaken");
    }
    const programs = await tx.program.count({ where: { id: { in: input.programIds } } });
    if (programs !== new Set(input.programIds).size) throw new AppError("validation", "admin.staff.unknownProgram");
    const id = newId();
    await tx.user.create({
      data: {
        id,
        email: input.email,
        name: input.name,
        locale: input.locale,
        passwordHash: UNUSABLE_PASSWORD,
        roles: { create: { role: input.role, grantedById: options.actor.id } },
        coordinatedPrograms: { create: [...new Set(input.programIds)].map((programId) => ({ programId })) },
      },
    });
    await audit(tx, { actorId: options.actor.id, action: "admin.staff.create", entityType: "User", entityId: id, data: { role: input.role } });
    return id;
  });
  await requestPasswordReset({ input: { email: input.email }, kind: "accountCreated" });
  return { id: userId };
}
