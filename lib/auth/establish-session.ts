// Signs a person in from a server action: writes the same signed session token
// next-auth writes after its own credentials callback, so that forms can use
// server actions (field errors, no client JavaScript) while next-auth keeps
// reading sessions and handling sign-out.
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authSecret, env } from "@/lib/env";

const MAX_AGE = 30 * 24 * 60 * 60;

export function sessionCookieName(): string {
  return env().APP_URL.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function establishSession(user: { id: string; email: string; name: string; sessionVersion: number }) {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().APP_URL.startsWith("https://"),
    maxAge: MAX_AGE,
  });
}
