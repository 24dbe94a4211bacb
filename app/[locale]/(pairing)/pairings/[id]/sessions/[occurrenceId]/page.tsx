import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionItemForm, ActionItemList } from "@/components/sessions/action-items";
import { RescheduleForm } from "@/components/sessions/reschedule-form";
import { SessionRecordForm } from "@/components/sessions/session-record-form";
import { SessionsI18n } from "@/components/sessions/sessions-i18n";
import { ZoneTimes } from "@/components/sessions/zone-times";
import { Badge, Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, isoDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { describeInstant, localIsoDate, localIsoTime } from "@/lib/scheduling";
import { OCCURRENCE_TONES } from "@/lib/sessions/display";
import { getOccurrenceView } from "@/lib/sessions/queries";
import { timeZoneLabel } from "@/lib/validation/time-zones";
import { addActionItemAction, cancelOccurrenceAction, rescheduleAction, saveSessionAction, setActionItemDoneAction } from "../../actions";

type Params = Promise<{ locale: string; id: string; occurrenceId: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id, occurrenceId } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/sessions/${occurrenceId}`);
  const view = await getOccurrenceView({ actor, pairingId: id, occurrenceId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t, actor, view } = await load(params);
  return { title: t("sessions.page.sessionTitle", { date: describeInstant({ instant: view.occurrence.startsAt, timeZone: actor.timeZone, locale }).date }) };
}

/** One session: when it is for everyone, its record (agenda, notes, decisions, attendance, length, rating), moving it, its action items. */
export default async function SessionPage({ params }: { params: Params }) {
  const { locale, t, actor, view } = await load(params);
  const { pairing, occurrence, participants, actionItems } = view;
  const now = new Date();
  const running = pairing.status === "ACTIVE" || pairing.status === "PAUSED";
  const started = occurrence.startsAt.getTime() <= now.getTime();
  const movable = running && !occurrence.loggedAt && occurrence.status === "SCHEDULED";
  const today = localIsoDate(now, actor.timeZone);
  const date = describeInstant({ instant: occurrence.startsAt, timeZone: actor.timeZone, locale }).date;
  const outcome = occurrence.status === "HELD" ? "held" : occurrence.loggedAt ? "missed" : "planned";
  return (
    <SessionsI18n locale={locale}>
      <div className="space-y-6">
        <p>
          <Link href={`/${locale}/pairings/${pairing.id}/sessions`} className="text-brand-700 underline">
            {t("sessions.page.back")}
          </Link>
        </p>
        <PageHeader title={t("sessions.page.sessionTitle", { date })} description={t("sessions.page.subtitle", { organisation: pairing.organisationName, volunteer: pairing.volunteerName })} />

        <Card labelledBy="when">
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <h2 id="when" className="text-lg font-semibold">
              {t("sessions.next.localTime")}
            </h2>
            <Badge tone={OCCURRENCE_TONES[occurrence.status]}>{t(`sessions.status.${occurrence.status}`)}</Badge>
          </div>
          <ZoneTimes start={occurrence.startsAt} end={occurrence.endsAt} participants={participants} viewerId={actor.id} locale={locale} t={t} />
          {occurrence.rescheduledFrom ? <p className="mt-2 text-sm text-muted">{t("sessions.reschedule.from", { date: formatDateTime(locale, occurrence.rescheduledFrom, actor.timeZone) })}</p> : null}
          {view.schedule?.videoUrl ? (
            <p className="mt-2">
              <a href={view.schedule.videoUrl} className="font-medium text-brand-700 underline">
                {t("sessions.slot.video")}
              </a>
            </p>
          ) : null}
        </Card>

        <Card labelledBy="record">
          <h2 id="record" className="mb-1 text-lg font-semibold">
            {t("sessions.record.title")}
          </h2>
          {occurrence.loggedAt && occurrence.loggedBy ? (
            <p className="mb-3 text-sm text-muted">{t("sessions.record.loggedBy", { name: occurrence.loggedBy.name, date: formatDateTime(locale, occurrence.loggedAt, actor.timeZone) })}</p>
          ) : null}
          {running ? (
            <SessionRecordForm
              action={saveSessionAction.bind(null, locale, pairing.id, occurrence.id)}
              canLog={started}
              participants={participants.map((p) => ({ value: p.id, label: p.name }))}
              defaults={{
                version: occurrence.version,
                agenda: occurrence.agenda,
                notes: occurrence.notes,
                decisions: occurrence.decisions,
                outcome,
                durationMinutes: occurrence.durationMinutes,
                rating: occurrence.rating,
                present: occurrence.attendance.filter((a) => a.present).map((a) => a.userId),
              }}
            />
          ) : (
            <div className="space-y-3">
              {(["agenda", "notes", "decisions"] as const).map((field) => (
                <div key={field}>
                  <h3 className="font-medium">{t(`sessions.record.${field}`)}</h3>
                  <p className="whitespace-pre-line">{occurrence[field] || t("sessions.record.empty")}</p>
                </div>
              ))}
            </div>
          )}
        </Card>

        {movable ? (
          <Card labelledBy="move">
            <h2 id="move" className="mb-3 text-lg font-semibold">
              {t("sessions.reschedule.title")}
            </h2>
            <RescheduleForm
              action={rescheduleAction.bind(null, locale, pairing.id, occurrence.id)}
              cancelAction={cancelOccurrenceAction.bind(null, locale, pairing.id, occurrence.id, occurrence.version)}
              version={occurrence.version}
              date={localIsoDate(occurrence.startsAt, actor.timeZone)}
              time={localIsoTime(occurrence.startsAt, actor.timeZone)}
              timeZoneLabel={timeZoneLabel(actor.timeZone, intlLocale(locale))}
            />
          </Card>
        ) : null}

        <Card labelledBy="session-items">
          <h2 id="session-items" className="mb-3 text-lg font-semibold">
            {t("sessions.actionItems.title")}
          </h2>
          <ActionItemList
            items={actionItems.map((i) => ({
              id: i.id,
              title: i.title,
              ownerName: i.owner?.name ?? null,
              dueLabel: i.dueOn ? formatDate(locale, i.dueOn, { dateStyle: "medium" }) : null,
              overdue: !i.doneAt && i.dueOn !== null && isoDate(i.dueOn) < today,
              done: i.doneAt !== null,
              toggle: setActionItemDoneAction.bind(null, locale, pairing.id, i.id, i.doneAt === null),
            }))}
          />
          {running ? (
            <div className="mt-4 border-t border-gray-200 pt-4">
              <ActionItemForm action={addActionItemAction.bind(null, locale, pairing.id)} owners={participants.map((p) => ({ value: p.id, label: p.name }))} occurrenceId={occurrence.id} />
            </div>
          ) : null}
        </Card>
      </div>
    </SessionsI18n>
  );
}
