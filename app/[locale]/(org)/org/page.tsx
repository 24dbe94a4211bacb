import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui/primitives";
import { NeedStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listNeedsForOrganisations } from "@/lib/needs/queries";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("org.home.title") };
}

export default async function OrgHomePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const [needs, organisations] = await Promise.all([
    listNeedsForOrganisations(actor),
    db.organisation.findMany({ where: { id: { in: actor.organisationIds } }, select: { name: true } }),
  ]);
  return (
    <div>
      <PageHeader
        title={organisations.map((o) => o.name).join(" · ")}
        description={t("org.home.intro")}
        actions={
          <>
            <ButtonLink href={`/${locale}/org/needs/new`}>{t("org.home.newNeed")}</ButtonLink>
            <ButtonLink href={`/${locale}/org/members`} variant="secondary">
              {t("org.home.members")}
            </ButtonLink>
          </>
        }
      />
      <h2 className="mb-3 text-xl font-semibold">{t("org.home.needsTitle")}</h2>
      {needs.length === 0 ? (
        <EmptyState>{t("org.home.noNeeds")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {needs.map((need) => (
            <li key={need.id} className="rounded-lg border border-gray-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/${locale}/org/needs/${need.id}`} className="text-lg font-semibold text-brand-700 underline">
                  {need.title}
                </Link>
                <NeedStatusBadge status={need.status} t={t} />
              </div>
              <p className="mt-1 text-sm text-muted">
                {localName(need.needType, locale)} · {t("org.home.desiredStart", { date: formatDate(locale, need.desiredStartOn) })}
              </p>
              {need.pairings[0] ? (
                <p className="mt-2">
                  <Link href={`/${locale}/pairings/${need.pairings[0].id}`} className="font-medium text-brand-700 underline">
                    {t("org.home.openPairing")}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
