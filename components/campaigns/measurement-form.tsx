"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** One dated value of an indicator; entering a date again corrects that day's value. */
export function MeasurementForm({ action, kpiId, kpiName, today }: { action: FormAction; kpiId: string; kpiName: string; today: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={t("campaigns.workspace.measurement.formLabel", { kpi: kpiName })}>
      <div className="grid gap-3 sm:grid-cols-[auto_auto_1fr]">
        <TextField id={`m-date-${kpiId}`} type="date" name="date" label={t("campaigns.workspace.measurement.date")} required defaultValue={typed(state, "date") ?? today} errors={e.date} />
        <TextField id={`m-value-${kpiId}`} name="value" inputMode="decimal" label={t("campaigns.workspace.measurement.value")} required defaultValue={state.status === "error" ? typed(state, "value") : ""} errors={e.value} />
        <TextField id={`m-note-${kpiId}`} name="note" label={t("campaigns.workspace.measurement.note")} defaultValue={state.status === "error" ? typed(state, "note") : ""} errors={e.note} />
      </div>
      <FormMessage state={state} id={`m-message-${kpiId}`} />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t("campaigns.workspace.measurement.submit")}
      </SubmitButton>
    </form>
  );
}
