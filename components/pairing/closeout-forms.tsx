"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { CheckboxField, TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** Complete the pairing, or end it early with a reason. */
export function CloseForms({ completeAction, endAction, canComplete }: { completeAction: FormAction; endAction: FormAction; canComplete: boolean }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(endAction, initialFormState);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {canComplete ? (
        <div className="space-y-2">
          <p className="text-muted">{t("sessions.closeOut.completeHelp")}</p>
          <ActionButton id="complete" action={completeAction}>
            {t("sessions.closeOut.complete")}
          </ActionButton>
        </div>
      ) : null}
      <form action={formAction} noValidate className="space-y-2">
        <FormMessage state={state} id="end-message" />
        <TextAreaField id="end-reason" label={t("sessions.closeOut.endReason")} name="reason" rows={3} required defaultValue={typed(state, "reason")} errors={state.errors?.reason} />
        <SubmitButton variant="danger" pendingLabel={t("common.pending")}>
          {t("sessions.closeOut.endConfirm")}
        </SubmitButton>
      </form>
    </div>
  );
}

const RESULTS = ["achieved", "partly", "not"] as const;

/** The close-out survey: each goal's outcome, satisfaction 1–5, what to keep, a testimonial and consent. */
export function SurveyForm({ action, goals }: { action: FormAction; goals: string[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.errors ?? {};
  if (state.status === "success") return <FormMessage state={state} id="survey-message" />;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} id="survey-message" />
      {goals.map((goal, i) => (
        <fieldset key={i} className="space-y-2 rounded-md border border-gray-200 p-3" aria-describedby={errors[`outcomes.${i}.result`] ? `outcome-${i}-error` : undefined}>
          <legend className="px-1 font-medium">{t("sessions.closeOut.goal", { goal })}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {RESULTS.map((r) => (
              <label key={r} className="flex items-center gap-2">
                <input type="radio" name={`outcome_${i}`} value={r} defaultChecked={typed(state, `outcome_${i}`) === r} className="h-4 w-4 accent-brand-600" />
                {t(`sessions.closeOut.outcomes.${r}`)}
              </label>
            ))}
          </div>
          {errors[`outcomes.${i}.result`] ? (
            <p id={`outcome-${i}-error`} className="text-sm font-medium text-red-700">
              {errors[`outcomes.${i}.result`]?.[0]}
            </p>
          ) : null}
          <TextAreaField id={`outcome-note-${i}`} label={t("sessions.closeOut.outcomeNote")} name={`outcomeNote_${i}`} rows={2} defaultValue={typed(state, `outcomeNote_${i}`)} />
        </fieldset>
      ))}
      <fieldset className="space-y-1" aria-describedby={errors.satisfaction ? "satisfaction-error" : undefined}>
        <legend className="font-medium">{t("sessions.closeOut.satisfaction")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex items-center gap-2">
              <input type="radio" name="satisfaction" value={n} defaultChecked={typed(state, "satisfaction") === String(n)} className="h-4 w-4 accent-brand-600" />
              {t("sessions.closeOut.satisfactionValue", { count: n })}
            </label>
          ))}
        </div>
        {errors.satisfaction ? (
          <p id="satisfaction-error" className="text-sm font-medium text-red-700">
            {errors.satisfaction[0]}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField label={t("sessions.closeOut.keep")} name="keep" rows={3} defaultValue={typed(state, "keep")} errors={errors.keep} />
      <TextAreaField label={t("sessions.closeOut.testimonial")} hint={t("sessions.closeOut.testimonialHint")} name="testimonial" rows={3} defaultValue={typed(state, "testimonial")} errors={errors.testimonial} />
      <CheckboxField label={t("sessions.closeOut.consent")} name="testimonialConsent" defaultChecked={typed(state, "testimonialConsent") === "on"} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("sessions.closeOut.submit")}</SubmitButton>
    </form>
  );
}
