"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";
import { KPI_DIRECTIONS, KPI_METRICS, KPI_UNITS } from "@/lib/campaigns/catalogue";

/** A new indicator of a campaign, with its starting point and its target. */
export function KpiForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="kpi-name" name="name" label={t("campaigns.workspace.kpi.name")} required defaultValue={typed(state, "name")} errors={e.name} />
        <TextField id="kpi-code" name="code" label={t("campaigns.workspace.kpi.code")} hint={t("campaigns.workspace.kpi.codeHint")} defaultValue={typed(state, "code")} errors={e.code} />
        <SelectField id="kpi-metric" name="metric" label={t("campaigns.workspace.kpi.metric")} options={KPI_METRICS.map((m) => ({ value: m, label: t(`campaigns.metrics.${m}`) }))} defaultValue={typed(state, "metric")} errors={e.metric} />
        <SelectField id="kpi-unit" name="unit" label={t("campaigns.workspace.kpi.unit")} options={KPI_UNITS.map((u) => ({ value: u, label: t(`campaigns.units.${u}`) }))} defaultValue={typed(state, "unit")} errors={e.unit} />
        <SelectField id="kpi-direction" name="direction" label={t("campaigns.workspace.kpi.direction")} options={KPI_DIRECTIONS.map((d) => ({ value: d, label: t(`campaigns.directions.${d}`) }))} defaultValue={typed(state, "direction")} errors={e.direction} />
        <div className="grid grid-cols-2 gap-4">
          <TextField id="kpi-baseline" name="baseline" inputMode="decimal" label={t("campaigns.workspace.kpi.baseline")} required defaultValue={typed(state, "baseline") ?? "0"} errors={e.baseline} />
          <TextField id="kpi-target" name="target" inputMode="decimal" label={t("campaigns.workspace.kpi.target")} required defaultValue={typed(state, "target")} errors={e.target} />
        </div>
      </div>
      <FormMessage state={state} id="kpi-form-message" />
      <SubmitButton pendingLabel={t("common.pending")}>{t("campaigns.workspace.kpi.add")}</SubmitButton>
    </form>
  );
}
