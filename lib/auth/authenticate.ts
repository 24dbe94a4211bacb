// Checks an email and password, with rate limiting shared by all servers.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hit, reset, RULES } from "@/lib/rate-limit";
import { verifyPassword } from "./password";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "validation.email" }),
  password: z.string().min(1, { message: "validation.required" }).max(200),
});

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

/** Returns the user, null for wrong credentials, or throws a rate_limited AppError. */
export async function authenticate(options: { email: string; password: string; ip: string }): Promise<AuthenticatedUser | null> {
  const parsed = SignInSchema.safeParse(options);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const perEmail = await hit(`signin:email:${email}`, RULES.signInPerEmail);
  const perIp = await hit(`signin:ip:${options.ip}`, RULES.signInPerIp);
  if (!perEmail.allowed || !perIp.allowed) {
    const wait = Math.max(perEmail.allowed ? 0 : perEmail.retryAfterSeconds, perIp.allowed ? 0 : perIp.retryAfterSeconds);
    throw new AppError("rate_limited", "auth.signIn.rateLimited", { minutes: Math.ceil(wait / 60) });
  }

  const user = await db.user.findFirst({
    where: { email, deletedAt: null },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!user || !(await verifyPassword(user.passwordHash, password))) return null;
  await reset(`signin:email:${email}`);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
