// Every dashboard figure as a chart with its data table, built from DashboardData. The funder
// report reuses the headline figures and a selection of these sections.
import Link from "next/link";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { AT_RISK_CODES } from "@/lib/reporting/at-risk";
import { FUNNEL_STAGES, MATCH_DAY_BUCKETS, PIPELINE_STATUSES, PROPOSAL_OUTCOMES, SIDES, type DashboardData } from "@/lib/reporting/dashboard";
import { formatMaybe, formatMoney, formatMonth, formatNumber, formatPercent } from "@/lib/reporting/format";
import { OUTCOME_RESULTS } from "@/lib/reporting/outcomes";
import { ChartFigure } from "./chart-figure";

interface Props {
  data: DashboardData;
  t: Translate;
  locale: AppLocale;
}

const hours = (minutes: number) => minutes / 60;

export function HeadlineFigures({ data, t, locale }: Props) {
  const items = [
    { key: "needsSubmitted", value: formatNumber(locale, data.funnel.submitted) },
    { key: "medianTimeToMatch", value: data.timeToMatch.medianDays === null ? "—" : t("reporting.units.days", { count: Math.round(data.timeToMatch.medianDays * 10) / 10 }) },
    { key: "acceptanceRate", value: formatPercent(locale, data.proposals.acceptanceRate) },
    { key: "activePairings", value: formatNumber(locale, data.pairings.activeNow) },
    { key: "atRisk", value: formatNumber(locale, data.atRisk.total) },
    { key: "sessionsHeld", value: formatNumber(locale, data.sessions.held) },
    { key: "volunteerHours", value: formatNumber(locale, hours(data.sessions.minutes), 1) },
    { key: "donatedValue", value: formatMoney(locale, data.sessions.valueCents) },
    { key: "completionRate", value: formatPercent(locale, data.pairings.completionRate) },
    { key: "satisfaction", value: formatMaybe(locale, meanOfBoth(data), 1) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.key} className="rounded-lg border border-gray-200 bg-white p-3 shadow-sm">
          <dt className="text-sm font-medium text-muted">{t(`reporting.headline.${item.key}`)}</dt>
          <dd className="mt-1 text-2xl font-bold text-ink tabular-nums">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Mean satisfaction over both sides' answers, or null without any. */
export function meanOfBoth(data: DashboardData): number | null {
  let sum = 0;
  let n = 0;
  for (const side of SIDES) data.surveys.satisfaction[side].forEach((count, i) => ((sum += count * (i + 1)), (n += count)));
  return n === 0 ? null : sum / n;
}

export function FunnelFigure({ data, t, locale }: Props) {
  const rows = FUNNEL_STAGES.map((stage) => ({ label: t(`reporting.funnel.stages.${stage}`), value: data.funnel[stage] }));
  return (
    <ChartFigure
      id="fig-funnel"
      title={t("reporting.funnel.title")}
      description={t("reporting.funnel.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.needs") }], horizontal: true, height: 200 }}
      table={{ caption: t("reporting.funnel.caption"), columns: [t("reporting.table.stage"), t("reporting.table.needs")], rows: rows.map((r) => [r.label, formatNumber(locale, r.value)]) }}
    />
  );
}

export function StatusFigure({ data, t, locale }: Props) {
  const rows = PIPELINE_STATUSES.map((s) => ({ label: t(`needs.status.${s}`), value: data.needsByStatus[s] }));
  return (
    <ChartFigure
      id="fig-status"
      title={t("reporting.status.title")}
      description={t("reporting.status.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.needs") }], horizontal: true, height: 260 }}
      table={{ caption: t("reporting.status.caption"), columns: [t("reporting.table.status"), t("reporting.table.needs")], rows: rows.map((r) => [r.label, formatNumber(locale, r.value)]) }}
    />
  );
}

export function TimeToMatchFigure({ data, t, locale }: Props) {
  const labels = [
    t("reporting.timeToMatch.bucketUpTo", { count: MATCH_DAY_BUCKETS[0] }),
    ...MATCH_DAY_BUCKETS.slice(1).map((upTo, i) => t("reporting.timeToMatch.bucketRange", { from: (MATCH_DAY_BUCKETS[i] ?? 0) + 1, to: upTo })),
    t("reporting.timeToMatch.bucketOver", { count: MATCH_DAY_BUCKETS[MATCH_DAY_BUCKETS.length - 1] ?? 0 }),
  ];
  const rows = labels.map((label, i) => ({ label, value: data.timeToMatch.buckets[i] ?? 0 }));
  const tt = data.timeToMatch;
  return (
    <ChartFigure
      id="fig-time-to-match"
      title={t("reporting.timeToMatch.title")}
      description={t("reporting.timeToMatch.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.needs") }] }}
      table={{
        caption: t("reporting.timeToMatch.caption"),
        columns: [t("reporting.table.figure"), t("reporting.table.value")],
        rows: [
          [t("reporting.timeToMatch.count"), formatNumber(locale, tt.count)],
          [t("reporting.timeToMatch.median"), formatMaybe(locale, tt.medianDays)],
          [t("reporting.timeToMatch.p90"), formatMaybe(locale, tt.p90Days)],
          ...rows.map((r) => [r.label, formatNumber(locale, r.value)]),
        ],
      }}
    />
  );
}

