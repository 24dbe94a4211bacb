import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlumniFigure, FunnelFigure, HeadlineFigures, OutcomesFigure, SatisfactionFigure, SessionsFigure } from "@/components/reporting/dashboard-figures";
import { PrintButton } from "@/components/reporting/print-button";
import { ReportFilterForm } from "@/components/reporting/report-filter-form";
import { EmptyState } from "@/components/ui/primitives";
import { requireRole } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { getProgramForCoordinator, programOptions } from "@/lib/programs/queries";
import { loadDashboard } from "@/lib/reporting/dashboard";
import { resolveReportFilter, type SearchParamsRecord } from "@/lib/reporting/filters";
import { consentedTestimonials } from "@/lib/reporting/funder-report";
import { formatMoney, formatNumber } from "@/lib/reporting/format";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("reporting.funder.title") };
}

export default async function FunderReportPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<SearchParamsRecord> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/reports/funder");
  const query = await searchParams;
  const programs = await programOptions(actor, locale);
  // A funder report is about one program: without a choice, the most recent one.
  const programId = typeof query.program === "string" && query.program ? query.program : programs[0]?.value;
  if (!programId) {
    return <EmptyState>{t("reporting.funder.noProgram")}</EmptyState>;
  }
  const filter = await resolveReportFilter(actor, { ...query, program: programId }).catch(() => notFound());
  const [program, data, testimonials] = await Promise.all([getProgramForCoordinator(actor, programId), loadDashboard(filter), consentedTestimonials(filter)]);
  const props = { data, t, locale };
  const day = (iso: string) => formatDate(locale, new Date(`${iso}T00:00:00Z`), { dateStyle: "long" });
  const description = locale === "fr" ? program.descriptionFr : program.descriptionEn;
  return (
    <article className="space-y-6 print:space-y-4">
      <ReportFilterForm action={`/${locale}/coordinator/reports/funder`} filter={filter} programs={programs} t={t} allowAll={false} />
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="font-medium text-muted">{t("reporting.funder.kicker")}</p>
          <h1 className="text-2xl font-bold text-ink sm:text-3xl">{localName(program, locale)}</h1>
          <p className="mt-1 text-ink">{t("reporting.funder.period", { from: day(filter.period.from), to: day(filter.period.to) })}</p>
          {description ? <p className="mt-2 max-w-prose text-muted">{description}</p> : null}
        </div>
        <PrintButton label={t("reporting.funder.print")} />
      </header>
      <section aria-labelledby="funder-headline">
        <h2 id="funder-headline" className="mb-3 text-xl font-semibold">
          {t("reporting.funder.headline")}
        </h2>
        <HeadlineFigures {...props} />
        <p className="mt-3 max-w-prose text-ink">
          {t("reporting.funder.valueSentence", {
            hours: formatNumber(locale, data.sessions.minutes / 60, 1),
            value: formatMoney(locale, data.sessions.valueCents),
            rate: formatMoney(locale, program.hourlyValueCents),
          })}
        </p>
      </section>
      <FunnelFigure {...props} />
      <SessionsFigure {...props} />
      <SatisfactionFigure {...props} />
      <OutcomesFigure {...props} />
      <AlumniFigure alumni={data.alumni} t={t} locale={locale} />
      <section aria-labelledby="funder-testimonials" className="break-inside-avoid">
        <h2 id="funder-testimonials" className="mb-3 text-xl font-semibold">
          {t("reporting.funder.testimonials")}
        </h2>
        {testimonials.length === 0 ? (
          <p className="text-muted">{t("reporting.funder.noTestimonials")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {testimonials.map((item) => (
              <li key={item.id} className="rounded-lg border border-gray-200 bg-white p-4">
                <figure>
                  <blockquote className="text-ink">{t("reporting.funder.quote", { text: item.text })}</blockquote>
                  <figcaption className="mt-2 text-sm text-muted">
                    {t(`reporting.funder.attribution.${item.side}`)} · {t("reporting.satisfaction.outOfFive", { score: item.satisfaction })}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="text-sm text-muted">{t("reporting.funder.generated", { date: formatDate(locale, new Date(), { dateStyle: "long" }) })}</p>
    </article>
  );
}
