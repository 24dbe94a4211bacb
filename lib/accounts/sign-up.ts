// Self-service accounts: nonprofit members (new organisation or invitation) and
// volunteers. Coordinators and admins are created by an admin (staff.ts).
import { db, type DbTx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { hit, RULES } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { InvitationSignUpSchema, OrgSignUpSchema, VolunteerSignUpSchema } from "./schema";
import { hashToken } from "./tokens";

async function throttle(ip: string) {
  const result = await hit(`signup:ip:${ip}`, RULES.signUpPerIp);
  if (!result.allowed) throw new AppError("rate_limited", "auth.signUp.rateLimited");
}

async function assertEmailFree(tx: DbTx, email: string) {
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("conflict", "auth.signUp.emailTaken");
  }
}

export async function signUpOrganisationMember(options: { input: unknown; ip: string }) {
  const input = OrgSignUpSchema.parse(options.input);
  await throttle(options.ip);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    if (!(await tx.sector.findUnique({ where: { id: input.sectorId }, select: { id: true } }))) {
      throw new AppError("validation", "auth.signUp.unknownSector");
    }
    const userId = newId();
    const organisationId = newId();
    await tx.user.create({ data: { id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale } });
    await tx.organisation.create({
      data: {
        id: organisationId,
        name: input.organisationName,
        registrationNumber: input.registrationNumber || null,
        sectorId: input.sectorId,
        region: input.region || null,
        city: input.city || null,
      },
    });
    await tx.organisationMembership.create({
      data: { id: newId(), organisationId, userId, role: "OWNER", title: input.title || null },
    });
    await audit(tx, { actorId: userId, action: "account.signUp.org", entityType: "Organisation", entityId: organisationId });
    return { userId, organisationId, email: input.email };
  });
}

export async function signUpVolunteer(options: { input: unknown; ip: string }) {
  const input = VolunteerSignUpSchema.parse(options.input);
  await throttle(options.ip);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const userId = newId();
    await tx.user.create({
      data: {
        id: userId,
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        roles: { create: { role: "VOLUNTEER" } },
        volunteerProfile: { create: { languages: [input.locale] } },
      },
    });
    await audit(tx, { actorId: userId, action: "account.signUp.volunteer", entityType: "User", entityId: userId });
    return { userId, email: input.email };
  });
}

/** Looks up a pending invitation by its token (for the join page). */
export async function findInvitation(token: string) {
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, organisation: { select: { id: true, name: true } } },
  });
}

export async function signUpWithInvitation(options: { input: unknown; ip: string }) {
  const input = InvitationSignUpSchema.parse(options.input);
  await throttle(options.ip);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { tokenHash: hashToken(input.token), acceptedAt: null, expiresAt: { gt: new Date() } },
    });
    if (!invitation) throw new AppError("not_found", "auth.join.invalid");
    await assertEmailFree(tx, input.email);
    const userId = newId();
    await tx.user.create({ data: { id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale } });
    await tx.organisationMembership.create({ data: { id: newId(), organisationId: invitation.organisationId, userId, role: "MEMBER" } });
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) throw new AppError("conflict", "auth.join.invalid");
    await audit(tx, { actorId: userId, action: "account.signUp.invitation", entityType: "Organisation", entityId: invitation.organisationId });
    return { userId, organisationId: invitation.organisationId, email: input.email };
  });
}
