"use client";

import { useActionState } from "react";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function EventForm({ action, programs, timeZone }: { action: FormAction; programs: { value: string; label: string }[]; timeZone: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const keep = (name: string) => (state.status === "error" ? typed(state, name) : undefined);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <SelectField label={t("alumni.events.fields.program")} name="programId" required options={programs} defaultValue={keep("programId") ?? programs[0]?.value} errors={e.programId} />
      <TextField label={t("alumni.events.fields.title")} name="title" required defaultValue={keep("title")} errors={e.title} />
      <TextAreaField label={t("alumni.events.fields.description")} name="description" rows={3} defaultValue={keep("description")} errors={e.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("alumni.events.fields.date")} name="date" type="date" required defaultValue={keep("date")} errors={e.date} />
        <TextField label={t("alumni.events.fields.time")} name="time" type="time" required hint={t("alumni.events.fields.timeHint", { zone: timeZone })} defaultValue={keep("time") ?? "18:00"} errors={e.time} />
      </div>
      <TextField label={t("alumni.events.fields.place")} name="place" hint={t("alumni.events.fields.placeHint")} defaultValue={keep("place")} errors={e.place} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("alumni.events.create")}</SubmitButton>
    </form>
  );
}
