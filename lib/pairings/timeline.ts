// The whole history of a pairing, oldest first: every status change
// (PairingEvent) and every workspace action recorded in the audit log (slot
// agreed, sessions logged or moved, action items, messages, surveys).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Params } from "@/lib/i18n/translate";
import { pairingForActor } from "./access";

/** Audit actions shown in the timeline → their message key under `sessions.timeline`. */
const ACTIONS: Record<string, string> = {
  "sessions.scheduleSet": "scheduleSet",
  "sessions.scheduleChange": "scheduleChange",
  "sessions.reschedule": "reschedule",
  "sessions.cancel": "cancel",
  "sessions.log.held": "sessionHeld",
  "sessions.log.missed": "sessionMissed",
  "sessions.edit": "sessionEdited",
  "sessions.actionItemAdd": "actionItemAdd",
  "sessions.actionItemDone": "actionItemDone",
  "sessions.actionItemReopen": "actionItemReopen",
  "pairing.message": "message",
  "pairing.survey": "survey",
};

export interface TimelineEntry {
  id: string;
  at: Date;
  actorName: string | null;
  /** Either a status change… */
  toStatus?: string;
  reason?: string | null;
  /** …or an action, as a `sessions.timeline.*` key and its params. */
  messageKey?: string;
  params?: Params;
}

function paramsFor(data: unknown, locale: AppLocale, timeZone: string): Params {
  const params: Params = {};
  if (!data || typeof data !== "object") return params;
  const d = data as Record<string, unknown>;
  const when = (value: unknown) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? formatDateTime(locale, new Date(value), timeZone) : "");
  if (typeof d.startsAt === "string") params.date = when(d.startsAt);
  if (typeof d.from === "string") params.from = when(d.from);
  if (typeof d.to === "string") params.to = when(d.to);
  if (typeof d.title === "string") params.title = d.title;
  if (typeof d.message === "string") params.message = d.message;
  if (typeof d.weeks === "number") params.count = d.weeks;
  return params;
}

export async function pairingTimeline(options: { actor: Actor; pairingId: string; locale: AppLocale }): Promise<TimelineEntry[]> {
  const pairing = await pairingForActor(db, options.actor, options.pairingId);
  const [events, actions] = await Promise.all([
    db.pairingEvent.findMany({
      where: { pairingId: pairing.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditLog.findMany({
      where: { entityType: "Pairing", entityId: pairing.id, action: { in: Object.keys(ACTIONS) } },
      orderBy: { createdAt: "asc" },
      select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  // Decline reasons are the volunteer's and the coordinators' business only.
  const seesReasons = pairing.role !== "org";
  const entries: TimelineEntry[] = [
    ...events.map((e) => ({ id: e.id, at: e.createdAt, actorName: e.actor?.name ?? null, toStatus: e.toStatus, reason: e.toStatus === "DECLINED" && !seesReasons ? null : e.reason })),
    ...actions.map((a) => ({
      id: a.id,
      at: a.createdAt,
      actorName: a.actor?.name ?? null,
      messageKey: `sessions.timeline.${ACTIONS[a.action]}`,
      params: paramsFor(a.data, options.locale, options.actor.timeZone),
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
