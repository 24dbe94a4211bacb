import Link from "next/link";
import { ProposeButton } from "@/components/coordinator/propose-button";
import { Badge } from "@/components/ui/primitives";
import type { RankedCandidate } from "@/lib/matching";
import type { FormAction } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { VolunteerSummary } from "@/lib/matching-data/candidates";
import type { TaxonomyLabels } from "./describe";
import { ScoreBreakdown, ScoreMeter } from "./score-breakdown";

/**
 * The ranked candidates, each with its explained score, a comparison link and an action: "propose",
 * or "use in the cohort" when the coordinator is swapping a cohort draft's volunteer.
 */
export function CandidateList(props: {
  candidates: readonly RankedCandidate[];
  summaries: ReadonlyMap<string, VolunteerSummary>;
  locale: AppLocale;
  t: Translate;
  labels: TaxonomyLabels;
  compareHref: (volunteerId: string) => string;
  proposeAction: ((volunteerId: string) => FormAction | null) | null;
  /** Label of the action button when it is not "propose". */
  actionLabel?: string;
  /** A short note beside a candidate (e.g. the volunteer already in the cohort draft). */
  note?: (volunteerId: string) => string | null;
}) {
  const { t, locale } = props;
  return (
    <ol className="space-y-3">
      {props.candidates.map((c) => {
        const person = props.summaries.get(c.volunteerId);
        const name = person?.name ?? c.volunteerId;
        const action = props.proposeAction ? props.proposeAction(c.volunteerId) : null;
        const note = props.note?.(c.volunteerId) ?? null;
        return (
          <li key={c.volunteerId} className="rounded-md border border-gray-200 p-3" data-testid="candidate">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="space-y-1">
                <p className="font-semibold">
                  {t("matchmaking.candidates.rank", { rank: c.rank })}{" "}
                  <Link href={`/${locale}/coordinator/volunteers/${c.volunteerId}`} className="text-brand-700 underline">
                    {name}
                  </Link>
                </p>
                {person?.headline ? <p className="text-muted">{person.headline}</p> : null}
                <ScoreMeter score={c.score} locale={locale} t={t} />
              </div>
              <div className="flex flex-wrap items-start gap-3">
                <Link href={props.compareHref(c.volunteerId)} className="py-2 font-medium text-brand-700 underline">
                  {t("matchmaking.candidates.compare")}
                  <span className="sr-only"> {name}</span>
                </Link>
                {note ? <Badge tone="blue">{note}</Badge> : null}
                {action ? <ProposeButton id={`propose-${c.volunteerId}`} name={name} score={c.score} rank={c.rank} action={action} label={props.actionLabel} /> : null}
              </div>
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer font-medium text-brand-700">
                {t("matchmaking.candidates.why")}
                <span className="sr-only"> {name}</span>
              </summary>
              <div className="mt-2">
                <ScoreBreakdown breakdown={c.breakdown} score={c.score} locale={locale} t={t} labels={props.labels} caption={t("matchmaking.breakdown.caption", { name })} />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
