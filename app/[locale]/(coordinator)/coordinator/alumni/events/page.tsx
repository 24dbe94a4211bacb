import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/alumni/event-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { listEventsForCoordinator } from "@/lib/alumni/queries";
import { requireRole } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { programOptions } from "@/lib/programs/queries";
import { catalogues } from "@/messages";
import { createEventAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.events.title") };
}

export default async function EventsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/alumni/events");
  const [events, programs] = await Promise.all([listEventsForCoordinator(actor), programOptions(actor, locale)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("alumni.events.title")} description={t("alumni.events.intro")} />
      <section aria-labelledby="events-list">
        <h2 id="events-list" className="mb-3 text-xl font-semibold">
          {t("alumni.events.listTitle")}
        </h2>
        {events.length === 0 ? (
          <EmptyState>{t("alumni.events.empty")}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {events.map((e) => (
              <li key={e.id} className="rounded-lg border border-gray-200 bg-white p-3">
                <Link href={`/${locale}/coordinator/alumni/events/${e.id}`} className="font-semibold text-brand-700 underline">
                  {e.title}
                </Link>
                <p className="text-sm text-muted">
                  {localName(e.program, locale)} · {formatDateTime(locale, e.startsAt, actor.timeZone)}
                  {e.place ? ` · ${e.place}` : ""} · {t("alumni.events.invitedCount", { count: e._count.invitations })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Card labelledBy="event-create">
        <h2 id="event-create" className="mb-3 text-xl font-semibold">
          {t("alumni.events.createTitle")}
        </h2>
        <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "alumni"])}>
          <EventForm action={createEventAction.bind(null, locale)} programs={programs} timeZone={actor.timeZone} />
        </I18nProvider>
      </Card>
    </div>
  );
}