export function ProposalsFigure({ data, t, locale }: Props) {
  const rows = PROPOSAL_OUTCOMES.map((o) => ({ label: t(`reporting.proposals.outcomes.${o}`), value: data.proposals.counts[o] }));
  const p = data.proposals;
  return (
    <ChartFigure
      id="fig-proposals"
      title={t("reporting.proposals.title")}
      description={t("reporting.proposals.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.proposals") }] }}
      table={{
        caption: t("reporting.proposals.caption"),
        columns: [t("reporting.table.figure"), t("reporting.table.value")],
        rows: [
          [t("reporting.proposals.proposed"), formatNumber(locale, p.proposed)],
          ...rows.map((r) => [r.label, formatNumber(locale, r.value)]),
          [t("reporting.proposals.acceptanceRate"), formatPercent(locale, p.acceptanceRate)],
          [t("reporting.proposals.responseMedian"), formatMaybe(locale, p.responseMedianHours)],
          [t("reporting.proposals.responseP90"), formatMaybe(locale, p.responseP90Hours)],
        ],
      }}
    />
  );
}

export function PairingsFigure({ data, t, locale }: Props) {
  const keys = ["activeNow", "pausedNow", "activeDuringPeriod", "started", "completed", "endedEarly"] as const;
  const rows = keys.map((k) => ({ label: t(`reporting.pairings.${k}`), value: data.pairings[k] }));
  return (
    <ChartFigure
      id="fig-pairings"
      title={t("reporting.pairings.title")}
      description={t("reporting.pairings.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.pairings") }], horizontal: true, height: 260 }}
      table={{
        caption: t("reporting.pairings.caption"),
        columns: [t("reporting.table.figure"), t("reporting.table.value")],
        rows: [...rows.map((r) => [r.label, formatNumber(locale, r.value)]), [t("reporting.pairings.completionRate"), formatPercent(locale, data.pairings.completionRate)]],
      }}
    />
  );
}

