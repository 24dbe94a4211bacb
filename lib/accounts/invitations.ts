import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { belongsTo } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { InviteSchema } from "./schema";
import { newToken } from "./tokens";

const INVITATION_DAYS = 14;

/** An organisation member invites a colleague by email; the link lets them join. */
export async function inviteMember(options: { actor: Actor; organisationId: string; input: unknown }) {
  const { actor } = options;
  if (!belongsTo(actor, options.organisationId)) throw notFound();
  const { email } = InviteSchema.parse(options.input);
  const { token, hash } = newToken();
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: options.organisationId }, select: { name: true } });
    const alreadyMember = await tx.organisationMembership.count({ where: { organisationId: options.organisationId, user: { email } } });
    if (alreadyMember) throw new AppError("conflict", "org.members.alreadyMember");
    const id = newId();
    await tx.invitation.create({
      data: { id, organisationId: options.organisationId, email, tokenHash: hash, invitedById: actor.id, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    });
    // The invitee has no account yet: write in the inviter's language.
    const link = `${env().APP_URL}/${actor.locale}/join/${token}`;
    const rendered = renderEmail({ locale: actor.locale, kind: "invitation", params: { inviter: actor.name, organisation: organisation.name }, link });
    await tx.emailOutbox.create({ data: { id: newId(), toEmail: email, locale: actor.locale, ...rendered } });
    await audit(tx, { actorId: actor.id, action: "org.invite", entityType: "Organisation", entityId: options.organisationId, data: { email } });
    return { id };
  });
}
