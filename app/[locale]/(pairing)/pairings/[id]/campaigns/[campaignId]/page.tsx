import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { ImportForm } from "@/components/campaigns/import-form";
import { KpiChart } from "@/components/campaigns/kpi-chart";
import { KpiForm } from "@/components/campaigns/kpi-form";
import { KpiStatusBadge } from "@/components/campaigns/kpi-status-badge";
import { MeasurementForm } from "@/components/campaigns/measurement-form";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { formatIsoDate, formatKpiValue } from "@/lib/campaigns/format";
import { expectedShare } from "@/lib/campaigns/progress";
import { getCampaign, type KpiView } from "@/lib/campaigns/queries";
import { AppError } from "@/lib/errors";
import { I18nProvider } from "@/lib/i18n/client";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n } from "@/lib/i18n/page";
import { pickNamespaces, type Translate } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { addKpiAction, deleteMeasurementAction, importMeasurementsAction, recordMeasurementAction } from "../actions";

type Params = Promise<{ locale: string; id: string; campaignId: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id, campaignId } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/campaigns/${campaignId}`);
  const data = await getCampaign({ actor, pairingId: id, campaignId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, id, campaignId, ...data };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { campaign } = await load(params);
  return { title: campaign.name };
}

export default async function CampaignPage({ params }: { params: Params }) {
  const { locale, t, id, campaignId, access, campaign, today } = await load(params);
  const intl = intlLocale(locale);
  const base = `/${locale}/pairings/${id}/campaigns`;
  return (
    <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "campaigns"])}>
      <div className="space-y-6">
        <PageHeader
          title={campaign.name}
          description={t("campaigns.workspace.dates", { start: formatIsoDate(intl, campaign.startDate), end: formatIsoDate(intl, campaign.endDate) })}
          actions={
            <>
              <Link href={base} className="rounded-md border border-gray-400 bg-white px-3 py-2 font-semibold no-underline hover:bg-gray-50">
                {t("campaigns.workspace.back")}
              </Link>
              <a href={`${base}/${campaignId}/csv`} download className="rounded-md border border-gray-400 bg-white px-3 py-2 font-semibold no-underline hover:bg-gray-50">
                {t("campaigns.workspace.exportCsv")}
              </a>
            </>
          }
        />
        <Card labelledBy="campaign-details">
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <h2 id="campaign-details" className="text-lg font-semibold">
              {t("campaigns.workspace.details")}
            </h2>
            <Badge tone="blue">{t(`campaigns.kinds.${campaign.kind}`)}</Badge>
          </div>
          <DefinitionList
            items={[
              { term: t("campaigns.workspace.fields.objective"), detail: <span className="whitespace-pre-line">{campaign.objective}</span> },
              ...(campaign.strategyObjective
                ? [{ term: t("campaigns.workspace.fields.strategyObjective"), detail: `${t("campaigns.workspace.servesObjective", { number: campaign.strategyObjective.number })}${campaign.strategyObjective.text ? ` — ${campaign.strategyObjective.text}` : ""}` }]
                : []),
              { term: t("campaigns.workspace.fields.audience"), detail: <span className="whitespace-pre-line">{campaign.audience}</span> },
              { term: t("campaigns.workspace.fields.channels"), detail: campaign.channels.map((c) => t(`campaigns.channels.${c}`)).join(", ") },
            ]}
          />
        </Card>

        {campaign.kpis.map((kpi) => (
          <KpiCard
            key={kpi.id}
            kpi={kpi}
            t={t}
            intl={intl}
            campaign={campaign}
            today={today}
            form={access.canEdit ? <MeasurementForm action={recordMeasurementAction.bind(null, locale, id, campaignId, kpi.id)} kpiId={kpi.id} kpiName={kpi.name} today={today} /> : null}
            deleteButton={(measurementId) =>
              access.canEdit ? (
                <ActionButton action={deleteMeasurementAction.bind(null, locale, id, campaignId, measurementId)} variant="secondary" id={`delete-${measurementId}`}>
                  {t("campaigns.workspace.measurement.delete")}
                </ActionButton>
              ) : null
            }
          />
        ))}

        {access.canEdit ? (
          <>
            <Card labelledBy="add-kpi">
              <h2 id="add-kpi" className="mb-3 text-lg font-semibold">
                {t("campaigns.workspace.kpi.addTitle")}
              </h2>
              <KpiForm action={addKpiAction.bind(null, locale, id, campaignId)} />
            </Card>
            {campaign.kpis.length > 0 ? (
              <Card labelledBy="import">
                <h2 id="import" className="mb-1 text-lg font-semibold">
                  {t("campaigns.workspace.import.title")}
                </h2>
                <p className="mb-3 text-muted">
                  {t("campaigns.workspace.import.explain", { kpis: campaign.kpis.map((k) => k.code ?? k.name).join(", ") })}
                </p>
                <ImportForm action={importMeasurementsAction.bind(null, locale, id, campaignId)} />
              </Card>
            ) : null}
          </>
        ) : null}
      </div>
    </I18nProvider>
  );
}

function KpiCard({
  kpi,
  t,
  intl,
  campaign,
  today,
  form,
  deleteButton,
}: {
  kpi: KpiView;
  t: Translate;
  intl: string;
  campaign: { startDate: string; endDate: string };
  today: string;
  form: ReactNode;
  deleteButton: (measurementId: string) => ReactNode;
}) {
  const { progress } = kpi;
  const value = (v: number) => formatKpiValue(intl, kpi.unit, v);
  const headingId = `kpi-${kpi.id}`;
  const captionId = `kpi-${kpi.id}-caption`;
  const expectedAt = (date: string) => kpi.baseline + (kpi.target - kpi.baseline) * expectedShare(campaign.startDate, campaign.endDate, date);
  return (
    <Card labelledBy={headingId}>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {kpi.name}
        </h2>
        <KpiStatusBadge status={progress.status} t={t} />
      </div>
      <ul className="mb-4 grid gap-1 text-sm sm:grid-cols-2">
        <li>{t("campaigns.workspace.kpi.baselineTarget", { baseline: value(kpi.baseline), target: value(kpi.target) })}</li>
        <li>{t(`campaigns.directions.${kpi.direction}`)}</li>
        {progress.latest ? <li>{t("campaigns.progress.latestValue", { value: value(progress.latest.value), date: formatIsoDate(intl, progress.latest.date) })}</li> : null}
        {progress.percent ? <li>{t("campaigns.progress.percentOfTarget", { percent: progress.percent.display })}</li> : null}
        {today >= campaign.startDate && today <= campaign.endDate ? (
          <>
            <li>{t("campaigns.progress.expectedToday", { value: value(progress.expectedValueToday) })}</li>
            <li>{t("campaigns.progress.dayOfTotal", { elapsed: progress.elapsedDays, total: progress.totalDays })}</li>
          </>
        ) : null}
      </ul>
      {progress.percent ? (
        <div aria-hidden="true" className="mb-4 h-3 w-full overflow-hidden rounded-full bg-gray-200">
          <div className="h-full bg-brand-600" style={{ width: `${progress.percent.display}%` }} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <figure className="min-w-0">
          <figcaption id={captionId} className="mb-2 text-sm font-medium">
            {t("campaigns.workspace.chart.caption", { kpi: kpi.name })}
          </figcaption>
          <KpiChart series={progress.series} unit={kpi.unit} labelledBy={captionId} />
        </figure>
        <div className="min-w-0 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-medium">{t("campaigns.workspace.table.caption", { kpi: kpi.name })}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-1 pr-2">
                  {t("campaigns.workspace.measurement.date")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("campaigns.workspace.measurement.value")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("campaigns.workspace.table.expected")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("campaigns.workspace.measurement.note")}
                </th>
                <th scope="col" className="py-1">
                  <span className="sr-only">{t("campaigns.workspace.table.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kpi.measurements.length === 0 ? (
                <tr>
                  <td colSpan={5} className="py-2 text-muted">
                    {t("campaigns.status.noData")}
                  </td>
                </tr>
              ) : null}
              {kpi.measurements.map((m) => (
                <tr key={m.id} className="border-b border-gray-100 align-top">
                  <th scope="row" className="py-1 pr-2 font-normal whitespace-nowrap">
                    {formatIsoDate(intl, m.date)}
                  </th>
                  <td className="py-1 pr-2 text-right tabular-nums">{value(m.value)}</td>
                  <td className="py-1 pr-2 text-right tabular-nums text-muted">{value(expectedAt(m.date))}</td>
                  <td className="py-1 pr-2">
                    {m.note}
                    {m.source === "CSV" ? <span className="block text-xs text-muted">{t("campaigns.workspace.table.imported")}</span> : null}
                  </td>
                  <td className="py-1">{deleteButton(m.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {form ? <div className="mt-4 border-t border-gray-200 pt-4">{form}</div> : null}
    </Card>
  );
}
