import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui/primitives";
import { Badge } from "@/components/ui/primitives";
import { requireRole } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listProgramsForCoordinator } from "@/lib/programs/queries";
import { formatMoney } from "@/lib/reporting/format";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("programs.list.title") };
}

export default async function ProgramsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/programs");
  const programs = await listProgramsForCoordinator(actor);
  return (
    <div>
      <PageHeader title={t("programs.list.title")} description={t("programs.list.intro")} actions={<ButtonLink href={`/${locale}/coordinator/programs/new`}>{t("programs.list.create")}</ButtonLink>} />
      {programs.length === 0 ? (
        <EmptyState>{t("programs.list.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {programs.map((p) => (
            <li key={p.id} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/${locale}/coordinator/programs/${p.id}`} className="text-brand-700 underline">
                  {localName(p, locale)}
                </Link>{" "}
                {p.active ? <Badge tone="green">{t("programs.list.active")}</Badge> : <Badge>{t("programs.list.inactive")}</Badge>}
              </h2>
              <p className="text-muted">
                {p.endsOn
                  ? t("programs.list.dates", { from: formatDate(locale, p.startsOn), to: formatDate(locale, p.endsOn) })
                  : t("programs.list.since", { from: formatDate(locale, p.startsOn) })}
              </p>
              <p className="mt-1 text-sm text-ink">
                {t("programs.list.counts", { needs: p._count.needs, pairings: p._count.pairings, alumni: p._count.alumni })} · {t("programs.list.hourlyValue", { value: formatMoney(locale, p.hourlyValueCents) })}
              </p>
              <p className="mt-1 text-sm text-muted">{p.needTypes.map((n) => localName(n.needType, locale)).join(" · ") || t("programs.list.allNeedTypes")}</p>
              <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                <Link href={`/${locale}/coordinator/dashboard?program=${p.id}`} className="font-medium text-brand-700 underline">
                  {t("programs.list.dashboard")}
                </Link>
                <Link href={`/${locale}/coordinator/alumni?program=${p.id}`} className="font-medium text-brand-700 underline">
                  {t("programs.list.alumni")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
