// Reminders and nudges: the worker loads the facts (proposals near their
// deadline, sessions around now, action items past due), asks the pure planner
// (lib/scheduling/reminders) which reminders are due, and stores each one as a
// notification and an email, one transaction per reminder, with the planner's
// idempotency key as the dedupe key. A second run, a second worker or a
// restarted one finds the key taken and sends nothing again.
import { db } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { describeInstant, plannedReminders, type ActionItemFact, type PlannedReminder, type ProposalFact, type ReminderKind, type SessionFact } from "@/lib/scheduling";
import { formatDate } from "@/lib/i18n/format";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const EMAIL_KIND: Record<ReminderKind, string> = {
  proposal_expiring: "reminderProposalExpiring",
  session_tomorrow: "reminderSessionTomorrow",
  session_not_logged: "reminderSessionNotLogged",
  action_item_overdue: "reminderActionItemOverdue",
};

interface Recipient {
  id: string;
  locale: Locale;
  timeZone: string;
}

interface SessionInfo {
  pairingId: string;
  volunteerId: string;
  volunteerName: string;
  organisationName: string;
  needTitle: string;
  location: string;
  startsAt: Date;
}

async function loadFacts(now: Date) {
  const [proposals, occurrences, items] = await Promise.all([
    db.pairing.findMany({
      where: { status: "PROPOSED", respondBy: { gt: now, lte: new Date(now.getTime() + DAY) } },
      select: { id: true, volunteerId: true, respondBy: true, proposedAt: true, need: { select: { title: true, organisation: { select: { name: true } } } } },
    }),
    db.sessionOccurrence.findMany({
      where: {
        status: "SCHEDULED",
        loggedAt: null,
        pairing: { status: { in: ["ACTIVE", "PAUSED"] } },
        OR: [
          { startsAt: { gt: now, lte: new Date(now.getTime() + DAY) } },
          { endsAt: { gte: new Date(now.getTime() - 10 * DAY), lte: new Date(now.getTime() - 2 * DAY) } },
        ],
      },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        pairing: {
          select: {
            id: true,
            status: true,
            volunteerId: true,
            volunteer: { select: { name: true } },
            schedule: { select: { videoUrl: true, place: true } },
            need: { select: { title: true, organisation: { select: { name: true, members: { select: { userId: true } } } } } },
          },
        },
      },
    }),
    db.actionItem.findMany({
      where: {
        doneAt: null,
        ownerId: { not: null },
        dueOn: { gte: new Date(now.getTime() - 10 * DAY), lt: new Date(now.getTime() + DAY) },
        pairing: { status: { in: ["ACTIVE", "PAUSED"] } },
      },
      select: {
        id: true,
        title: true,
        dueOn: true,
        ownerId: true,
        owner: { select: { timeZone: true } },
        pairing: { select: { id: true, volunteerId: true, volunteer: { select: { name: true } }, need: { select: { organisation: { select: { name: true } } } } } },
      },
    }),
  ]);
  return { proposals, occurrences, items };
}

