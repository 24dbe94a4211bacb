import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportFilterForm } from "@/components/reporting/report-filter-form";
import {
  AlumniFigure,
  AtRiskFigure,
  FunnelFigure,
  HeadlineFigures,
  OutcomesFigure,
  PairingsFigure,
  ProposalsFigure,
  SatisfactionFigure,
  SessionsFigure,
  StatusFigure,
  TimeToMatchFigure,
} from "@/components/reporting/dashboard-figures";
import { ExportLinks } from "@/components/reporting/export-links";
import { PageHeader } from "@/components/ui/primitives";
import { requireRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { programOptions } from "@/lib/programs/queries";
import { loadDashboard } from "@/lib/reporting/dashboard";
import { resolveReportFilter, type SearchParamsRecord } from "@/lib/reporting/filters";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("reporting.dashboard.title") };
}

export default async function DashboardPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParamsRecord> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/dashboard");
  const filter = await resolveReportFilter(actor, await searchParams).catch(() => notFound());
  const [data, programs] = await Promise.all([loadDashboard(filter), programOptions(actor, locale)]);
  const props = { data, t, locale };
  const day = (iso: string) => formatDate(locale, new Date(`${iso}T00:00:00Z`), { dateStyle: "long" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("reporting.dashboard.title")} description={t("reporting.dashboard.intro")} />
      <ReportFilterForm action={`/${locale}/coordinator/dashboard`} filter={filter} programs={programs} t={t} />
      <p aria-live="polite" className="font-medium text-ink">
        {t("reporting.filter.summary", {
          program: programs.find((p) => p.value === filter.programId)?.label ?? t("reporting.filter.allPrograms"),
          from: day(filter.period.from),
          to: day(filter.period.to),
        })}
      </p>
      <ExportLinks filter={filter} locale={locale} t={t} />
      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className="sr-only">
          {t("reporting.headline.title")}
        </h2>
        <HeadlineFigures {...props} />
      </section>
      <div className="grid gap-6">
        <FunnelFigure {...props} />
        <StatusFigure {...props} />
        <TimeToMatchFigure {...props} />
        <ProposalsFigure {...props} />
        <PairingsFigure {...props} />
        <AtRiskFigure {...props} />
        <SessionsFigure {...props} />
        <SatisfactionFigure {...props} />
        <OutcomesFigure {...props} />
        <AlumniFigure alumni={data.alumni} t={t} locale={locale} />
      </div>
    </div>
  );
}
