"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export interface ScheduleDefaults {
  weekday: number;
  localTime: string;
  timeZone: string;
  durationMinutes: number;
  startsOn: string;
  weeks: number;
  videoUrl: string;
  place: string;
  version?: number;
}

/** Agree (or change) the weekly slot. */
export function ScheduleForm({ action, defaults, weekdays, timeZones }: { action: FormAction; defaults: ScheduleDefaults; weekdays: { value: string; label: string }[]; timeZones: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: keyof ScheduleDefaults) => typed(state, name) ?? String(defaults[name] ?? "");
  const errors = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} id="schedule-message" />
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("sessions.slot.fields.weekday")} name="weekday" options={weekdays} defaultValue={value("weekday")} errors={errors.weekday} required />
        <TextField label={t("sessions.slot.fields.localTime")} name="localTime" type="time" defaultValue={value("localTime")} errors={errors.localTime} required />
        <SelectField
          label={t("sessions.slot.fields.timeZone")}
          hint={t("sessions.slot.fields.timeZoneHint")}
          name="timeZone"
          options={timeZones}
          defaultValue={value("timeZone")}
          errors={errors.timeZone}
          required
        />
        <TextField label={t("sessions.slot.fields.durationMinutes")} name="durationMinutes" type="number" inputMode="numeric" min={15} max={240} step={5} defaultValue={value("durationMinutes")} errors={errors.durationMinutes} required />
        <TextField label={t("sessions.slot.fields.startsOn")} name="startsOn" type="date" defaultValue={value("startsOn")} errors={errors.startsOn} required />
        <TextField label={t("sessions.slot.fields.weeks")} name="weeks" type="number" inputMode="numeric" min={1} max={52} defaultValue={value("weeks")} errors={errors.weeks} required />
        <TextField
          label={t("sessions.slot.fields.videoUrl")}
          hint={t("sessions.slot.fields.videoUrlHint")}
          name="videoUrl"
          type="url"
          defaultValue={value("videoUrl")}
          errors={errors.videoUrl}
        />
        <TextField label={t("sessions.slot.fields.place")} name="place" defaultValue={value("place")} errors={errors.place} />
      </div>
      <SubmitButton pendingLabel={t("common.pending")}>{t("sessions.slot.save")}</SubmitButton>
    </form>
  );
}
