// Renders the candidate page's matching components to HTML, for the DB-backed benchmark.
import { renderToStaticMarkup } from "react-dom/server";
import { CandidateList } from "@/components/matching/candidate-list";
import { ComparisonTable } from "@/components/matching/comparison-table";
import type { TaxonomyLabels } from "@/components/matching/describe";
import { ExcludedSummary } from "@/components/matching/excluded-summary";
import { I18nProvider } from "@/lib/i18n/client";
import { getTranslator } from "@/lib/i18n/server";
import type { RankedCandidate } from "@/lib/matching";
import type { NeedCandidates, VolunteerSummary } from "@/lib/matching-data/candidates";
import { catalogues } from "@/messages";

const noAction = async () => ({ status: "idle" as const });

export function renderCandidates(props: {
  data: NeedCandidates;
  shown: RankedCandidate[];
  summaries: ReadonlyMap<string, VolunteerSummary>;
  labels: TaxonomyLabels;
}): string {
  const t = getTranslator("en");
  const { data } = props;
  return renderToStaticMarkup(
    <I18nProvider locale="en" messages={catalogues.en}>
      <CandidateList candidates={props.shown} summaries={props.summaries} locale="en" t={t} labels={props.labels} compareHref={(id) => `?compare=${id}`} proposeAction={() => noAction} />
      <ExcludedSummary counts={data.exclusions.counts} listed={data.exclusions.listed} summaries={props.summaries} t={t} whyHref={(id) => `?compare=${id}`} />
      {data.compared ? (
        <ComparisonTable need={data.need} volunteer={data.compared.volunteer} volunteerName="x" evaluation={data.compared.evaluation} typeSkills={data.context.needTypeSkills[data.need.needType] ?? []} locale="en" t={t} labels={props.labels} />
      ) : null}
    </I18nProvider>,
  );
}
