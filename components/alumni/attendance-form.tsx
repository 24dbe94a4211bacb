"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

export function AttendanceForm({ action, invitees }: { action: FormAction; invitees: { alumniId: string; name: string; side: string; attended: boolean | null }[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} id="attendance-message" />
      <fieldset>
        <legend className="mb-2 font-medium">{t("alumni.events.attendanceLegend")}</legend>
        <ul className="grid gap-1 sm:grid-cols-2">
          {invitees.map((i) => (
            <li key={i.alumniId} className="flex items-center gap-2">
              <input id={`attended-${i.alumniId}`} type="checkbox" name="attended" value={i.alumniId} defaultChecked={i.attended === true} className="h-4 w-4 accent-brand-600" />
              <label htmlFor={`attended-${i.alumniId}`}>
                {i.name} <span className="text-sm text-muted">({i.side})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton pendingLabel={t("common.pending")}>{t("alumni.events.saveAttendance")}</SubmitButton>
    </form>
  );
}
