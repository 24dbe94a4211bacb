import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listVolunteers } from "@/lib/volunteers/queries";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("coordinator.volunteers.title") };
}

export default async function VolunteersPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ q?: string; page?: string }> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const { q = "", page } = await searchParams;
  const result = await listVolunteers({ actor, query: q, page: Number(page) || 1 });
  const pageHref = (p: number) => `/${locale}/coordinator/volunteers?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <div>
      <PageHeader title={t("coordinator.volunteers.title")} description={t("coordinator.volunteers.count", { count: result.total })} />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="volunteer-search" className="block font-medium">
            {t("coordinator.volunteers.search")}
          </label>
          <input id="volunteer-search" name="q" defaultValue={q} className="rounded-md border border-gray-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("coordinator.volunteers.searchSubmit")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState>{t("coordinator.volunteers.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {result.rows.map((v) => (
            <li key={v.userId} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
              <div>
                <Link href={`/${locale}/coordinator/volunteers/${v.userId}`} className="font-semibold text-brand-700 underline">
                  {v.user.name}
                </Link>
                <p className="text-sm text-muted">
                  {v.headline}
                  {v.city ? ` · ${v.city}` : ""}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {v.languages.map((l) => (
                  <Badge key={l}>{t(`common.languages.${l}`)}</Badge>
                ))}
                {!v.completedAt ? <Badge tone="amber">{t("coordinator.volunteers.incomplete")}</Badge> : null}
                {v.completedAt && !v.acceptingProposals ? <Badge tone="gray">{t("coordinator.volunteers.paused")}</Badge> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label={t("common.pagination.label")} className="mt-4 flex items-center gap-3">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className="text-brand-700 underline">
              {t("common.pagination.previous")}
            </Link>
          ) : null}
          <span>{t("common.pagination.page", { page: result.page, count: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <Link href={pageHref(result.page + 1)} className="text-brand-700 underline">
              {t("common.pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
