"use client";

import { useActionState } from "react";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";
import { CAMPAIGN_CHANNELS, CAMPAIGN_KINDS } from "@/lib/campaigns/catalogue";

/** A new campaign: what it is for, for whom, where, and when. */
export function CampaignForm({ action, objectives }: { action: FormAction; objectives: { objective: string }[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label={t("campaigns.workspace.fields.name")} required defaultValue={typed(state, "name")} errors={e.name} />
      <SelectField
        name="kind"
        label={t("campaigns.workspace.fields.kind")}
        options={CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: t(`campaigns.kinds.${kind}`) }))}
        defaultValue={typed(state, "kind") ?? "donation"}
        errors={e.kind}
      />
      <TextAreaField name="objective" label={t("campaigns.workspace.fields.objective")} hint={t("campaigns.workspace.fields.objectiveHint")} required defaultValue={typed(state, "objective")} errors={e.objective} />
      <SelectField
        name="strategyObjectiveIndex"
        label={t("campaigns.workspace.fields.strategyObjective")}
        hint={objectives.length === 0 ? t("campaigns.workspace.fields.noStrategyObjectives") : undefined}
        placeholder={t("campaigns.workspace.fields.noLink")}
        options={objectives.map((o, i) => ({ value: String(i), label: `${t("strategy.export.objectiveNumber", { number: i + 1 })}${o.objective ? ` — ${o.objective.slice(0, 80)}` : ""}` }))}
        defaultValue={typed(state, "strategyObjectiveIndex") ?? ""}
        errors={e.strategyObjectiveIndex}
      />
      <TextAreaField name="audience" label={t("campaigns.workspace.fields.audience")} required defaultValue={typed(state, "audience")} errors={e.audience} />
      <ChoiceGroup
        legend={t("campaigns.workspace.fields.channels")}
        name="channels"
        options={CAMPAIGN_CHANNELS.map((c) => ({ value: c, label: t(`campaigns.channels.${c}`) }))}
        defaultValue={typedList(state, "channels")}
        errors={e.channels}
        columns={3}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" name="startDate" label={t("campaigns.workspace.fields.startDate")} required defaultValue={typed(state, "startDate")} errors={e.startDate} />
        <TextField type="date" name="endDate" label={t("campaigns.workspace.fields.endDate")} required defaultValue={typed(state, "endDate")} errors={e.endDate} />
      </div>
      <SubmitButton pendingLabel={t("common.pending")}>{t("campaigns.workspace.create")}</SubmitButton>
    </form>
  );
}
