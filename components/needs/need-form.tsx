"use client";

import { useActionState } from "react";
import { CheckboxField, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { slotsFromState, slotsKey, WeeklySlotsField } from "@/components/forms/weekly-slots-field";
import { WorkingLanguagesField } from "@/components/forms/language-fields";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";

type Option = { value: string; label: string };

export interface NeedFormDefaults {
  needTypeId?: string;
  programId?: string;
  organisationId?: string;
  title?: string;
  goals?: string;
  context?: string;
  desiredStartOn?: string;
  durationWeeks?: number;
  timeZone: string;
  languages: string[];
  availability: { weekday: number; startMinute: number; endMinute: number }[];
  livedExperienceAsked?: boolean;
  minSeniorityYears?: number;
  sectorExperienceRequired?: boolean;
  version?: number;
}

export function NeedForm({
  action,
  defaults,
  needTypes,
  programs,
  organisations,
  timeZones,
}: {
  action: FormAction;
  defaults: NeedFormDefaults;
  needTypes: (Option & { description: string })[];
  programs: Option[];
  organisations: Option[];
  timeZones: Option[];
}) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const errored = state.status === "error";
  // After an error, show exactly what was typed (an unchecked box is absent from the form data).
  const checked = (name: string, stored?: boolean) => (errored ? typed(state, name) === "on" : Boolean(stored));
  const value = (name: string, stored?: string | number) => typed(state, name) ?? (stored === undefined ? undefined : String(stored));
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      {organisations.length > 1 ? (
        <SelectField label={t("needs.fields.organisation")} name="organisationId" options={organisations} defaultValue={value("organisationId", defaults.organisationId)} errors={state.errors?.organisationId} />
      ) : (
        <input type="hidden" name="organisationId" value={organisations[0]?.value ?? ""} />
      )}
      {programs.length > 1 ? (
        <SelectField label={t("needs.fields.program")} name="programId" options={programs} defaultValue={value("programId", defaults.programId)} errors={state.errors?.programId} />
      ) : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("needs.form.whatSection")}</legend>
        <ChoiceGroup
          legend={t("needs.fields.needType")}
          name="needTypeId"
          type="radio"
          options={needTypes.map((n) => ({ value: n.value, label: n.label }))}
          defaultValue={value("needTypeId", defaults.needTypeId)}
          errors={state.errors?.needTypeId}
          hint={t("needs.fields.needTypeHint")}
        />
        <TextField label={t("needs.fields.title")} name="title" required defaultValue={value("title", defaults.title)} hint={t("needs.fields.titleHint")} errors={state.errors?.title} />
        <TextAreaField label={t("needs.fields.goals")} name="goals" required rows={5} defaultValue={value("goals", defaults.goals)} hint={t("needs.fields.goalsHint")} errors={state.errors?.goals} />
        <TextAreaField label={t("needs.fields.context")} name="context" rows={3} defaultValue={value("context", defaults.context)} hint={t("needs.fields.contextHint")} errors={state.errors?.context} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("needs.form.whenSection")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("needs.fields.desiredStartOn")} name="desiredStartOn" type="date" required defaultValue={value("desiredStartOn", defaults.desiredStartOn)} errors={state.errors?.desiredStartOn} />
          <TextField
            label={t("needs.fields.durationWeeks")}
            name="durationWeeks"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            required
            defaultValue={value("durationWeeks", defaults.durationWeeks)}
            errors={state.errors?.durationWeeks}
          />
        </div>
        <SelectField label={t("needs.fields.timeZone")} name="timeZone" options={timeZones} defaultValue={value("timeZone", defaults.timeZone)} errors={state.errors?.timeZone} />
        <WeeklySlotsField
          key={slotsKey(state.values)}
          legend={t("needs.fields.availability")}
          hint={t("needs.fields.availabilityHint")}
          initial={slotsFromState(errored ? state.values : undefined, defaults.availability)}
          errors={state.errors?.availability}
        />
        <WorkingLanguagesField legend={t("needs.fields.languages")} defaultValue={typedList(state, "languages") ?? defaults.languages} errors={state.errors?.languages} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("needs.form.mentorSection")}</legend>
        <p className="text-sm text-muted">{t("needs.form.mentorIntro")}</p>
        <TextField
          label={t("needs.fields.minSeniorityYears")}
          name="minSeniorityYears"
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          defaultValue={value("minSeniorityYears", defaults.minSeniorityYears)}
          errors={state.errors?.minSeniorityYears}
        />
        <CheckboxField label={t("needs.fields.sectorExperienceRequired")} name="sectorExperienceRequired" defaultChecked={checked("sectorExperienceRequired", defaults.sectorExperienceRequired)} />
        <CheckboxField
          label={t("needs.fields.livedExperienceAsked")}
          name="livedExperienceAsked"
          hint={t("needs.fields.livedExperienceHint")}
          defaultChecked={checked("livedExperienceAsked", defaults.livedExperienceAsked)}
        />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="submit" pendingLabel={t("common.pending")}>
          {t("needs.form.submit")}
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel={t("common.pending")}>
          {t("needs.form.saveDraft")}
        </SubmitButton>
      </div>
    </form>
  );
}
