"use client";

import { ChoiceGroup } from "@/components/ui/fields";
import { useI18n } from "@/lib/i18n/client";
import { locales } from "@/lib/i18n/config";

/** The interface language a person prefers (radio buttons). */
export function PreferredLanguageField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  const { t, locale } = useI18n();
  return (
    <ChoiceGroup
      legend={t("auth.fields.locale")}
      name="locale"
      type="radio"
      options={locales.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
      defaultValue={defaultValue ?? locale}
      errors={errors}
    />
  );
}

/** Languages someone can work in (checkboxes, posted as `languages`). */
export function WorkingLanguagesField({ legend, defaultValue, errors }: { legend: string; defaultValue: string[]; errors?: string[] }) {
  const { t } = useI18n();
  return (
    <ChoiceGroup
      legend={legend}
      name="languages"
      options={locales.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
