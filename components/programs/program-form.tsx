"use client";

import { useActionState } from "react";
import { CheckboxField, ChoiceGroup, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";

export interface ProgramDefaults {
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  startsOn: string;
  endsOn: string;
  needTypeIds: string[];
  hourlyValue: string;
  proposalTtlHours: string;
  cascadeMode: string;
  minimumMatchScore: string;
  active: boolean;
}

export function ProgramForm({ action, needTypes, defaults, submitLabel }: { action: FormAction; needTypes: { value: string; label: string }[]; defaults: ProgramDefaults; submitLabel: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const keep = state.status === "error";
  const value = (name: keyof ProgramDefaults) => (keep ? (typed(state, name) ?? "") : String(defaults[name]));
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("programs.form.identity")}</legend>
        <TextField label={t("programs.fields.nameFr")} name="nameFr" required lang="fr" defaultValue={value("nameFr")} errors={e.nameFr} />
        <TextField label={t("programs.fields.nameEn")} name="nameEn" required lang="en" defaultValue={value("nameEn")} errors={e.nameEn} />
        <TextAreaField label={t("programs.fields.descriptionFr")} name="descriptionFr" lang="fr" rows={3} defaultValue={value("descriptionFr")} errors={e.descriptionFr} />
        <TextAreaField label={t("programs.fields.descriptionEn")} name="descriptionEn" lang="en" rows={3} defaultValue={value("descriptionEn")} errors={e.descriptionEn} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("programs.form.cohort")}</legend>
        <TextField label={t("programs.fields.startsOn")} name="startsOn" type="date" required defaultValue={value("startsOn")} errors={e.startsOn} />
        <TextField label={t("programs.fields.endsOn")} name="endsOn" type="date" hint={t("programs.fields.endsOnHint")} defaultValue={value("endsOn")} errors={e.endsOn} />
      </fieldset>
      <ChoiceGroup legend={t("programs.fields.needTypes")} name="needTypeIds" options={needTypes} defaultValue={keep ? typedList(state, "needTypeIds") : defaults.needTypeIds} errors={e.needTypeIds} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("programs.form.matching")}</legend>
        <TextField label={t("programs.fields.proposalTtlHours")} name="proposalTtlHours" inputMode="numeric" required hint={t("programs.fields.proposalTtlHint")} defaultValue={value("proposalTtlHours")} errors={e.proposalTtlHours} />
        <TextField label={t("programs.fields.minimumMatchScore")} name="minimumMatchScore" inputMode="numeric" required hint={t("programs.fields.minimumMatchScoreHint")} defaultValue={value("minimumMatchScore")} errors={e.minimumMatchScore} />
        <ChoiceGroup
          legend={t("programs.fields.cascadeMode")}
          name="cascadeMode"
          type="radio"
          columns={1}
          options={[
            { value: "MANUAL", label: t("programs.cascade.MANUAL") },
            { value: "AUTOMATIC", label: t("programs.cascade.AUTOMATIC") },
          ]}
          defaultValue={value("cascadeMode")}
          errors={e.cascadeMode}
        />
      </fieldset>
      <TextField label={t("programs.fields.hourlyValue")} name="hourlyValue" inputMode="decimal" required hint={t("programs.fields.hourlyValueHint")} defaultValue={value("hourlyValue")} errors={e.hourlyValue} />
      <CheckboxField label={t("programs.fields.active")} name="active" defaultChecked={keep ? typed(state, "active") === "on" : defaults.active} errors={e.active} />
      <SubmitButton pendingLabel={t("common.pending")}>{submitLabel}</SubmitButton>
    </form>
  );
}
