// Reading the signed-in actor in server components, server actions and route
// handlers, plus the guards every page and mutation starts with.
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import type { GlobalRole } from "@/lib/generated/prisma/enums";
import { loadActor, isAdmin, isCoordinator, type Actor } from "./actor";
import { authOptions } from "./options";

interface TandemSession {
  userId?: string;
  sessionVersion?: number;
}

export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as TandemSession | null;
  if (!session?.userId) return null;
  return loadActor(db, session.userId, session.sessionVersion ?? 0);
});

/** For pages: sends a signed-out visitor to the sign-in page. */
export async function requireUser(locale: AppLocale, next?: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  return actor;
}

export function hasRole(actor: Actor, role: GlobalRole): boolean {
  if (role === "COORDINATOR") return isCoordinator(actor);
  if (role === "ADMIN") return isAdmin(actor);
  return actor.roles.includes(role);
}

/** For pages: a signed-in person without the role gets a not-found, as if the page did not exist. */
export async function requireRole(locale: AppLocale, role: GlobalRole, next?: string): Promise<Actor> {
  const actor = await requireUser(locale, next);
  if (!hasRole(actor, role)) notFound();
  return actor;
}

/** For mutations: throws instead of redirecting, so the action answers with a message. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) throw new AppError("unauthenticated", "errors.unauthenticated");
  return actor;
}

export function assertRole(actor: Actor, role: GlobalRole): void {
  if (!hasRole(actor, role)) throw new AppError("forbidden", "errors.forbidden");
}
