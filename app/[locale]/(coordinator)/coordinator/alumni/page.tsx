import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlumniSearchForm } from "@/components/alumni/alumni-search-form";
import { ReferralForm } from "@/components/alumni/referral-form";
import { ActionButton } from "@/components/forms/action-button";
import { AlumniFigure } from "@/components/reporting/dashboard-figures";
import { Badge, EmptyState, PageHeader } from "@/components/ui/primitives";
import { alumniPlace, listAlumniForCoordinator } from "@/lib/alumni/queries";
import { DirectorySearchSchema } from "@/lib/alumni/schema";
import { requireRole } from "@/lib/auth/session";
import { listSkills, localName } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { programOptions } from "@/lib/programs/queries";
import { loadAlumniFigures } from "@/lib/reporting/dashboard";
import { filterQuery, resolveReportFilter, type SearchParamsRecord } from "@/lib/reporting/filters";
import { catalogues } from "@/messages";
import { inviteToVolunteerAction, recordReferralAction, setAmbassadorAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.coordinator.title") };
}

export default async function CoordinatorAlumniPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParamsRecord> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/alumni");
  const query = await searchParams;
  const search = DirectorySearchSchema.parse(query);
  const filter = await resolveReportFilter(actor, { program: search.program, from: query.from, to: query.to }).catch(() => notFound());
  const [{ rows, total }, figures, skills, programs] = await Promise.all([
    listAlumniForCoordinator(actor, search),
    loadAlumniFigures(filter),
    listSkills(locale),
    programOptions(actor, locale),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("alumni.coordinator.title")}
        description={t("alumni.coordinator.intro")}
        actions={
          <>
            <Link href={`/${locale}/coordinator/alumni/events`} className="rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-ink no-underline hover:bg-gray-50">
              {t("alumni.events.title")}
            </Link>
            <a href={`/api/alumni/newsletter?${filterQuery(filter, { locale })}`} download className="rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold text-ink no-underline hover:bg-gray-50">
              {t("alumni.coordinator.newsletterExport")}
            </a>
          </>
        }
      />
      <AlumniFigure alumni={figures} t={t} locale={locale} />
      <AlumniSearchForm action={`/${locale}/coordinator/alumni`} search={search} skills={skills} programs={programs} t={t} />
      <p aria-live="polite" className="font-medium">
        {t("alumni.search.results", { count: total, shown: rows.length })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("alumni.search.empty")}</EmptyState>
      ) : (
        <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "alumni"])}>
          <ul className="space-y-4">
            {rows.map((a) => {
              const place = alumniPlace(a);
              const isVolunteer = a.user.roles.some((r) => r.role === "VOLUNTEER");
              const kinds = new Map<string, number>();
              for (const e of a.engagements) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
              return (
                <li key={a.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                  <article aria-labelledby={`alumni-${a.id}`}>
                    <div className="flex flex-wrap items-baseline gap-2">
                      <h2 id={`alumni-${a.id}`} className="text-lg font-semibold">
                        {a.user.name}
                      </h2>
                      <Badge tone="blue">{t(`alumni.sides.${a.side}`)}</Badge>
                      {a.ambassador ? <Badge tone="green">{t("alumni.ambassador")}</Badge> : null}
                      {isVolunteer && a.side === "ORGANISATION" ? <Badge tone="green">{t("alumni.coordinator.nowVolunteer")}</Badge> : null}
                    </div>
                    <p className="text-muted">
                      {localName(a.program, locale)} · {t("alumni.since", { date: formatDate(locale, a.since, { dateStyle: "medium" }) })}
                      {place.organisation ? ` · ${place.organisation}` : ""}
                      {place.city || place.region ? ` · ${[place.city, place.region].filter(Boolean).join(", ")}` : ""}
                    </p>
                    <p className="text-sm">
                      {t("alumni.languagesList", { list: place.languages.map((l) => t(`common.languages.${l}`)).join(", ") })}
                      {a.user.volunteerProfile?.skills.length ? ` · ${t("alumni.skillsList", { list: a.user.volunteerProfile.skills.map((s) => localName(s.skill, locale)).join(", ") })}` : ""}
                    </p>
                    <p className="text-sm text-muted">
                      {(["directoryOptIn", "newsletterOptIn", "eventsOptIn"] as const).map((k) => t("alumni.state", { label: t(`alumni.optIns.${k}Short`), value: a[k] ? t("alumni.yes") : t("alumni.no") })).join(" · ")}
                      {" · "}
                      {(["VOLUNTEERED_AGAIN", "ATTENDED_EVENT", "REFERRED"] as const).map((k) => t("alumni.state", { label: t(`alumni.engagement.${k}`), value: kinds.get(k) ?? 0 })).join(" · ")}
                    </p>
                    <div className="mt-3 flex flex-wrap items-start gap-4">
                      <ActionButton id={`ambassador-${a.id}`} variant="secondary" action={setAmbassadorAction.bind(null, locale, a.id, !a.ambassador)}>
                        {a.ambassador ? t("alumni.coordinator.unsetAmbassador", { name: a.user.name }) : t("alumni.coordinator.setAmbassador", { name: a.user.name })}
                      </ActionButton>
                      {a.side === "ORGANISATION" && !isVolunteer ? (
                        <div>
                          <ActionButton id={`invite-${a.id}`} action={inviteToVolunteerAction.bind(null, locale, a.id)}>
                            {t("alumni.coordinator.inviteToVolunteer", { name: a.user.name })}
                          </ActionButton>
                          {a.volunteerInvitedAt ? <p className="mt-1 text-sm text-muted">{t("alumni.coordinator.invitedOn", { date: formatDate(locale, a.volunteerInvitedAt, { dateStyle: "medium" }) })}</p> : null}
                        </div>
                      ) : null}
                      <details className="min-w-64">
                        <summary className="cursor-pointer font-medium text-brand-700 underline">{t("alumni.coordinator.recordReferral")}</summary>
                        <div className="mt-2">
                          <ReferralForm id={`referral-${a.id}`} action={recordReferralAction.bind(null, locale, a.id)} />
                        </div>
                      </details>
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        </I18nProvider>
      )}
    </div>
  );
}
