import type { Metadata } from "next";
import { AlumniSearchForm } from "@/components/alumni/alumni-search-form";
import { Badge, EmptyState, PageHeader } from "@/components/ui/primitives";
import { alumniPlace, directoryPrograms, searchDirectory } from "@/lib/alumni/queries";
import { DirectorySearchSchema } from "@/lib/alumni/schema";
import { requireUser } from "@/lib/auth/session";
import { listSkills, localName } from "@/lib/catalogue/queries";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import type { SearchParamsRecord } from "@/lib/reporting/filters";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.directory.title") };
}

export default async function DirectoryPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParamsRecord> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale, "/alumni/directory");
  const search = DirectorySearchSchema.parse(await searchParams);
  const [{ rows, total }, skills, programs] = await Promise.all([searchDirectory(actor, search), listSkills(locale), directoryPrograms(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("alumni.directory.title")} description={t("alumni.directory.intro")} />
      <AlumniSearchForm action={`/${locale}/alumni/directory`} search={search} skills={skills} programs={programs.map((p) => ({ value: p.id, label: localName(p, locale) }))} t={t} />
      <p aria-live="polite" className="font-medium">
        {t("alumni.search.results", { count: total, shown: rows.length })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("alumni.search.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {rows.map((a) => {
            const place = alumniPlace(a);
            return (
              <li key={a.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-baseline gap-2">
                  <h2 className="text-lg font-semibold">{a.user.name}</h2>
                  <Badge tone="blue">{t(`alumni.sides.${a.side}`)}</Badge>
                  {a.ambassador ? <Badge tone="green">{t("alumni.ambassador")}</Badge> : null}
                </div>
                {a.user.volunteerProfile?.headline ? <p className="text-ink">{a.user.volunteerProfile.headline}</p> : null}
                <p className="text-sm text-muted">
                  {localName(a.program, locale)}
                  {place.organisation ? ` · ${place.organisation}` : ""}
                  {place.city || place.region ? ` · ${[place.city, place.region].filter(Boolean).join(", ")}` : ""}
                </p>
                <p className="text-sm">
                  {t("alumni.languagesList", { list: place.languages.map((l) => t(`common.languages.${l}`)).join(", ") })}
                </p>
                {a.user.volunteerProfile?.skills.length ? (
                  <p className="text-sm">
                    {t("alumni.skillsList", { list: a.user.volunteerProfile.skills.map((s) => localName(s.skill, locale)).join(", ") })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
