// Calendar feeds: one secret, revocable URL per person listing the sessions of
// every pairing they take part in, and a downloadable invite per pairing. Only
// the SHA-256 of a feed token is stored; creating a new address revokes the old.
import type { Actor } from "@/lib/auth/actor";
import { hashToken, newToken } from "@/lib/accounts/tokens";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale, OccurrenceStatus } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import { newId } from "@/lib/ids";
import { pairingForActor } from "@/lib/pairings/access";
import { buildCalendar, type CalendarEvent } from "@/lib/scheduling";

const DAY = 86_400_000;
/** Past sessions kept in a feed, so a calendar still shows the recent history. */
const FEED_HISTORY_DAYS = 120;
const FEED_STATUSES = ["ACCEPTED", "ACTIVE", "PAUSED", "COMPLETED", "ENDED_EARLY"] as const;

export function feedUrl(token: string): string {
  return `${env().APP_URL}/api/calendar/${token}.ics`;
}

export async function createCalendarFeed(options: { actor: Actor }): Promise<{ token: string; url: string }> {
  const { token, hash } = newToken();
  await db.$transaction(async (tx) => {
    await tx.calendarFeedToken.updateMany({ where: { userId: options.actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    const id = newId();
    await tx.calendarFeedToken.create({ data: { id, userId: options.actor.id, tokenHash: hash } });
    await audit(tx, { actorId: options.actor.id, action: "calendar.feedCreate", entityType: "CalendarFeedToken", entityId: id });
  });
  return { token, url: feedUrl(token) };
}

export async function revokeCalendarFeeds(options: { actor: Actor }): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({ where: { userId: options.actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) await audit(tx, { actorId: options.actor.id, action: "calendar.feedRevoke", entityType: "User", entityId: options.actor.id });
    return count;
  });
}

export async function activeFeedSince(actor: Actor): Promise<Date | null> {
  const token = await db.calendarFeedToken.findFirst({ where: { userId: actor.id, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return token?.createdAt ?? null;
}

const occurrenceSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  status: true,
  version: true,
  updatedAt: true,
  pairing: {
    select: {
      id: true,
      volunteer: { select: { name: true } },
      schedule: { select: { videoUrl: true, place: true } },
      need: { select: { organisation: { select: { name: true } } } },
    },
  },
} as const;

type FeedOccurrence = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: OccurrenceStatus;
  version: number;
  updatedAt: Date;
  pairing: { id: string; volunteer: { name: string }; schedule: { videoUrl: string | null; place: string | null } | null; need: { organisation: { name: string } } };
};

function toEvents(occurrences: FeedOccurrence[], locale: Locale): CalendarEvent[] {
  const t = getTranslator(locale);
  const base = env().APP_URL;
  const domain = new URL(base).hostname;
  return occurrences.map((o) => {
    const url = `${base}/${locale}/pairings/${o.pairing.id}/sessions/${o.id}`;
    const videoUrl = o.pairing.schedule?.videoUrl ?? null;
    const names = { organisation: o.pairing.need.organisation.name, volunteer: o.pairing.volunteer.name };
    return {
      uid: `session-${o.id}@${domain}`,
      start: o.startsAt,
      end: o.endsAt,
      summary: t("scheduling.ical.eventSummary", names),
      description: videoUrl ? t("scheduling.ical.eventDescriptionWithVideo", { videoUrl, url }) : t("scheduling.ical.eventDescription", { url }),
      ...(o.pairing.schedule?.place || videoUrl ? { location: o.pairing.schedule?.place ?? videoUrl ?? "" } : {}),
      url,
      status: o.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
      // The occurrence's version grows with every change, so calendar programs replace their copy.
      sequence: o.version,
      lastModified: o.updatedAt,
    };
  });
}

/** The feed behind a secret URL, or null when the token is unknown or revoked. */
export async function calendarForToken(token: string, now = new Date()): Promise<string | null> {
  const feed = await db.calendarFeedToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { revokedAt: true, user: { select: { id: true, name: true, locale: true, deletedAt: true } } },
  });
  if (!feed || feed.revokedAt || feed.user.deletedAt) return null;
  const user = feed.user;
  const occurrences = await db.sessionOccurrence.findMany({
    where: {
      startsAt: { gte: new Date(now.getTime() - FEED_HISTORY_DAYS * DAY) },
      pairing: {
        status: { in: [...FEED_STATUSES] },
        OR: [{ volunteerId: user.id }, { need: { organisation: { members: { some: { userId: user.id } } } } }],
      },
    },
    orderBy: { startsAt: "asc" },
    select: occurrenceSelect,
  });
  const t = getTranslator(user.locale);
  return buildCalendar({ name: t("scheduling.ical.feedName", { name: user.name }), events: toEvents(occurrences, user.locale), generatedAt: now, refreshIntervalMinutes: 60 });
}

/** A one-off .ics with every session of one pairing, for people who do not subscribe. */
export async function calendarForPairing(options: { actor: Actor; pairingId: string; now?: Date }): Promise<{ ics: string; filename: string }> {
  const pairing = await pairingForActor(db, options.actor, options.pairingId);
  const occurrences = await db.sessionOccurrence.findMany({ where: { pairingId: pairing.id }, orderBy: { startsAt: "asc" }, select: occurrenceSelect });
  const t = getTranslator(options.actor.locale);
  const ics = buildCalendar({
    name: t("scheduling.ical.pairingCalendarName", { organisation: pairing.organisationName, volunteer: pairing.volunteerName }),
    events: toEvents(occurrences, options.actor.locale),
    generatedAt: options.now ?? new Date(),
  });
  return { ics, filename: `tandem-${pairing.id}.ics` };
}
