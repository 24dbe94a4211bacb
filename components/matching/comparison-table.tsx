import type { ReactNode } from "react";
import type { NeedInput, PairEvaluation, VolunteerInput, WeeklySlot } from "@/lib/matching";
import type { AppLocale } from "@/lib/i18n/config";
import { formatSlot } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { describe, languageLabel, type TaxonomyLabels } from "./describe";

// The engine's weekdays are 0 = Monday; formatSlot takes ISO weekdays (1 = Monday).
const isoSlot = (slot: WeeklySlot) => ({ ...slot, weekday: slot.weekday + 1 });

function SlotList({ slots, timeZone, locale, t }: { slots: readonly WeeklySlot[]; timeZone: string; locale: AppLocale; t: Translate }) {
  return (
    <ul>
      {slots.length === 0 ? <li>{t("matchmaking.compare.none")}</li> : slots.map((s, i) => <li key={i}>{formatSlot(locale, isoSlot(s))}</li>)}
      <li className="text-sm text-muted">{timeZone}</li>
    </ul>
  );
}

/** The need and one volunteer side by side, aspect by aspect, with the engine's verdict. */
export function ComparisonTable(props: {
  need: NeedInput;
  volunteer: VolunteerInput;
  volunteerName: string;
  evaluation: PairEvaluation;
  typeSkills: readonly string[];
  locale: AppLocale;
  t: Translate;
  labels: TaxonomyLabels;
}) {
  const { need, volunteer, evaluation, locale, t, labels } = props;
  const levels = new Map(volunteer.skills.map((s) => [s.code, s.level]));
  const minSeniority = need.requiredPreferences?.find((p) => p.kind === "minSeniority");
  const sectorRequired = need.requiredPreferences?.some((p) => p.kind === "sectorExperience") ?? false;
  const rows: { aspect: string; need: ReactNode; volunteer: ReactNode }[] = [
    {
      aspect: t("matchmaking.compare.languages"),
      need: need.languages.map((l) => languageLabel(t, l)).join(", "),
      volunteer: volunteer.languages.map((l) => languageLabel(t, l)).join(", "),
    },
    {
      aspect: t("matchmaking.compare.availability"),
      need: <SlotList slots={need.availability} timeZone={need.timeZone} locale={locale} t={t} />,
      volunteer: <SlotList slots={volunteer.availability} timeZone={volunteer.timeZone} locale={locale} t={t} />,
    },
    {
      aspect: t("matchmaking.compare.skills"),
      need: props.typeSkills.length ? props.typeSkills.map((code) => labels.skills.get(code) ?? code).join(", ") : t("matchmaking.compare.none"),
      volunteer: props.typeSkills.length ? (
        <ul>
          {props.typeSkills.map((code) => (
            <li key={code}>
              {t("matchmaking.compare.skillLevel", {
                skill: labels.skills.get(code) ?? code,
                level: levels.has(code) ? t(`matchmaking.compare.level.${levels.get(code)}`) : t("matchmaking.compare.missing"),
              })}
            </li>
          ))}
        </ul>
      ) : (
        t("matchmaking.compare.none")
      ),
    },
    {
      aspect: t("matchmaking.compare.sector"),
      need: `${need.organisationSector ? (labels.sectors.get(need.organisationSector) ?? need.organisationSector) : t("matchmaking.compare.none")}${sectorRequired ? ` · ${t("matchmaking.compare.required")}` : ""}`,
      volunteer: volunteer.sectors.length ? volunteer.sectors.map((code) => labels.sectors.get(code) ?? code).join(", ") : t("matchmaking.compare.none"),
    },
    {
      aspect: t("matchmaking.compare.seniority"),
      need: minSeniority?.kind === "minSeniority" ? t("matchmaking.compare.minYears", { count: minSeniority.years }) : t("matchmaking.compare.none"),
      volunteer: t("matchmaking.compare.years", { count: volunteer.seniorityYears }),
    },
    {
      aspect: t("matchmaking.compare.load"),
      need: "—",
      volunteer: t("matchmaking.compare.loadValue", { count: volunteer.activePairings, capacity: volunteer.capacity }),
    },
    {
      aspect: t("matchmaking.compare.interest"),
      need: "—",
      volunteer: volunteer.interestedNeedIds?.includes(need.id) ? t("matchmaking.compare.yes") : t("matchmaking.compare.no"),
    },
  ];
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">{t("matchmaking.compare.caption", { name: props.volunteerName })}</caption>
          <thead>
            <tr className="border-b border-gray-200">
              <th scope="col" className="py-1 pr-3">{t("matchmaking.compare.aspect")}</th>
              <th scope="col" className="py-1 pr-3">{t("matchmaking.compare.theNeed")}</th>
              <th scope="col" className="py-1">{props.volunteerName}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.aspect} className="border-b border-gray-100 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">{row.aspect}</th>
                <td className="py-2 pr-3">{row.need}</td>
                <td className="py-2">{row.volunteer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {evaluation.eligible ? null : (
        <div>
          <p className="font-medium">{t("matchmaking.compare.excludedBecause")}</p>
          <ul className="list-disc pl-6">
            {evaluation.reasons.map((r, i) => (
              <li key={i}>{describe(t, r.explanation, labels)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
