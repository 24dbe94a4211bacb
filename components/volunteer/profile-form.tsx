"use client";

import { useActionState } from "react";
import { CheckboxField, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { slotsFromState, slotsKey, WeeklySlotsField } from "@/components/forms/weekly-slots-field";
import { WorkingLanguagesField } from "@/components/forms/language-fields";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";

type Option = { value: string; label: string };

export interface ProfileDefaults {
  headline: string;
  bio: string;
  employer: string;
  seniorityYears?: number;
  capacity: number;
  timeZone: string;
  languages: string[];
  region: string;
  city: string;
  skillIds: string[];
  sectorIds: string[];
  availability: { weekday: number; startMinute: number; endMinute: number }[];
  acceptingProposals: boolean;
  identityConsent: boolean;
  identityTags: string[];
}

export function ProfileForm({
  action,
  defaults,
  skills,
  sectors,
  timeZones,
  identityTags,
}: {
  action: FormAction;
  defaults: ProfileDefaults;
  skills: Option[];
  sectors: Option[];
  timeZones: Option[];
  identityTags: Option[];
}) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const submitted = state.status !== "idle";
  const value = (name: string, stored?: string | number) => typed(state, name) ?? (stored === undefined ? undefined : String(stored));
  const list = (name: string, stored: string[]) => (submitted ? (typedList(state, name) ?? []) : stored);
  const checked = (name: string, stored: boolean) => (submitted ? typed(state, name) === "on" : stored);
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("volunteer.profile.aboutSection")}</legend>
        <TextField label={t("volunteer.fields.headline")} name="headline" required hint={t("volunteer.fields.headlineHint")} defaultValue={value("headline", defaults.headline)} errors={state.errors?.headline} />
        <TextAreaField label={t("volunteer.fields.bio")} name="bio" rows={5} defaultValue={value("bio", defaults.bio)} errors={state.errors?.bio} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("volunteer.fields.seniorityYears")}
            name="seniorityYears"
            type="number"
            inputMode="numeric"
            min={0}
            max={60}
            required
            defaultValue={value("seniorityYears", defaults.seniorityYears)}
            errors={state.errors?.seniorityYears}
          />
          <TextField label={t("volunteer.fields.employer")} name="employer" hint={t("volunteer.fields.employerHint")} defaultValue={value("employer", defaults.employer)} errors={state.errors?.employer} />
          <TextField label={t("volunteer.fields.city")} name="city" defaultValue={value("city", defaults.city)} errors={state.errors?.city} />
          <TextField label={t("volunteer.fields.region")} name="region" defaultValue={value("region", defaults.region)} errors={state.errors?.region} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("volunteer.profile.skillsSection")}</legend>
        <ChoiceGroup legend={t("volunteer.fields.skills")} name="skillIds" options={skills} defaultValue={list("skillIds", defaults.skillIds)} errors={state.errors?.skillIds} />
        <ChoiceGroup legend={t("volunteer.fields.sectors")} name="sectorIds" hint={t("volunteer.fields.sectorsHint")} options={sectors} defaultValue={list("sectorIds", defaults.sectorIds)} errors={state.errors?.sectorIds} />
        <WorkingLanguagesField legend={t("volunteer.fields.languages")} defaultValue={list("languages", defaults.languages)} errors={state.errors?.languages} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("volunteer.profile.timeSection")}</legend>
        <SelectField label={t("volunteer.fields.timeZone")} name="timeZone" options={timeZones} defaultValue={value("timeZone", defaults.timeZone)} errors={state.errors?.timeZone} />
        <WeeklySlotsField
          key={slotsKey(state.values)}
          legend={t("volunteer.fields.availability")}
          hint={t("volunteer.fields.availabilityHint")}
          initial={slotsFromState(submitted ? state.values : undefined, defaults.availability)}
          errors={state.errors?.availability}
        />
        <TextField
          label={t("volunteer.fields.capacity")}
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          required
          hint={t("volunteer.fields.capacityHint")}
          defaultValue={value("capacity", defaults.capacity)}
          errors={state.errors?.capacity}
        />
        <CheckboxField label={t("volunteer.fields.acceptingProposals")} name="acceptingProposals" defaultChecked={checked("acceptingProposals", defaults.acceptingProposals)} />
      </fieldset>

      <fieldset className="space-y-4 rounded-md border border-gray-200 p-4">
        <legend className="px-1 text-lg font-semibold">{t("volunteer.profile.identitySection")}</legend>
        <p className="text-sm text-muted">{t("volunteer.profile.identityIntro")}</p>
        <ChoiceGroup legend={t("volunteer.fields.identityTags")} name="identityTags" options={identityTags} defaultValue={list("identityTags", defaults.identityTags)} errors={state.errors?.identityTags} />
        <CheckboxField
          label={t("volunteer.fields.identityConsent")}
          name="identityConsent"
          defaultChecked={checked("identityConsent", defaults.identityConsent)}
          errors={state.errors?.identityConsent}
        />
      </fieldset>

      <SubmitButton pendingLabel={t("common.pending")}>{t("volunteer.profile.save")}</SubmitButton>
    </form>
  );
}
