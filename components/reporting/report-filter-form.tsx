// The program and period picker every report shares: a plain GET form, so the chosen filter is
// in the address (bookmarkable, shareable with the exports) and works without JavaScript.
import type { Translate } from "@/lib/i18n/translate";
import type { ReportFilter } from "@/lib/reporting/filters";

const control = "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-ink shadow-sm";

export function ReportFilterForm({
  action,
  filter,
  programs,
  t,
  allowAll = true,
}: {
  action: string;
  filter: Pick<ReportFilter, "programId" | "period">;
  programs: { value: string; label: string }[];
  t: Translate;
  allowAll?: boolean;
}) {
  return (
    <form method="get" action={action} className="no-print mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="mb-2 font-semibold text-ink">{t("reporting.filter.legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
          <div className="space-y-1">
            <label htmlFor="filter-program" className="block font-medium">
              {t("reporting.filter.program")}
            </label>
            <select id="filter-program" name="program" defaultValue={filter.programId ?? ""} className={control}>
              {allowAll ? <option value="">{t("reporting.filter.allPrograms")}</option> : null}
              {programs.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-from" className="block font-medium">
              {t("reporting.filter.from")}
            </label>
            <input id="filter-from" type="date" name="from" defaultValue={filter.period.from} className={control} />
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-to" className="block font-medium">
              {t("reporting.filter.to")}
            </label>
            <input id="filter-to" type="date" name="to" defaultValue={filter.period.to} className={control} />
          </div>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t("reporting.filter.apply")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
