// Downloads of the current filter's data, and the printable funder report.
import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { EXPORT_KINDS } from "@/lib/reporting/exports";
import { filterQuery, type ReportFilter } from "@/lib/reporting/filters";

export function ExportLinks({ filter, locale, t }: { filter: ReportFilter; locale: AppLocale; t: Translate }) {
  return (
    <nav aria-labelledby="exports-title" className="no-print rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id="exports-title" className="mb-2 font-semibold">
        {t("reporting.exports.title")}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-2">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <a href={`/api/reports/${kind}?${filterQuery(filter, { locale })}`} download className="font-medium text-brand-700 underline">
              {t(`reporting.exports.${kind}`)}
            </a>
          </li>
        ))}
        <li>
          <a href={`/${locale}/coordinator/reports/funder?${filterQuery(filter)}`} className="font-medium text-brand-700 underline">
            {t("reporting.exports.funderReport")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
