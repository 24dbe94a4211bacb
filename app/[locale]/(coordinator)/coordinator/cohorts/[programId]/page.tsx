import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { formatPoints } from "@/components/matching/describe";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { getCohortConsole } from "@/lib/cohorts/queries";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { draftDecisionAction, resolveCohortAction, runCohortAction, sendCohortAction } from "../actions";

type Params = Promise<{ locale: string; programId: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { programId } = await params;
  const actor = await requireUser(locale);
  const data = await getCohortConsole({ actor, programId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, data };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t, data } = await load(params);
  return { title: `${t("matchmaking.cohort.title")} · ${localName(data.program, locale)}` };
}

export default async function CohortConsolePage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t, actor, data } = await load(params);
  // Set by the swap, which re-solves and comes back here: how many kept pairs had to be dropped.
  const swapped = (await searchParams).swapped;
  const droppedBySwap = typeof swapped === "string" ? Number(swapped) : Number.NaN;
  const { program, run } = data;
  const draft = run?.status === "DRAFT" ? run : null;
  const active = run?.drafts.filter((d) => !d.removed) ?? [];
  const removed = run?.drafts.filter((d) => d.removed) ?? [];
  const gap = run ? run.optimalTotal - run.greedyTotal : 0;
  return (
    <div className="space-y-6">
      <PageHeader title={t("matchmaking.cohort.title")} description={`${localName(program, locale)} · ${t("matchmaking.cohort.intro", { minimum: program.minimumMatchScore })}`} />

      <Card labelledBy="run">
        <h2 id="run" className="mb-2 text-lg font-semibold">{t("matchmaking.cohort.runTitle")}</h2>
        <p className="mb-3 text-muted">{t("matchmaking.cohort.approvedNeeds", { count: data.approvedCount })}</p>
        <ActionButton id="run-cohort" action={runCohortAction.bind(null, locale, program.id)} variant={draft ? "secondary" : "primary"}>
          {draft ? t("matchmaking.cohort.runAgain") : t("matchmaking.cohort.run")}
        </ActionButton>
      </Card>

      {run ? (
        <Card labelledBy="drafts">
          <h2 id="drafts" className="mb-2 text-lg font-semibold">
            {draft ? t("matchmaking.cohort.draftsTitle") : t("matchmaking.cohort.sentTitle")}
          </h2>
          {draft && Number.isInteger(droppedBySwap) ? (
            <p role="status" className="mb-3 rounded-md border border-green-300 bg-green-50 p-3 text-green-800" data-testid="swap-status">
              {t("matchmaking.cohort.swapped")}
              {droppedBySwap > 0 ? ` ${t("matchmaking.cohort.resolvedIgnored", { count: droppedBySwap })}` : null}
            </p>
          ) : null}
          <p className="mb-3 text-sm text-muted">
            {t(draft ? "matchmaking.cohort.computedBy" : "matchmaking.cohort.sentOn", {
              name: run.createdBy?.name ?? "—",
              date: formatDateTime(locale, run.sentAt ?? run.createdAt, actor.timeZone),
            })}
          </p>
          <table className="mb-4 w-full max-w-lg text-left">
            <caption className="sr-only">{t("matchmaking.cohort.totalsCaption")}</caption>
            <tbody>
              <tr className="border-b border-gray-100">
                <th scope="row" className="py-1 pr-3 font-medium">{t("matchmaking.cohort.optimalTotal")}</th>
                <td className="py-1 text-right font-semibold tabular-nums" data-testid="optimal-total">{formatPoints(locale, run.optimalTotal)}</td>
              </tr>
              <tr className="border-b border-gray-100">
                <th scope="row" className="py-1 pr-3 font-medium">{t("matchmaking.cohort.greedyTotal")}</th>
                <td className="py-1 text-right tabular-nums">{formatPoints(locale, run.greedyTotal)}</td>
              </tr>
              <tr>
                <th scope="row" className="py-1 pr-3 font-medium">{t("matchmaking.cohort.gap")}</th>
                <td className="py-1 text-right tabular-nums">
                  {t("matchmaking.cohort.gapValue", { gap: formatPoints(locale, gap), percent: formatPoints(locale, run.optimalTotal > 0 ? (100 * gap) / run.optimalTotal : 0) })}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="mb-3 text-sm text-muted">{t("matchmaking.cohort.totalsHelp")}</p>

          {active.length === 0 ? (
            <EmptyState>{t("matchmaking.cohort.noDrafts")}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left">
                <caption className="sr-only">{t("matchmaking.cohort.draftsCaption")}</caption>
                <thead className="bg-gray-50 text-sm">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t("matchmaking.cohort.columns.need")}</th>
                    <th scope="col" className="px-3 py-2">{t("matchmaking.cohort.columns.volunteer")}</th>
                    <th scope="col" className="px-3 py-2 text-right">{t("matchmaking.cohort.columns.score")}</th>
                    <th scope="col" className="px-3 py-2">{t(draft ? "matchmaking.cohort.columns.choice" : "matchmaking.cohort.columns.proposal")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-200">
                  {active.map((d) => (
                    <tr key={d.id} className="align-top" data-testid="draft">
                      <td className="px-3 py-2">
                        <Link href={`/${locale}/coordinator/needs/${d.needId}`} className="font-medium text-brand-700 underline">{d.need.title}</Link>
                        <span className="block text-sm text-muted">{d.need.organisation.name}</span>
                      </td>
                      <td className="px-3 py-2">
                        <Link href={`/${locale}/coordinator/needs/${d.needId}?compare=${d.volunteerId}#comparison`} className="text-brand-700 underline">{d.volunteerName}</Link>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">{formatPoints(locale, d.score)}</td>
                      <td className="px-3 py-2">
                        {draft ? (
                          <div className="flex flex-wrap items-start gap-2">
                            {d.fixed ? <Badge tone="green">{t("matchmaking.cohort.kept")}</Badge> : null}
                            {d.fixed ? (
                              <ActionButton id={`reset-${d.id}`} variant="secondary" action={draftDecisionAction.bind(null, locale, program.id, d.id, "reset")}>
                                {t("matchmaking.cohort.unkeep")}<span className="sr-only"> {d.need.title}</span>
                              </ActionButton>
                            ) : (
                              <ActionButton id={`keep-${d.id}`} variant="secondary" action={draftDecisionAction.bind(null, locale, program.id, d.id, "keep")}>
                                {t("matchmaking.cohort.keep")}<span className="sr-only"> {d.need.title}</span>
                              </ActionButton>
                            )}
                            <ActionButton id={`remove-${d.id}`} variant="secondary" action={draftDecisionAction.bind(null, locale, program.id, d.id, "remove")}>
                              {t("matchmaking.cohort.remove")}<span className="sr-only"> {d.need.title}</span>
                            </ActionButton>
                            <Link href={`/${locale}/coordinator/needs/${d.needId}?draft=${d.id}#candidates`} className="py-2 font-medium text-brand-700 underline">
                              {t("matchmaking.cohort.swap")}<span className="sr-only"> {d.need.title}</span>
                            </Link>
                          </div>
                        ) : d.pairing ? (
                          <PairingStatusBadge status={d.pairing.status} t={t} />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          {draft && removed.length ? (
            <div className="mt-4">
              <h3 className="font-semibold">{t("matchmaking.cohort.removedTitle", { count: removed.length })}</h3>
              <ul className="mt-2 space-y-2">
                {removed.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-3">
                    <span>{t("matchmaking.cohort.removedPair", { need: d.need.title, volunteer: d.volunteerName })}</span>
                    <ActionButton id={`restore-${d.id}`} variant="secondary" action={draftDecisionAction.bind(null, locale, program.id, d.id, "reset")}>
                      {t("matchmaking.cohort.restore")}<span className="sr-only"> {d.need.title}</span>
                    </ActionButton>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {draft && data.unassigned.length ? (
            <div className="mt-4">
              <h3 className="font-semibold">{t("matchmaking.cohort.unassignedTitle", { count: data.unassigned.length })}</h3>
              <ul className="mt-2 list-disc pl-6">
                {data.unassigned.map((n) => (
                  <li key={n.id}>
                    <Link href={`/${locale}/coordinator/needs/${n.id}`} className="text-brand-700 underline">{n.title}</Link> · {n.organisation.name}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {draft ? (
            <div className="mt-6 grid gap-4 border-t border-gray-200 pt-4 md:grid-cols-2">
              <div>
                <p className="mb-2 text-sm text-muted">{t("matchmaking.cohort.resolveHelp")}</p>
                <ActionButton id="resolve" variant="secondary" action={resolveCohortAction.bind(null, locale, program.id, draft.id)}>
                  {t("matchmaking.cohort.resolve")}
                </ActionButton>
              </div>
              <div>
                <p className="mb-2 text-sm text-muted">{t("matchmaking.cohort.sendHelp")}</p>
                {active.length ? (
                  <ActionButton id="send" action={sendCohortAction.bind(null, locale, program.id, draft.id)}>
                    {t("matchmaking.cohort.send", { count: active.length })}
                  </ActionButton>
                ) : null}
              </div>
            </div>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
