"use client";

import { useActionState, useState } from "react";
import { ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";

export interface SessionRecordDefaults {
  version: number;
  agenda: string;
  notes: string;
  decisions: string;
  outcome: "planned" | "held" | "missed";
  durationMinutes: number | null;
  rating: number | null;
  present: string[];
}

/** Agenda, notes and decisions at any time; once held, length, rating and attendance. */
export function SessionRecordForm({ action, defaults, participants, canLog }: { action: FormAction; defaults: SessionRecordDefaults; participants: { value: string; label: string }[]; canLog: boolean }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const [outcome, setOutcome] = useState(typed(state, "outcome") ?? defaults.outcome);
  const errors = state.errors ?? {};
  const text = (name: "agenda" | "notes" | "decisions") => typed(state, name) ?? defaults[name];
  const outcomes = (canLog ? (["planned", "held", "missed"] as const) : (["planned"] as const)).filter((o) => o !== "planned" || defaults.outcome === "planned");
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} id="record-message" />
      <input type="hidden" name="version" value={defaults.version} />
      <TextAreaField label={t("sessions.record.agenda")} name="agenda" rows={3} defaultValue={text("agenda")} errors={errors.agenda} />
      <TextAreaField label={t("sessions.record.notes")} name="notes" rows={5} defaultValue={text("notes")} errors={errors.notes} />
      <TextAreaField label={t("sessions.record.decisions")} name="decisions" rows={3} defaultValue={text("decisions")} errors={errors.decisions} />
      <fieldset className="space-y-1">
        <legend className="font-medium text-ink">{t("sessions.record.outcome")}</legend>
        {outcomes.map((o) => (
          <label key={o} className="flex items-center gap-2 rounded px-1 py-1 hover:bg-brand-50">
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} className="h-4 w-4 accent-brand-600" />
            <span>{t(`sessions.record.outcomes.${o}`)}</span>
          </label>
        ))}
      </fieldset>
      {outcome === "held" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("sessions.record.durationMinutes")}
            hint={t("sessions.record.durationHint")}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={600}
            defaultValue={typed(state, "durationMinutes") ?? (defaults.durationMinutes === null ? "" : String(defaults.durationMinutes))}
            errors={errors.durationMinutes}
            required
          />
          <SelectField
            label={t("sessions.record.rating")}
            name="rating"
            options={[5, 4, 3, 2, 1].map((r) => ({ value: String(r), label: t("sessions.record.ratingValue", { rating: r }) }))}
            placeholder={t("sessions.record.ratingNone")}
            defaultValue={typed(state, "rating") ?? (defaults.rating === null ? "" : String(defaults.rating))}
            errors={errors.rating}
          />
          <div className="sm:col-span-2">
            <ChoiceGroup legend={t("sessions.record.attendance")} name="present" options={participants} defaultValue={typedList(state, "present") ?? defaults.present} errors={errors.present} />
          </div>
        </div>
      ) : null}
      <SubmitButton pendingLabel={t("common.pending")}>{t("sessions.record.save")}</SubmitButton>
    </form>
  );
}
