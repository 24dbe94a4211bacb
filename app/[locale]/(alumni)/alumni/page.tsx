import type { Metadata } from "next";
import Link from "next/link";
import { OptInsForm } from "@/components/alumni/opt-ins-form";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { listOwnAlumni } from "@/lib/alumni/queries";
import { isVolunteer } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { updateOptInsAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.self.title") };
}

export default async function AlumniHomePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale, "/alumni");
  const records = await listOwnAlumni(actor);
  const mentee = records.find((r) => r.side === "ORGANISATION");
  const events = records.flatMap((r) => r.invitations.map((i) => i.event));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t("alumni.self.title")}
        description={t("alumni.self.intro")}
        actions={records.length ? <ButtonLink href={`/${locale}/alumni/directory`} variant="secondary">{t("alumni.directory.title")}</ButtonLink> : undefined}
      />
      {records.length === 0 ? <EmptyState>{t("alumni.self.notAlumni")}</EmptyState> : null}
      {mentee && !isVolunteer(actor) ? (
        <Card labelledBy="become-volunteer">
          <h2 id="become-volunteer" className="text-xl font-semibold">
            {t("alumni.self.becomeVolunteerTitle")}
          </h2>
          <p className="mt-1 text-ink">{mentee.volunteerInvitedAt ? t("alumni.self.invitedToVolunteer") : t("alumni.self.becomeVolunteerIntro")}</p>
          <p className="mt-3">
            <ButtonLink href={`/${locale}/alumni/volunteer`}>{t("alumni.self.becomeVolunteer")}</ButtonLink>
          </p>
        </Card>
      ) : null}
      {events.length ? (
        <Card labelledBy="my-events">
          <h2 id="my-events" className="mb-2 text-xl font-semibold">
            {t("alumni.self.events")}
          </h2>
          <ul className="space-y-1">
            {events.map((e) => (
              <li key={e.id}>
                <span className="font-medium">{e.title}</span> · {formatDateTime(locale, e.startsAt, actor.timeZone)}
                {e.place ? ` · ${e.place}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "alumni"])}>
        {records.map((r) => (
          <Card key={r.id} labelledBy={`record-${r.id}`}>
            <div className="mb-3 flex flex-wrap items-baseline gap-2">
              <h2 id={`record-${r.id}`} className="text-xl font-semibold">
                {localName(r.program, locale)}
              </h2>
              <Badge tone="blue">{t(`alumni.sides.${r.side}`)}</Badge>
              {r.ambassador ? <Badge tone="green">{t("alumni.ambassador")}</Badge> : null}
            </div>
            <p className="mb-3 text-muted">{t("alumni.since", { date: formatDate(locale, r.since, { dateStyle: "long" }) })}</p>
            <OptInsForm id={`optins-${r.id}`} action={updateOptInsAction.bind(null, locale, r.id)} defaults={{ directoryOptIn: r.directoryOptIn, newsletterOptIn: r.newsletterOptIn, eventsOptIn: r.eventsOptIn }} />
          </Card>
        ))}
      </I18nProvider>
      {records.length ? (
        <p>
          <Link href={`/${locale}/alumni/directory`} className="font-medium text-brand-700 underline">
            {t("alumni.self.directoryLink")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
