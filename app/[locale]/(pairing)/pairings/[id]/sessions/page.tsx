import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionItemForm, ActionItemList } from "@/components/sessions/action-items";
import { CalendarFeed } from "@/components/sessions/calendar-feed";
import { ScheduleForm } from "@/components/sessions/schedule-form";
import { SessionsI18n } from "@/components/sessions/sessions-i18n";
import { ZoneTimes } from "@/components/sessions/zone-times";
import { Badge, Card, DefinitionList, EmptyState, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { activeFeedSince } from "@/lib/calendar/feed";
import { AppError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate, isoDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { formatHours, localIsoDate } from "@/lib/scheduling";
import { OCCURRENCE_TONES, sessionRange, slotSummary, weekdayOptions } from "@/lib/sessions/display";
import { getSessionsView } from "@/lib/sessions/queries";
import { timeZoneLabel, timeZoneOptions } from "@/lib/validation/time-zones";
import { addActionItemAction, createFeedAction, revokeFeedAction, setActionItemDoneAction, setScheduleAction } from "../actions";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/sessions`);
  const view = await getSessionsView({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("sessions.page.title") };
}

/** The weekly slot, the next session in everyone's zone, the sessions, action items, hours and calendars. */
export default async function SessionsPage({ params }: { params: Params }) {
  const { locale, t, actor, view } = await load(params);
  const { pairing, schedule, next, upcoming, past, actionItems, participants, hours, now } = view;
  const editable = ["ACCEPTED", "ACTIVE", "PAUSED"].includes(pairing.status);
  const running = pairing.status === "ACTIVE" || pairing.status === "PAUSED";
  const base = `/${locale}/pairings/${pairing.id}/sessions`;
  const today = localIsoDate(now, actor.timeZone);
  const feedSince = await activeFeedSince(actor);
  const owners = participants.map((p) => ({ value: p.id, label: p.name }));
  const scheduleDefaults = schedule
    ? {
        weekday: schedule.weekday,
        localTime: schedule.localTime,
        timeZone: schedule.timeZone,
        durationMinutes: schedule.durationMinutes,
        startsOn: isoDate(schedule.startsOn),
        weeks: schedule.weeks,
        videoUrl: schedule.videoUrl ?? "",
        place: schedule.place ?? "",
        version: schedule.version,
      }
    : { weekday: 2, localTime: "10:00", timeZone: actor.timeZone, durationMinutes: 60, startsOn: today, weeks: 12, videoUrl: "", place: "" };
  const scheduleForm = (
    <ScheduleForm
      action={setScheduleAction.bind(null, locale, pairing.id)}
      defaults={scheduleDefaults}
      weekdays={weekdayOptions(locale)}
      timeZones={timeZoneOptions(intlLocale(locale), scheduleDefaults.timeZone)}
    />
  );

  return (
    <SessionsI18n locale={locale}>
      <div className="space-y-6">
        <PageHeader title={t("sessions.page.title")} description={t("sessions.page.subtitle", { organisation: pairing.organisationName, volunteer: pairing.volunteerName })} />

        <div className="grid gap-6 lg:grid-cols-2">
          <Card labelledBy="slot">
            <h2 id="slot" className="mb-3 text-lg font-semibold">
              {t("sessions.slot.title")}
            </h2>
            {schedule ? (
              <div className="space-y-2">
                <p className="font-medium">{slotSummary(t, locale, schedule)}</p>
                <p className="text-muted">{t("sessions.slot.span", { start: formatDate(locale, schedule.startsOn), count: schedule.weeks })}</p>
                <DefinitionList
                  items={[
                    ...(schedule.videoUrl
                      ? [{ term: t("sessions.slot.video"), detail: <a href={schedule.videoUrl} className="break-all text-brand-700 underline">{schedule.videoUrl}</a> }]
                      : []),
                    ...(schedule.place ? [{ term: t("sessions.slot.place"), detail: schedule.place }] : []),
                  ]}
                />
                {editable ? (
                  <details className="mt-3 rounded-md border border-gray-200 p-3">
                    <summary className="cursor-pointer font-medium text-brand-700">{t("sessions.slot.change")}</summary>
                    <p className="my-2 text-sm text-muted">{t("sessions.slot.changeHelp")}</p>
                    {scheduleForm}
                  </details>
                ) : null}
              </div>
            ) : (
              <div className="space-y-3">
                <p>{t("sessions.slot.none")}</p>
                {editable ? scheduleForm : null}
              </div>
            )}
          </Card>

          <Card labelledBy="next">
            <h2 id="next" className="mb-3 text-lg font-semibold">
              {t("sessions.next.title")}
            </h2>
            {next ? (
              <div className="space-y-3">
                <ZoneTimes start={next.startsAt} end={next.endsAt} participants={participants} viewerId={actor.id} locale={locale} t={t} />
                <Link href={`${base}/${next.id}`} className="inline-block font-medium text-brand-700 underline">
                  {t("sessions.next.open")}
                </Link>
              </div>
            ) : (
              <p className="text-muted">{t("sessions.next.none")}</p>
            )}
          </Card>
        </div>

        <Card labelledBy="upcoming">
          <h2 id="upcoming" className="mb-3 text-lg font-semibold">
            {t("sessions.list.upcoming")}
          </h2>
          {upcoming.length === 0 ? (
            <EmptyState>{t("sessions.list.noUpcoming")}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="min-w-full text-left">
                <caption className="mb-2 text-left text-sm text-muted">{t("sessions.list.caption", { timeZone: timeZoneLabel(actor.timeZone, intlLocale(locale)) })}</caption>
                <thead className="bg-gray-50 text-sm">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t("sessions.list.date")}</th>
                    <th scope="col" className="px-3 py-2">{t("sessions.list.status")}</th>
                    <th scope="col" className="px-3 py-2">
                      <span className="sr-only">{t("sessions.list.open")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-200">
                  {upcoming.map((o) => {
                    const when = sessionRange(locale, actor.timeZone, o);
                    return (
                      <tr key={o.id}>
                        <td className="px-3 py-2">
                          <time dateTime={o.startsAt.toISOString()}>{when}</time>
                          {o.rescheduledFrom ? <span className="ml-2 text-sm text-muted">({t("sessions.list.moved")})</span> : null}
                        </td>
                        <td className="px-3 py-2">
                          <Badge tone={OCCURRENCE_TONES[o.status]}>{t(`sessions.status.${o.status}`)}</Badge>
                        </td>
                        <td className="px-3 py-2">
                          <Link href={`${base}/${o.id}`} className="text-brand-700 underline" aria-label={t("sessions.list.openSession", { date: when })}>
                            {t("sessions.list.open")}
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card labelledBy="past">
          <h2 id="past" className="mb-3 text-lg font-semibold">
            {t("sessions.list.past")}
          </h2>
          {past.length === 0 ? (
            <EmptyState>{t("sessions.list.noPast")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {past.map((o) => {
                const when = sessionRange(locale, actor.timeZone, o);
                const items = actionItems.filter((i) => i.occurrenceId === o.id);
                return (
                  <li key={o.id} className="rounded-md border border-gray-200 p-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <h3 className="font-semibold">
                        <Link href={`${base}/${o.id}`} className="text-brand-700 underline" aria-label={t("sessions.list.openSession", { date: when })}>
                          <time dateTime={o.startsAt.toISOString()}>{when}</time>
                        </Link>
                      </h3>
                      <Badge tone={OCCURRENCE_TONES[o.status]}>{t(`sessions.status.${o.status}`)}</Badge>
                      {o.durationMinutes ? <span className="text-sm text-muted">{t("sessions.list.duration", { count: o.durationMinutes })}</span> : null}
                      {o.rating ? <span className="text-sm text-muted">{t("sessions.list.rating", { rating: o.rating })}</span> : null}
                      {!o.loggedAt ? <Badge tone="amber">{t("sessions.list.notLogged")}</Badge> : null}
                    </div>
                    {o.notes ? <p className="mt-2 line-clamp-3 whitespace-pre-line text-sm">{o.notes}</p> : null}
                    {o.decisions ? (
                      <div className="mt-2 text-sm">
                        <h4 className="font-medium">{t("sessions.record.decisions")}</h4>
                        <p className="whitespace-pre-line">{o.decisions}</p>
                      </div>
                    ) : null}
                    {items.length ? (
                      <ul className="mt-2 list-disc pl-5 text-sm">
                        {items.map((i) => (
                          <li key={i.id} className={i.doneAt ? "text-muted line-through" : ""}>
                            {i.title}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>

        <Card labelledBy="action-items">
          <h2 id="action-items" className="mb-3 text-lg font-semibold">
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
              <ActionItemForm action={addActionItemAction.bind(null, locale, pairing.id)} owners={owners} />
            </div>
          ) : null}
        </Card>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card labelledBy="hours">
            <h2 id="hours" className="mb-3 text-lg font-semibold">
              {t("sessions.hours.title")}
            </h2>
            <p className="text-2xl font-bold">{t("scheduling.hours.total", { hours: formatHours(hours.displayHours, locale) })}</p>
            <p className="text-muted">{t("scheduling.hours.sessions", { count: hours.sessionCount })}</p>
          </Card>
          <Card labelledBy="calendar">
            <h2 id="calendar" className="mb-3 text-lg font-semibold">
              {t("sessions.calendar.title")}
            </h2>
            <div className="space-y-4">
              {schedule ? (
                <div>
                  <a href={`/api/pairings/${pairing.id}/calendar`} className="font-medium text-brand-700 underline" download>
                    {t("sessions.calendar.download")}
                  </a>
                  <p className="text-sm text-muted">{t("sessions.calendar.downloadHelp")}</p>
                </div>
              ) : null}
              {pairing.role !== "coordinator" ? (
                <div>
                  <h3 className="mb-1 font-semibold">{t("sessions.calendar.feedTitle")}</h3>
                  <CalendarFeed
                    createAction={createFeedAction.bind(null, locale)}
                    revokeAction={revokeFeedAction.bind(null, locale)}
                    activeSince={feedSince ? formatDate(locale, feedSince, { dateStyle: "long", timeZone: actor.timeZone }) : null}
                  />
                </div>
              ) : null}
            </div>
          </Card>
        </div>
      </div>
    </SessionsI18n>
  );
}