export function AtRiskFigure({ data, t, locale }: Props) {
  const rows = AT_RISK_CODES.map((code) => ({ label: t(`reporting.atRisk.codes.${code}`), value: data.atRisk.byCode[code] }));
  return (
    <ChartFigure
      id="fig-at-risk"
      title={t("reporting.atRisk.title")}
      description={t("reporting.atRisk.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.pairings") }], horizontal: true, height: 200 }}
      table={{ caption: t("reporting.atRisk.caption"), columns: [t("reporting.table.reason"), t("reporting.table.pairings")], rows: rows.map((r) => [r.label, formatNumber(locale, r.value)]) }}
    >
      {data.atRisk.rows.length === 0 ? (
        <p className="mt-3 text-muted">{t("reporting.atRisk.none")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="mb-1 text-left font-medium text-muted">{t("reporting.atRisk.listCaption", { count: data.atRisk.total, shown: data.atRisk.rows.length })}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="px-2 py-1">{t("reporting.table.pairing")}</th>
                <th scope="col" className="px-2 py-1">{t("reporting.table.volunteer")}</th>
                <th scope="col" className="px-2 py-1">{t("reporting.table.reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {data.atRisk.rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-100 align-top">
                  <th scope="row" className="px-2 py-1 font-medium">
                    <Link href={`/${locale}/pairings/${row.id}`} className="text-brand-700 underline">
                      {row.organisationName} — {row.needTitle}
                    </Link>
                  </th>
                  <td className="px-2 py-1">{row.volunteerName}</td>
                  <td className="px-2 py-1">
                    <ul className="list-disc pl-4">
                      {row.reasons.map((reason) => (
                        <li key={reason.code}>{t(reason.key, reasonParams(reason.params, locale))}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ChartFigure>
  );
}

/** Instants in a reason's params are ISO strings; show them as dates in the reader's language. */
function reasonParams(params: Record<string, string | number> | undefined, locale: AppLocale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatDate(locale, new Date(value), { dateStyle: "medium" }) : value;
  }
  return out;
}

export function SessionsFigure({ data, t, locale }: Props) {
  const rows = data.sessions.byMonth.map((m) => ({ label: formatMonth(locale, m.month), sessions: m.held, hours: Math.round(hours(m.minutes) * 10) / 10 }));
  const s = data.sessions;
  return (
    <ChartFigure
      id="fig-sessions"
      title={t("reporting.sessions.title")}
      description={t("reporting.sessions.description")}
      chart={{ data: rows, series: [{ key: "sessions", label: t("reporting.sessions.held") }, { key: "hours", label: t("reporting.sessions.hours") }] }}
      table={{
        caption: t("reporting.sessions.caption"),
        columns: [t("reporting.table.month"), t("reporting.sessions.held"), t("reporting.sessions.hours")],
        rows: [
          ...rows.map((r) => [r.label, formatNumber(locale, r.sessions), formatNumber(locale, r.hours, 1)]),
          [t("reporting.table.total"), formatNumber(locale, s.held), formatNumber(locale, hours(s.minutes), 1)],
        ],
      }}
    >
      <p className="mt-2 text-ink">{t("reporting.sessions.value", { value: formatMoney(locale, s.valueCents), hours: formatNumber(locale, hours(s.minutes), 1) })}</p>
    </ChartFigure>
  );
}

export function SatisfactionFigure({ data, t, locale }: Props) {
  const rows = [1, 2, 3, 4, 5].map((score) => ({
    label: t("reporting.satisfaction.score", { score }),
    ORGANISATION: data.surveys.satisfaction.ORGANISATION[score - 1] ?? 0,
    VOLUNTEER: data.surveys.satisfaction.VOLUNTEER[score - 1] ?? 0,
  }));
  return (
    <ChartFigure
      id="fig-satisfaction"
      title={t("reporting.satisfaction.title")}
      description={t("reporting.satisfaction.description")}
      chart={{ data: rows, series: SIDES.map((side) => ({ key: side, label: t(`reporting.sides.${side}`) })), stacked: true }}
      table={{
        caption: t("reporting.satisfaction.caption"),
        columns: [t("reporting.table.answer"), ...SIDES.map((side) => t(`reporting.sides.${side}`))],
        rows: [
          ...rows.map((r) => [r.label, formatNumber(locale, r.ORGANISATION), formatNumber(locale, r.VOLUNTEER)]),
          [t("reporting.satisfaction.responses"), ...SIDES.map((side) => formatNumber(locale, data.surveys.responses[side]))],
          [t("reporting.satisfaction.mean"), ...SIDES.map((side) => formatMaybe(locale, data.surveys.meanSatisfaction[side]))],
        ],
      }}
    />
  );
}

export function OutcomesFigure({ data, t, locale }: Props) {
  const rows = OUTCOME_RESULTS.map((r) => ({ label: t(`reporting.outcomes.${r}`), value: data.surveys.outcomes[r] }));
  return (
    <ChartFigure
      id="fig-outcomes"
      title={t("reporting.outcomes.title")}
      description={t("reporting.outcomes.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.goals") }], horizontal: true, height: 180 }}
      table={{ caption: t("reporting.outcomes.caption"), columns: [t("reporting.table.result"), t("reporting.table.goals")], rows: rows.map((r) => [r.label, formatNumber(locale, r.value)]) }}
    />
  );
}

export function AlumniFigure({ alumni: a, t, locale }: { alumni: DashboardData["alumni"]; t: Translate; locale: AppLocale }) {
  const keys = ["volunteeredAgain", "attendedEvent", "referred", "reengaged"] as const;
  const rows = keys.map((k) => ({ label: t(`reporting.alumni.${k}`), value: a[k] }));
  return (
    <ChartFigure
      id="fig-alumni"
      title={t("reporting.alumni.title")}
      description={t("reporting.alumni.description")}
      chart={{ data: rows, series: [{ key: "value", label: t("reporting.table.alumni") }], horizontal: true, height: 200 }}
      table={{
        caption: t("reporting.alumni.caption"),
        columns: [t("reporting.table.figure"), t("reporting.table.alumni")],
        rows: [
          [t("reporting.alumni.total"), formatNumber(locale, a.total)],
          [t("reporting.alumni.volunteers"), formatNumber(locale, a.volunteers)],
          [t("reporting.alumni.mentees"), formatNumber(locale, a.mentees)],
          ...rows.map((r) => [r.label, formatNumber(locale, r.value)]),
          [t("reporting.alumni.directoryOptIn"), formatNumber(locale, a.directoryOptIn)],
          [t("reporting.alumni.newsletterOptIn"), formatNumber(locale, a.newsletterOptIn)],
          [t("reporting.alumni.eventsOptIn"), formatNumber(locale, a.eventsOptIn)],
          [t("reporting.alumni.ambassadors"), formatNumber(locale, a.ambassadors)],
        ],
      }}
    />
  );
}
