import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { listCohortPrograms } from "@/lib/cohorts/queries";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("matchmaking.cohort.listTitle") };
}

export default async function CohortProgramsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const programs = await listCohortPrograms(actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t("matchmaking.cohort.listTitle")} description={t("matchmaking.cohort.listIntro")} />
      {programs.length === 0 ? (
        <EmptyState>{t("matchmaking.cohort.noPrograms")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {programs.map((p) => (
            <Card as="li" key={p.id}>
              <Link href={`/${locale}/coordinator/cohorts/${p.id}`} className="text-lg font-semibold text-brand-700 underline">
                {localName(p, locale)}
              </Link>
              <p className="text-muted">{t("matchmaking.cohort.approvedNeeds", { count: p.approvedNeeds })}</p>
              <Link href={`/${locale}/coordinator/programs/${p.id}/matching`} className="text-sm text-brand-700 underline">
                {t("matchmaking.weights.link")}
              </Link>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
