import { DefinitionList } from "@/components/ui/primitives";
import { localName } from "@/lib/catalogue/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatSlot } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

export interface NeedSummaryData {
  goals: string;
  context: string;
  desiredStartOn: Date;
  durationWeeks: number;
  timeZone: string;
  languages: string[];
  livedExperienceAsked: boolean;
  requiredPreferences: unknown;
  needType: { nameFr: string; nameEn: string };
  availability: { weekday: number; startMinute: number; endMinute: number }[];
}

/** The need's content, as shown to its organisation and to coordinators. */
export function NeedSummary({ need, locale, t }: { need: NeedSummaryData; locale: AppLocale; t: Translate }) {
  const prefs = (need.requiredPreferences ?? {}) as { minSeniorityYears?: number; sectorExperience?: boolean };
  const preferences = [
    prefs.minSeniorityYears !== undefined ? t("needs.summary.minSeniority", { count: prefs.minSeniorityYears }) : null,
    prefs.sectorExperience ? t("needs.summary.sectorExperience") : null,
    need.livedExperienceAsked ? t("needs.summary.livedExperience") : null,
  ].filter(Boolean);
  return (
    <DefinitionList
      items={[
        { term: t("needs.fields.needType"), detail: localName(need.needType, locale) },
        { term: t("needs.fields.goals"), detail: <span className="whitespace-pre-line">{need.goals}</span> },
        ...(need.context ? [{ term: t("needs.fields.context"), detail: <span className="whitespace-pre-line">{need.context}</span> }] : []),
        { term: t("needs.fields.desiredStartOn"), detail: formatDate(locale, need.desiredStartOn) },
        { term: t("needs.fields.durationWeeks"), detail: t("needs.summary.weeks", { count: need.durationWeeks }) },
        { term: t("needs.fields.languages"), detail: need.languages.map((l) => t(`common.languages.${l}`)).join(", ") },
        {
          term: t("needs.fields.availability"),
          detail: (
            <ul>
              {need.availability.map((s, i) => (
                <li key={i}>{formatSlot(locale, s)}</li>
              ))}
              <li className="text-sm text-muted">{need.timeZone}</li>
            </ul>
          ),
        },
        { term: t("needs.summary.preferences"), detail: preferences.length ? preferences.join(" · ") : t("needs.summary.noPreferences") },
      ]}
    />
  );
}
