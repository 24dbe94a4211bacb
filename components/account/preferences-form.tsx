"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { PreferredLanguageField } from "@/components/forms/language-fields";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function PreferencesForm({ action, timeZone, timeZones }: { action: FormAction; timeZone: string; timeZones: { value: string; label: string }[] }) {
  const { t, locale } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <PreferredLanguageField defaultValue={typed(state, "locale") ?? locale} errors={state.errors?.locale} />
      <SelectField label={t("common.account.timeZone")} name="timeZone" options={timeZones} defaultValue={typed(state, "timeZone") ?? timeZone} errors={state.errors?.timeZone} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("common.account.save")}</SubmitButton>
    </form>
  );
}
