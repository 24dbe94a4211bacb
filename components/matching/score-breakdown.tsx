import type { CriterionScore } from "@/lib/matching";
import type { Translate } from "@/lib/i18n/translate";
import type { AppLocale } from "@/lib/i18n/config";
import { describe, formatPoints, type TaxonomyLabels } from "./describe";

/**
 * The per-criterion breakdown of a score, in plain words. The points column adds up to the score
 * exactly (the engine apportions rounding). The organisation's lived-experience preference is
 * shown in the engine's neutral wording only: matches or not, never what was declared.
 */
export function ScoreBreakdown({ breakdown, score, locale, t, labels, caption }: { breakdown: readonly CriterionScore[]; score: number; locale: AppLocale; t: Translate; labels: TaxonomyLabels; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-200">
          <th scope="col" className="py-1 pr-3">{t("matchmaking.breakdown.criterion")}</th>
          <th scope="col" className="py-1 pr-3">{t("matchmaking.breakdown.why")}</th>
          <th scope="col" className="py-1 text-right">{t("matchmaking.breakdown.points")}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.map((line) => (
          <tr key={line.criterion} className="border-b border-gray-100 align-top">
            <th scope="row" className="py-1 pr-3 font-medium">{t(`matching.criteria.${line.criterion}.label`)}</th>
            <td className="py-1 pr-3">{describe(t, line.explanation, labels)}</td>
            <td className="py-1 text-right tabular-nums">{formatPoints(locale, line.points)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2} className="py-1 pr-3 text-right">{t("matchmaking.breakdown.total")}</th>
          <td className="py-1 text-right font-semibold tabular-nums">{formatPoints(locale, score)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A score as text plus a bar that only repeats it visually. */
export function ScoreMeter({ score, locale, t }: { score: number; locale: AppLocale; t: Translate }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span className="font-semibold tabular-nums">{t("matchmaking.score", { score: formatPoints(locale, score) })}</span>
      <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-gray-200">
        <span className="block h-full bg-brand-600" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </span>
  );
}
