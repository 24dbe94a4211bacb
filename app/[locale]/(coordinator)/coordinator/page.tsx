import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/primitives";
import { NeedStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listNeedsForCoordinator } from "@/lib/needs/queries";
import { ReportFilterForm } from "@/components/reporting/report-filter-form";
import { localName as programName } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { filterQuery, resolveReportFilter } from "@/lib/reporting/filters";
import { AppError } from "@/lib/errors";
import { notFound } from "next/navigation";

const TABS: NeedStatus[] = ["SUBMITTED", "APPROVED", "MATCHING", "MATCHED", "RETURNED", "CLOSED", "WITHDRAWN"];

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("coordinator.home.title") };
}

export default async function CoordinatorHomePage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const query = await searchParams;
  const status = TABS.find((s) => s === query.status) ?? "SUBMITTED";
  // Program and period filters as in every report; the period applies only once chosen.
  const filter = await resolveReportFilter(actor, query).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const periodChosen = Boolean(query.from || query.to);
  const { needs, counts } = await listNeedsForCoordinator({ actor, status, programId: filter.programId, submittedIn: periodChosen ? filter.period : null });
  const programs = (await db.program.findMany({ where: { id: { in: filter.programIds } }, orderBy: { startsOn: "desc" }, select: { id: true, nameFr: true, nameEn: true } })).map((p) => ({
    value: p.id,
    label: programName(p, locale),
  }));
  const tabQuery = (s: string) => (periodChosen || filter.programId ? `?${filterQuery(filter, { status: s })}` : `?status=${s}`);
  return (
    <div>
      <PageHeader title={t("coordinator.home.title")} description={t("coordinator.home.intro")} />
      <ReportFilterForm action={`/${locale}/coordinator`} filter={filter} programs={programs} t={t} />
      <nav aria-label={t("coordinator.home.filterLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {TABS.map((s) => (
            <li key={s}>
              <Link
                href={`/${locale}/coordinator${tabQuery(s)}`}
                aria-current={s === status ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${s === status ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white text-ink hover:bg-gray-50"}`}
              >
                {t(`needs.status.${s}`)} ({counts[s] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {needs.length === 0 ? (
        <EmptyState>{t("coordinator.home.empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="min-w-full text-left">
            <caption className="sr-only">{t("coordinator.home.tableCaption", { status: t(`needs.status.${status}`) })}</caption>
            <thead className="bg-gray-50 text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">{t("coordinator.home.columns.need")}</th>
                <th scope="col" className="px-4 py-2">{t("coordinator.home.columns.organisation")}</th>
                <th scope="col" className="px-4 py-2">{t("coordinator.home.columns.type")}</th>
                <th scope="col" className="px-4 py-2">{t("coordinator.home.columns.submitted")}</th>
                <th scope="col" className="px-4 py-2">{t("coordinator.home.columns.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {needs.map((need) => (
                <tr key={need.id}>
                  <td className="px-4 py-2">
                    <Link href={`/${locale}/coordinator/needs/${need.id}`} className="font-medium text-brand-700 underline">
                      {need.title}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{need.organisation.name}</td>
                  <td className="px-4 py-2">{localName(need.needType, locale)}</td>
                  <td className="px-4 py-2">{need.submittedAt ? formatDate(locale, need.submittedAt, { dateStyle: "medium" }) : "—"}</td>
                  <td className="px-4 py-2">
                    <NeedStatusBadge status={need.status} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
