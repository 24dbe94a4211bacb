import Link from "next/link";
import type { ExcludedCandidate, HardFilterId } from "@/lib/matching";
import { HARD_FILTERS } from "@/lib/matching";
import type { Translate } from "@/lib/i18n/translate";
import type { VolunteerSummary } from "@/lib/matching-data/candidates";

/** How many volunteers each hard filter excluded, and a few of them by name with their filters. */
export function ExcludedSummary(props: {
  counts: Readonly<Record<HardFilterId, number>>;
  listed: readonly ExcludedCandidate[];
  summaries: ReadonlyMap<string, VolunteerSummary>;
  t: Translate;
  whyHref: (volunteerId: string) => string;
}) {
  const { t } = props;
  return (
    <div className="space-y-4">
      <table className="w-full max-w-md text-left text-sm">
        <caption className="sr-only">{t("matchmaking.excluded.countsCaption")}</caption>
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="py-1 pr-3">{t("matchmaking.excluded.filter")}</th>
            <th scope="col" className="py-1 text-right">{t("matchmaking.excluded.volunteers")}</th>
          </tr>
        </thead>
        <tbody>
          {HARD_FILTERS.map((f) => (
            <tr key={f} className="border-b border-gray-100">
              <th scope="row" className="py-1 pr-3 font-medium">{t(`matching.filters.${f}`)}</th>
              <td className="py-1 text-right tabular-nums">{props.counts[f]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-muted">{t("matchmaking.excluded.several")}</p>
      {props.listed.length ? (
        <ul className="space-y-1" aria-label={t("matchmaking.excluded.listLabel")}>
          {props.listed.map((e) => {
            const name = props.summaries.get(e.volunteerId)?.name ?? e.volunteerId;
            return (
              <li key={e.volunteerId} className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{name}</span>
                <span className="text-muted">— {e.filters.map((f) => t(`matching.filters.${f}`)).join(", ")}</span>
                <Link href={props.whyHref(e.volunteerId)} className="text-brand-700 underline">
                  {t("matchmaking.excluded.why")}
                  <span className="sr-only"> {name}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
