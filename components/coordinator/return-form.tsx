"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function ReturnNeedForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-2">
      <FormMessage state={state} id="return-message" />
      <TextAreaField
        id="return-reason"
        label={t("coordinator.need.returnReason")}
        name="reason"
        rows={3}
        required
        defaultValue={state.status === "error" ? typed(state, "reason") : undefined}
        errors={state.errors?.reason}
      />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t("coordinator.need.return")}
      </SubmitButton>
    </form>
  );
}
