// The signed-in person's in-app notifications: reading the list, the unread
// count shown in the header, and marking them read. Always the actor's own.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function listNotifications(options: { actor: Actor; limit?: number }) {
  return db.notification.findMany({
    where: { userId: options.actor.id },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 50,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
}

export async function unreadNotificationCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markAllNotificationsRead(options: { actor: Actor; now?: Date }): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: options.actor.id, readAt: null }, data: { readAt: options.now ?? new Date() } });
  return count;
}

/** Params are stored as JSON; only strings and numbers are interpolated. */
export function notificationParams(raw: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value;
  }
  return out;
}
