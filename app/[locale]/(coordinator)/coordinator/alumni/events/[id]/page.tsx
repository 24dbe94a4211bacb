import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/alumni/attendance-form";
import { ActionButton } from "@/components/forms/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { getEventForCoordinator } from "@/lib/alumni/queries";
import { requireRole } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { inviteEventAudienceAction, recordAttendanceAction } from "../../actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.events.title") };
}

export default async function EventPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireRole(locale, "COORDINATOR", `/coordinator/alumni/events/${id}`);
  const event = await getEventForCoordinator(actor, id).catch(() => notFound());
  return (
    <div className="space-y-6">
      <PageHeader
        title={event.title}
        description={`${localName(event.program, locale)} · ${formatDateTime(locale, event.startsAt, actor.timeZone)}${event.place ? ` · ${event.place}` : ""}`}
      />
      {event.description ? <p className="max-w-prose whitespace-pre-line">{event.description}</p> : null}
      <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "alumni"])}>
        <Card labelledBy="event-invite">
          <h2 id="event-invite" className="mb-2 text-xl font-semibold">
            {t("alumni.events.inviteTitle")}
          </h2>
          <p className="mb-3 text-muted">{t("alumni.events.audience", { count: event.notYetInvited })}</p>
          {event.notYetInvited > 0 ? (
            <ActionButton id="invite-audience" action={inviteEventAudienceAction.bind(null, locale, event.id)}>
              {t("alumni.events.invite", { count: event.notYetInvited })}
            </ActionButton>
          ) : null}
        </Card>
        <Card labelledBy="event-attendance">
          <h2 id="event-attendance" className="mb-3 text-xl font-semibold">
            {t("alumni.events.attendanceTitle", { count: event.invitations.length })}
          </h2>
          {event.invitations.length === 0 ? (
            <EmptyState>{t("alumni.events.noInvitees")}</EmptyState>
          ) : (
            <AttendanceForm
              action={recordAttendanceAction.bind(null, locale, event.id)}
              invitees={event.invitations.map((i) => ({ alumniId: i.alumniId, name: i.alumni.user.name, side: t(`alumni.sides.${i.alumni.side}`), attended: i.attended }))}
            />
          )}
        </Card>
      </I18nProvider>
    </div>
  );
}
