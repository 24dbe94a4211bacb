import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render";
import { deliverPendingEmails } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { hit, RULES } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { ForgotPasswordSchema, ResetPasswordSchema } from "./schema";
import { hashToken, newToken } from "./tokens";

const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Emails a reset link if the account exists. Answers the same either way so the
 * form does not reveal who has an account.
 */
export async function requestPasswordReset(options: { input: unknown; kind?: "passwordReset" | "accountCreated" }) {
  const { email } = ForgotPasswordSchema.parse(options.input);
  const limited = await hit(`reset:email:${email}`, RULES.passwordResetPerEmail);
  if (!limited.allowed) return;
  const user = await db.user.findFirst({ where: { email, deletedAt: null }, select: { id: true, name: true, locale: true } });
  if (!user) return;
  const { token, hash } = newToken();
  const emailId = newId();
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { id: newId(), userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) } });
    const link = `${env().APP_URL}/${user.locale}/reset-password/${token}`;
    const rendered = renderEmail({ locale: user.locale, kind: options.kind ?? "passwordReset", params: { name: user.name }, link });
    await tx.emailOutbox.create({ data: { id: emailId, userId: user.id, toEmail: email, locale: user.locale, ...rendered } });
  });
  // A reset link is wanted now, not at the worker's next pass.
  await deliverPendingEmails({ ids: [emailId] });
}

export async function resetPassword(options: { input: unknown }) {
  const input = ResetPasswordSchema.parse(options.input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const token = await tx.passwordResetToken.findFirst({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, userId: true },
    });
    if (!token) throw new AppError("not_found", "auth.reset.invalid");
    const used = await tx.passwordResetToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count === 0) throw new AppError("not_found", "auth.reset.invalid");
    // Bumping the session version signs out every existing session of the account.
    const user = await tx.user.update({ where: { id: token.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { email: true } });
    return { email: user.email };
  });
}
