// Turns the engine's message references into sentences in the reader's language.
// The engine passes taxonomy codes for `language` and `skill`; they are labelled here.
import type { MessageRef } from "@/lib/matching";
import { intlLocale, type AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

export interface TaxonomyLabels {
  skills: ReadonlyMap<string, string>;
  sectors: ReadonlyMap<string, string>;
}

/** A score or points with one decimal, in the reader's number format (83,3 in French). */
export function formatPoints(locale: AppLocale, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function languageLabel(t: Translate, code: string): string {
  return code === "fr" || code === "en" ? t(`common.languages.${code}`) : code;
}

export function describe(t: Translate, ref: MessageRef, labels: TaxonomyLabels): string {
  const params = { ...ref.params };
  if (typeof params.language === "string") params.language = languageLabel(t, params.language);
  if (typeof params.skill === "string") params.skill = labels.skills.get(params.skill) ?? params.skill;
  return t(ref.key, params);
}
