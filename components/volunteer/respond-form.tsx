"use client";

import { useActionState, useState } from "react";
import { TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** Accept a proposal, or decline it with a reason (the reason field appears on demand). */
export function RespondForm({ action, id }: { action: FormAction; id: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const [declining, setDeclining] = useState(false);
  const showReason = declining || typed(state, "decision") === "decline";
  return (
    <div className="space-y-3">
      <FormMessage state={state} id={`${id}-message`} />
      {state.status !== "success" ? (
        <>
          <form action={formAction}>
            <input type="hidden" name="decision" value="accept" />
            <SubmitButton pendingLabel={t("common.pending")}>{t("volunteer.proposals.accept")}</SubmitButton>
          </form>
          {showReason ? (
            <form action={formAction} noValidate className="space-y-2">
              <input type="hidden" name="decision" value="decline" />
              <TextAreaField
                id={`${id}-reason`}
                label={t("volunteer.proposals.declineReason")}
                name="reason"
                rows={3}
                required
                defaultValue={typed(state, "reason")}
                errors={state.errors?.reason}
              />
              <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
                {t("volunteer.proposals.confirmDecline")}
              </SubmitButton>
            </form>
          ) : (
            <button type="button" onClick={() => setDeclining(true)} className="rounded-md border border-gray-400 px-4 py-2 font-semibold hover:bg-gray-50">
              {t("volunteer.proposals.decline")}
            </button>
          )}
        </>
      ) : null}
    </div>
  );
}
