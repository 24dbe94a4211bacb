import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KpiStatusBadge } from "@/components/campaigns/kpi-status-badge";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { formatIsoDate } from "@/lib/campaigns/format";
import { listCampaigns } from "@/lib/campaigns/queries";
import { AppError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n } from "@/lib/i18n/page";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("campaigns.workspace.title") };
}

/** The pairing's campaigns, each with its indicators' progress against target. */
export default async function CampaignsPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/campaigns`);
  const { access, campaigns } = await listCampaigns({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const intl = intlLocale(locale);
  const base = `/${locale}/pairings/${id}/campaigns`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("campaigns.workspace.title")}
        description={t("campaigns.workspace.intro")}
        actions={access.canEdit ? <ButtonLink href={`${base}/new`}>{t("campaigns.workspace.new")}</ButtonLink> : undefined}
      />
      {campaigns.length === 0 ? <EmptyState>{t("campaigns.workspace.empty")}</EmptyState> : null}
      <ul className="space-y-4">
        {campaigns.map((campaign) => (
          <li key={campaign.id}>
            <Card as="article" labelledBy={`campaign-${campaign.id}`}>
              <div className="mb-2 flex flex-wrap items-center gap-2">
                <h2 id={`campaign-${campaign.id}`} className="text-xl font-semibold">
                  <Link href={`${base}/${campaign.id}`}>{campaign.name}</Link>
                </h2>
                <Badge tone="blue">{t(`campaigns.kinds.${campaign.kind}`)}</Badge>
              </div>
              <p className="text-muted">
                {t("campaigns.workspace.dates", { start: formatIsoDate(intl, campaign.startDate), end: formatIsoDate(intl, campaign.endDate) })}
              </p>
              {campaign.strategyObjective ? (
                <p className="mt-1 text-sm">{t("campaigns.workspace.servesObjective", { number: campaign.strategyObjective.number })}</p>
              ) : null}
              {campaign.kpis.length > 0 ? (
                <table className="mt-3 w-full text-left text-sm">
                  <caption className="sr-only">{t("campaigns.workspace.kpiSummaryCaption", { campaign: campaign.name })}</caption>
                  <thead>
                    <tr className="border-b border-gray-300">
                      <th scope="col" className="py-1 pr-3">
                        {t("campaigns.workspace.kpi.name")}
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        {t("campaigns.workspace.kpi.progress")}
                      </th>
                      <th scope="col" className="py-1">
                        {t("campaigns.workspace.kpi.status")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {campaign.kpis.map((kpi) => (
                      <tr key={kpi.id} className="border-b border-gray-100">
                        <th scope="row" className="py-1 pr-3 font-normal">
                          {kpi.name}
                        </th>
                        <td className="py-1 pr-3">{kpi.progress.percent ? t("campaigns.progress.percentOfTarget", { percent: kpi.progress.percent.display }) : "—"}</td>
                        <td className="py-1">
                          <KpiStatusBadge status={kpi.progress.status} t={t} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="mt-2 text-sm text-muted">{t("campaigns.workspace.noKpis")}</p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
