import Link from "next/link";
import { CandidateList } from "@/components/matching/candidate-list";
import { applyCandidateFilters, type CandidateFilters } from "@/components/matching/candidate-filters";
import { ComparisonTable } from "@/components/matching/comparison-table";
import { ExcludedSummary } from "@/components/matching/excluded-summary";
import { ScoreMeter } from "@/components/matching/score-breakdown";
import { Card, EmptyState } from "@/components/ui/primitives";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { loadNeedCandidates, loadVolunteerSummaries } from "@/lib/matching-data/candidates";
import { loadTaxonomyLabels } from "@/lib/matching-data/labels";
import { proposeAction } from "../../actions";
import { swapDraftAction } from "../../cohorts/actions";

/** Set when the coordinator came from the cohort console to replace a draft's volunteer. */
export interface SwapContext {
  draftId: string;
  programId: string;
  volunteerId: string;
  volunteerName: string;
}

/** Ranked, explained candidates for an approved need, with filters, exclusions and a comparison. */
export async function MatchingSection(props: {
  actor: Actor;
  needId: string;
  locale: AppLocale;
  t: Translate;
  filters: CandidateFilters;
  compareId: string | null;
  swap: SwapContext | null;
}) {
  const { locale, t, filters, needId, swap } = props;
  const [data, labels] = await Promise.all([loadNeedCandidates({ actor: props.actor, needId, compareId: props.compareId }), loadTaxonomyLabels(locale)]);
  const { ranking, exclusions, compared } = data;
  const filtered = applyCandidateFilters(ranking.candidates, filters);
  const shown = filtered.slice(0, filters.show);
  // Volunteers who offered to help come first among the exclusions listed: a coordinator will want to know why.
  const listed = exclusions.listed;
  const summaries = await loadVolunteerSummaries([
    ...shown.map((c) => c.volunteerId),
    ...ranking.belowMinimum.slice(0, 10).map((c) => c.volunteerId),
    ...data.alreadyAsked.map((c) => c.volunteerId),
    ...listed.map((e) => e.volunteerId),
    ...(props.compareId ? [props.compareId] : []),
  ]);
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({
      ...(filters.interestedOnly ? { interested: "1" } : {}),
      ...(filters.sectorOnly ? { sector: "1" } : {}),
      ...(filters.minScore ? { min: String(filters.minScore) } : {}),
      ...(filters.show !== 10 ? { show: String(filters.show) } : {}),
      ...(swap ? { draft: swap.draftId } : {}),
      ...extra,
    });
    return `/${locale}/coordinator/needs/${needId}?${params.toString()}`;
  };
  const compareHref = (id: string) => `${query({ compare: id })}#comparison`;
  const comparedName = props.compareId ? (summaries.get(props.compareId)?.name ?? props.compareId) : "";

  return (
    <>
      <Card labelledBy="candidates">
        <h2 id="candidates" className="mb-1 text-lg font-semibold">
          {t("coordinator.need.candidatesTitle")}
        </h2>
        {swap ? (
          <div className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3" data-testid="swap-banner">
            <p className="mb-2">{t("matchmaking.swap.banner", { volunteer: swap.volunteerName })}</p>
            <Link href={`/${locale}/coordinator/cohorts/${swap.programId}#drafts`} className="font-medium text-brand-700 underline">
              {t("matchmaking.swap.back")}
            </Link>
          </div>
        ) : null}
        <p className="mb-2 text-muted">{t("matchmaking.candidates.intro", { minimum: data.context.minimumScore })}</p>
        <p className="mb-4" data-testid="candidate-counts">
          {t("matchmaking.candidates.counts", { count: data.poolSize, eligible: ranking.candidateCount, below: ranking.belowMinimum.length, excluded: exclusions.total })}
        </p>
        <form method="get" action={`/${locale}/coordinator/needs/${needId}`} className="mb-4 flex flex-wrap items-end gap-4 rounded-md bg-gray-50 p-3">
          <fieldset className="flex flex-wrap gap-4">
            <legend className="sr-only">{t("matchmaking.filters.legend")}</legend>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="interested" value="1" defaultChecked={filters.interestedOnly} className="h-4 w-4 accent-brand-600" />
              {t("matchmaking.filters.interested")}
            </label>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="sector" value="1" defaultChecked={filters.sectorOnly} className="h-4 w-4 accent-brand-600" />
              {t("matchmaking.filters.sector")}
            </label>
          </fieldset>
          <label className="flex flex-col text-sm font-medium">
            {t("matchmaking.filters.minScore")}
            <input type="number" name="min" min={0} max={100} step={1} defaultValue={filters.minScore || ""} className="w-24 rounded-md border border-gray-400 px-2 py-1 text-base" />
          </label>
          <label className="flex flex-col text-sm font-medium">
            {t("matchmaking.filters.show")}
            <select name="show" defaultValue={String(filters.show)} className="rounded-md border border-gray-400 px-2 py-1 text-base">
              {[10, 20, 50, 100, 200].map((n) => (
                <option key={n} value={n}>{n}</option>
              ))}
            </select>
          </label>
          {swap ? <input type="hidden" name="draft" value={swap.draftId} /> : null}
          <button type="submit" className="rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50">
            {t("matchmaking.filters.apply")}
          </button>
        </form>
        {shown.length === 0 ? (
          <EmptyState>{t("coordinator.need.noCandidates")}</EmptyState>
        ) : (
          <>
            <p className="mb-2 text-sm text-muted" aria-live="polite">
              {t("matchmaking.candidates.showing", { count: shown.length, total: filtered.length })}
            </p>
            <CandidateList
              candidates={shown}
              summaries={summaries}
              locale={locale}
              t={t}
              labels={labels}
              compareHref={compareHref}
              proposeAction={(volunteerId) =>
                swap
                  ? volunteerId === swap.volunteerId
                    ? null
                    : swapDraftAction.bind(null, locale, swap.programId, swap.draftId, volunteerId)
                  : proposeAction.bind(null, locale, needId, volunteerId)
              }
              actionLabel={swap ? t("matchmaking.swap.use") : undefined}
              note={(volunteerId) => (swap?.volunteerId === volunteerId ? t("matchmaking.swap.current") : null)}
            />
          </>
        )}
        {ranking.belowMinimum.length ? (
          <details className="mt-4">
            <summary className="cursor-pointer font-medium">{t("matchmaking.candidates.belowMinimum", { count: ranking.belowMinimum.length, minimum: data.context.minimumScore })}</summary>
            <ul className="mt-2 space-y-1">
              {ranking.belowMinimum.slice(0, 10).map((c) => (
                <li key={c.volunteerId} className="flex flex-wrap items-center gap-3">
                  <span>{summaries.get(c.volunteerId)?.name}</span>
                  <ScoreMeter score={c.score} locale={locale} t={t} />
                  <Link href={compareHref(c.volunteerId)} className="text-brand-700 underline">
                    {t("matchmaking.candidates.compare")}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {data.alreadyAsked.length ? (
          <p className="mt-4 text-sm text-muted">
            {t("matchmaking.candidates.alreadyAsked", { names: data.alreadyAsked.map((c) => summaries.get(c.volunteerId)?.name ?? "").join(", ") })}
          </p>
        ) : null}
      </Card>

      {props.compareId ? (
        <Card labelledBy="comparison">
          <h2 id="comparison" className="mb-3 text-lg font-semibold">
            {t("matchmaking.compare.title", { name: comparedName })}
          </h2>
          {compared ? (
            <>
              {compared.evaluation.eligible ? (
                <p className="mb-3">
                  <ScoreMeter score={compared.evaluation.candidate.score} locale={locale} t={t} />
                </p>
              ) : null}
              <ComparisonTable
                need={data.need}
                volunteer={compared.volunteer}
                volunteerName={comparedName}
                evaluation={compared.evaluation}
                typeSkills={data.context.needTypeSkills[data.need.needType] ?? []}
                locale={locale}
                t={t}
                labels={labels}
              />
            </>
          ) : (
            <p>{t("matchmaking.compare.notInPool")}</p>
          )}
        </Card>
      ) : null}

      <Card labelledBy="excluded">
        <h2 id="excluded" className="mb-3 text-lg font-semibold">
          {t("matchmaking.excluded.title", { count: exclusions.total })}
        </h2>
        <ExcludedSummary counts={exclusions.counts} listed={listed} summaries={summaries} t={t} whyHref={compareHref} />
      </Card>
    </>
  );
}
