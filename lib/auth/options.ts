// next-auth configuration: email + password, signed JWT sessions (no state in
// the app server's memory, so any server behind the load balancer can serve any
// request). The token carries the account's session version, checked on every
// request by getCurrentActor().
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";
import { authenticate } from "./authenticate";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0]?.trim() || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          try {
            const user = await authenticate({
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              ip: clientIp(req.headers as Record<string, string | string[] | undefined> | undefined),
            });
            return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
          } catch (error) {
            // next-auth forwards an Error's message to the client as `error`.
            if (error instanceof AppError && error.code === "rate_limited") throw new Error("RateLimited");
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv } as typeof session;
      },
    },
  };
}