export async function sendDueReminders(options: { now?: Date } = {}): Promise<{ planned: number; created: number }> {
  const now = options.now ?? new Date();
  const { proposals, occurrences, items } = await loadFacts(now);

  const sessions = new Map<string, SessionInfo>();
  const sessionFacts: SessionFact[] = occurrences
    // A paused pairing gets no "session tomorrow" reminder, but still the nudge to log a past session.
    .filter((o) => o.pairing.status === "ACTIVE" || o.startsAt.getTime() <= now.getTime())
    .map((o) => {
      sessions.set(o.id, {
        pairingId: o.pairing.id,
        volunteerId: o.pairing.volunteerId,
        volunteerName: o.pairing.volunteer.name,
        organisationName: o.pairing.need.organisation.name,
        needTitle: o.pairing.need.title,
        location: o.pairing.schedule?.videoUrl ?? o.pairing.schedule?.place ?? "",
        startsAt: o.startsAt,
      });
      return {
        occurrenceId: o.id,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        cancelled: false,
        logged: false,
        participantUserIds: [o.pairing.volunteerId, ...o.pairing.need.organisation.members.map((m) => m.userId)],
      };
    });
  const proposalFacts: ProposalFact[] = proposals.map((p) => ({ proposalId: p.id, volunteerUserId: p.volunteerId, respondBy: p.respondBy, proposedAt: p.proposedAt, pending: true }));
  const itemFacts: ActionItemFact[] = items.flatMap((i) =>
    i.ownerId && i.dueOn ? [{ actionItemId: i.id, ownerUserId: i.ownerId, dueDate: i.dueOn.toISOString().slice(0, 10), timeZone: i.owner?.timeZone ?? "America/Toronto", done: false }] : [],
  );

  const due = plannedReminders({ now, proposals: proposalFacts, sessions: sessionFacts, actionItems: itemFacts });
  if (due.length === 0) return { planned: 0, created: 0 };
  const recipients = new Map(
    (await db.user.findMany({ where: { id: { in: [...new Set(due.map((r) => r.recipientUserId))] } }, select: { id: true, locale: true, timeZone: true } })).map((u) => [u.id, u]),
  );
  const proposalsById = new Map(proposals.map((p) => [p.id, p]));
  const itemsById = new Map(items.map((i) => [i.id, i]));

  let created = 0;
  // In planner order, one transaction each: a crash loses at most the reminder in flight, which the next run sends.
  for (const reminder of due) {
    const recipient = recipients.get(reminder.recipientUserId);
    if (!recipient) continue;
    const message = describe(reminder, recipient, { sessions, proposalsById, itemsById });
    if (!message) continue;
    const emails = await db.$transaction((tx) =>
      notify(tx, { userIds: [recipient.id], kind: EMAIL_KIND[reminder.kind], params: message.params, path: message.path, dedupeKey: reminder.idempotencyKey }),
    );
    created += emails.length;
  }
  return { planned: due.length, created };
}

function describe(
  reminder: PlannedReminder,
  recipient: Recipient,
  facts: {
    sessions: Map<string, SessionInfo>;
    proposalsById: Map<string, Awaited<ReturnType<typeof loadFacts>>["proposals"][number]>;
    itemsById: Map<string, Awaited<ReturnType<typeof loadFacts>>["items"][number]>;
  },
): { params: Record<string, string>; path: string } | null {
  const at = (instant: Date) => describeInstant({ instant, timeZone: recipient.timeZone, locale: recipient.locale });
  if (reminder.about.type === "proposal") {
    const p = facts.proposalsById.get(reminder.about.id);
    if (!p) return null;
    const deadline = at(p.respondBy);
    return { params: { organisation: p.need.organisation.name, title: p.need.title, deadline: `${deadline.date}, ${deadline.time} (${deadline.timeZoneShortName})` }, path: "/volunteer" };
  }
  if (reminder.about.type === "session") {
    const s = facts.sessions.get(reminder.about.id);
    if (!s) return null;
    const start = at(s.startsAt);
    const partner = recipient.id === s.volunteerId ? s.organisationName : s.volunteerName;
    return {
      params: { partner, date: start.date, time: start.time, timeZone: start.timeZoneShortName, location: s.location || "—", title: s.needTitle },
      path: `/pairings/${s.pairingId}/sessions/${reminder.about.id}`,
    };
  }
  const item = facts.itemsById.get(reminder.about.id);
  if (!item?.dueOn) return null;
  const partner = recipient.id === item.pairing.volunteerId ? item.pairing.need.organisation.name : item.pairing.volunteer.name;
  return { params: { title: item.title, partner, dueDate: formatDate(recipient.locale, item.dueOn) }, path: `/pairings/${item.pairing.id}/sessions` };
}
