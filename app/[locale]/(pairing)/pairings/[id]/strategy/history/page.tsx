import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { RevisionDiff } from "@/components/strategy/revision-diff";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { diffRevisions, sectionTitleKey } from "@/lib/strategy";
import { getStrategyHistory, type RevisionView } from "@/lib/strategy/queries";
import { restoreRevisionAction } from "../actions";

type Params = Promise<{ locale: string; id: string }>;
type Search = Promise<{ from?: string; to?: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/strategy/history`);
  const history = await getStrategyHistory({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, id, history };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("strategy.workspace.history.title") };
}

/** Every saved version of the document, who saved it and when; compare any two; restore a section. */
export default async function StrategyHistoryPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, t, actor, id, history } = await load(params);
  const search = await searchParams;
  const { revisions, states, access } = history;
  const indexOf = new Map(revisions.map((r, i) => [r.id, i]));
  const latest = revisions.at(-1);
  const toId = search.to && indexOf.has(search.to) ? search.to : latest?.id;
  const toIndex = toId ? (indexOf.get(toId) ?? 0) : 0;
  const fromId = search.from && indexOf.has(search.from) ? search.from : revisions[Math.max(0, toIndex - 1)]?.id;
  const fromState = fromId ? states.get(fromId) : undefined;
  const toState = toId ? states.get(toId) : undefined;
  const diffs = fromState && toState ? diffRevisions(fromState, toState) : [];
  const latestOfSection = new Map<string, string>();
  for (const revision of revisions) latestOfSection.set(revision.sectionKey, revision.id);
  const label = (r: RevisionView) => `${formatDateTime(locale, r.createdAt, actor.timeZone)} · ${r.author ?? t("strategy.workspace.comments.formerMember")} · ${t(sectionTitleKey(r.sectionKey))}`;
  const base = `/${locale}/pairings/${id}/strategy`;

  return (
    <div className="space-y-6">
      <PageHeader title={t("strategy.workspace.history.title")} description={history.title} actions={<Link href={base}>{t("strategy.workspace.history.back")}</Link>} />

      <Card labelledBy="compare-heading">
        <h2 id="compare-heading" className="mb-3 text-lg font-semibold">
          {t("strategy.workspace.history.compareTitle")}
        </h2>
        <form method="get" className="mb-4 grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end">
          <div className="space-y-1">
            <label htmlFor="from" className="block font-medium">
              {t("strategy.workspace.history.from")}
            </label>
            <select id="from" name="from" defaultValue={fromId} className="block w-full rounded-md border border-gray-400 bg-white px-3 py-2">
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="to" className="block font-medium">
              {t("strategy.workspace.history.to")}
            </label>
            <select id="to" name="to" defaultValue={toId} className="block w-full rounded-md border border-gray-400 bg-white px-3 py-2">
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {label(r)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("strategy.workspace.history.compare")}
          </button>
        </form>
        <RevisionDiff diffs={diffs} t={t} />
      </Card>

      <Card labelledBy="revisions-heading">
        <h2 id="revisions-heading" className="mb-1 text-lg font-semibold">
          {t("strategy.workspace.history.listTitle")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("strategy.workspace.history.listHelp")}</p>
        <ol className="space-y-3" reversed>
          {[...revisions].reverse().map((revision) => {
            const index = indexOf.get(revision.id) ?? 0;
            const previous = revisions[index - 1];
            const isCurrent = latestOfSection.get(revision.sectionKey) === revision.id;
            return (
              <li key={revision.id} className="rounded-md border border-gray-200 p-3">
                <p className="font-medium">
                  {t(sectionTitleKey(revision.sectionKey))}
                  {isCurrent ? <span className="ml-2 text-sm font-normal text-green-800">({t("strategy.workspace.history.current")})</span> : null}
                </p>
                <p className="text-sm text-muted">
                  {t("strategy.workspace.history.by", { name: revision.author ?? t("strategy.workspace.comments.formerMember"), date: formatDateTime(locale, revision.createdAt, actor.timeZone) })}
                </p>
                {revision.restoredFrom ? (
                  <p className="text-sm">{t("strategy.workspace.history.restoredFrom", { date: formatDateTime(locale, revision.restoredFrom.createdAt, actor.timeZone) })}</p>
                ) : null}
                {revision.version === 1 ? <p className="text-sm">{t("strategy.workspace.history.started")}</p> : null}
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  {previous ? (
                    <Link href={`?from=${previous.id}&to=${revision.id}#compare-heading`}>
                      {t("strategy.workspace.history.compareWithPrevious")}
                      <span className="sr-only"> — {label(revision)}</span>
                    </Link>
                  ) : null}
                  {access.canEdit && !isCurrent ? (
                    <ActionButton action={restoreRevisionAction.bind(null, locale, id, revision.id)} variant="secondary" id={`restore-${revision.id}`}>
                      {t("strategy.workspace.history.restore")}
                      <span className="sr-only"> — {label(revision)}</span>
                    </ActionButton>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      </Card>
    </div>
  );
}
