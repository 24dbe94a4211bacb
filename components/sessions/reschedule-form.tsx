"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** Move one session (date and time typed in the viewer's own zone) or cancel it. */
export function RescheduleForm({ action, cancelAction, version, date, time, timeZoneLabel }: { action: FormAction; cancelAction: FormAction; version: number; date: string; time: string; timeZoneLabel: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <div className="space-y-4">
      <form action={formAction} noValidate className="space-y-3">
        <FormMessage state={state} id="reschedule-message" />
        <p className="text-sm text-muted">{t("sessions.reschedule.help", { timeZone: timeZoneLabel })}</p>
        <input type="hidden" name="version" value={version} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("sessions.reschedule.date")} name="date" type="date" defaultValue={typed(state, "date") ?? date} errors={state.errors?.date} required />
          <TextField label={t("sessions.reschedule.time")} name="time" type="time" defaultValue={typed(state, "time") ?? time} errors={state.errors?.time} required />
        </div>
        <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
          {t("sessions.reschedule.save")}
        </SubmitButton>
      </form>
      <ActionButton id="cancel-session" action={cancelAction} variant="danger">
        {t("sessions.reschedule.cancel")}
      </ActionButton>
    </div>
  );
}
