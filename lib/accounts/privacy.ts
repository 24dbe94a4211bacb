// A person's right to see and erase what Tandem holds about them.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { UNUSABLE_PASSWORD } from "@/lib/auth/password";

/** Everything about the person, as JSON they can download. No other person's private data. */
export async function exportPersonalData(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      timeZone: true,
      createdAt: true,
      roles: { select: { role: true, grantedAt: true } },
      memberships: { select: { role: true, title: true, createdAt: true, organisation: { select: { name: true } } } },
      volunteerProfile: { include: { skills: { select: { skill: { select: { code: true } }, level: true } }, sectors: { select: { sector: { select: { code: true } } } }, availability: true, optOuts: true, conflicts: { include: { organisation: { select: { name: true } } } } } },
      selfIdentification: { select: { tags: true, consentedAt: true } },
      interests: { select: { needId: true, message: true, createdAt: true, withdrawnAt: true } },
      pairingsAsVolunteer: { select: { id: true, status: true, proposedAt: true, activatedAt: true, endedAt: true, reason: true, need: { select: { title: true } } } },
      surveys: { select: { pairingId: true, side: true, satisfaction: true, keep: true, testimonial: true, testimonialConsent: true, submittedAt: true } },
      alumni: { select: { programId: true, side: true, since: true, directoryOptIn: true, newsletterOptIn: true, eventsOptIn: true, ambassador: true } },
      notifications: { select: { kind: true, params: true, createdAt: true, readAt: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), user };
}

export const DeleteAccountSchema = z.object({ confirmEmail: z.string().trim().toLowerCase() });

/**
 * Erases the person: identity data goes, the account can no longer sign in,
 * sessions end. What others wrote in shared pairings stays, attributed to a
 * former member, so the organisation's records keep making sense.
 */
export async function deleteOwnAccount(options: { actor: Actor; input: unknown }) {
  const { confirmEmail } = DeleteAccountSchema.parse(options.input);
  if (confirmEmail !== options.actor.email.toLowerCase()) {
    throw new AppError("validation", "common.account.deleteMismatch");
  }
  const { id } = options.actor;
  await db.$transaction(async (tx) => {
    const live = await tx.pairing.count({ where: { volunteerId: id, status: { in: ["ACCEPTED", "ACTIVE", "PAUSED"] } } });
    if (live > 0) throw new AppError("conflict", "common.account.deleteLivePairing");
    await tx.identitySelfIdentification.deleteMany({ where: { userId: id } });
    await tx.volunteerProfile.updateMany({ where: { userId: id }, data: { headline: "", bio: "", employer: null, city: null, region: null, acceptingProposals: false } });
    await tx.pairing.updateMany({ where: { volunteerId: id, status: "PROPOSED" }, data: { status: "WITHDRAWN" } });
    await tx.organisationMembership.deleteMany({ where: { userId: id } });
    await tx.notification.deleteMany({ where: { userId: id } });
    await tx.passwordResetToken.deleteMany({ where: { userId: id } });
    await tx.calendarFeedToken.deleteMany({ where: { userId: id } });
    await tx.alumni.updateMany({ where: { userId: id }, data: { directoryOptIn: false, newsletterOptIn: false, eventsOptIn: false, ambassador: false } });
    await tx.user.update({
      where: { id },
      data: { email: `deleted-${id}@deleted.invalid`, name: "—", passwordHash: UNUSABLE_PASSWORD, deletedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await audit(tx, { actorId: id, action: "account.delete", entityType: "User", entityId: id });
  });
}
