"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { ChoiceGroup, SelectField, TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

function ReasonForm({ id, action, label, submit, variant, required }: { id: string; action: FormAction; label: string; submit: string; variant: "primary" | "secondary" | "danger"; required?: boolean }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const fieldName = id.endsWith("message") ? "message" : "reason";
  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormMessage state={state} id={`${id}-status`} />
      {state.status !== "success" ? (
        <>
          <TextAreaField id={id} label={label} name={fieldName} rows={2} required={required} defaultValue={typed(state, fieldName)} errors={state.errors?.[fieldName]} />
          <SubmitButton variant={variant} pendingLabel={t("common.pending")}>
            {submit}
          </SubmitButton>
        </>
      ) : null}
    </form>
  );
}

/** What a coordinator can do for an at-risk pairing: write to both sides, pause, rematch, end. */
export function HealthActions({ pairingId, paused, actions }: { pairingId: string; paused: boolean; actions: { message: FormAction; pause: FormAction; resume: FormAction; rematch: FormAction; end: FormAction } }) {
  const { t } = useI18n();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ReasonForm id={`${pairingId}-message`} action={actions.message} label={t("sessions.health.messageLabel")} submit={t("sessions.health.send")} variant="primary" required />
      {paused ? (
        <ActionButton id={`${pairingId}-resume`} action={actions.resume} variant="secondary">
          {t("sessions.health.resume")}
        </ActionButton>
      ) : (
        <ReasonForm id={`${pairingId}-pause`} action={actions.pause} label={t("sessions.health.pauseReason")} submit={t("sessions.health.pause")} variant="secondary" />
      )}
      <div className="space-y-1">
        <p className="text-sm text-muted">{t("sessions.health.rematchHelp")}</p>
        <ReasonForm id={`${pairingId}-rematch`} action={actions.rematch} label={t("sessions.health.rematchReason")} submit={t("sessions.health.rematchConfirm")} variant="secondary" required />
      </div>
      <ReasonForm id={`${pairingId}-end`} action={actions.end} label={t("sessions.health.endReason")} submit={t("sessions.health.endConfirm")} variant="danger" required />
    </div>
  );
}

export function ProposeNextButton({ action, name, needId }: { action: FormAction; name: string; needId: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} id={`next-${needId}-status`} />
      {state.status !== "success" ? <SubmitButton pendingLabel={t("common.pending")}>{t("sessions.health.proposeNext", { name })}</SubmitButton> : null}
    </form>
  );
}

export function ProposalSettingsForm({ action, programId, programName, ttlHours, cascadeMode, ttlChoices }: { action: FormAction; programId: string; programName: string; ttlHours: number; cascadeMode: string; ttlChoices: readonly number[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const choices = ttlChoices.includes(ttlHours) ? ttlChoices : [...ttlChoices, ttlHours].sort((a, b) => a - b);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} id={`settings-${programId}-status`} />
      <SelectField
        id={`ttl-${programId}`}
        label={t("sessions.health.ttl")}
        name="proposalTtlHours"
        options={choices.map((h) => ({ value: String(h), label: String(h) }))}
        defaultValue={typed(state, "proposalTtlHours") ?? String(ttlHours)}
        errors={state.errors?.proposalTtlHours}
      />
      <ChoiceGroup
        legend={t("sessions.health.cascade")}
        name="cascadeMode"
        type="radio"
        columns={1}
        options={(["MANUAL", "AUTOMATIC"] as const).map((m) => ({ value: m, label: t(`sessions.health.cascadeModes.${m}`) }))}
        defaultValue={typed(state, "cascadeMode") ?? cascadeMode}
        errors={state.errors?.cascadeMode}
      />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t("sessions.health.saveSettings", { program: programName })}
      </SubmitButton>
    </form>
  );
}
