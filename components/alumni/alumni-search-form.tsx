// Search of alumni by name, skill, region, language and program: a GET form (bookmarkable).
import type { DirectorySearch } from "@/lib/alumni/schema";
import type { Translate } from "@/lib/i18n/translate";

const control = "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-ink shadow-sm";

export function AlumniSearchForm({
  action,
  search,
  skills,
  programs,
  t,
}: {
  action: string;
  search: DirectorySearch;
  skills: { value: string; label: string }[];
  programs: { value: string; label: string }[];
  t: Translate;
}) {
  return (
    <form method="get" action={action} role="search" className="mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="mb-2 font-semibold">{t("alumni.search.legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <div className="space-y-1">
            <label htmlFor="search-q" className="block font-medium">
              {t("alumni.search.name")}
            </label>
            <input id="search-q" name="q" type="search" defaultValue={search.q ?? ""} className={control} />
          </div>
          <div className="space-y-1">
            <label htmlFor="search-skill" className="block font-medium">
              {t("alumni.search.skill")}
            </label>
            <select id="search-skill" name="skill" defaultValue={search.skill ?? ""} className={control}>
              <option value="">{t("alumni.search.any")}</option>
              {skills.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="search-region" className="block font-medium">
              {t("alumni.search.region")}
            </label>
            <input id="search-region" name="region" defaultValue={search.region ?? ""} aria-describedby="search-region-hint" className={control} />
            <p id="search-region-hint" className="text-sm text-muted">
              {t("alumni.search.regionHint")}
            </p>
          </div>
          <div className="space-y-1">
            <label htmlFor="search-language" className="block font-medium">
              {t("alumni.search.language")}
            </label>
            <select id="search-language" name="language" defaultValue={search.language ?? ""} className={control}>
              <option value="">{t("alumni.search.any")}</option>
              <option value="fr">{t("common.languages.fr")}</option>
              <option value="en">{t("common.languages.en")}</option>
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="search-program" className="block font-medium">
              {t("alumni.search.program")}
            </label>
            <select id="search-program" name="program" defaultValue={search.program ?? ""} className={control}>
              <option value="">{t("alumni.search.anyProgram")}</option>
              {programs.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="mt-3 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("alumni.search.submit")}
        </button>
      </fieldset>
    </form>
  );
}
