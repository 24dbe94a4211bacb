"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function ReferralForm({ action, id }: { action: FormAction; id: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} id={`${id}-message`} />
      <TextField id={`${id}-detail`} label={t("alumni.coordinator.referralDetail")} name="detail" defaultValue={state.status === "error" ? typed(state, "detail") : undefined} errors={state.errors?.detail} />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t("alumni.coordinator.recordReferral")}
      </SubmitButton>
    </form>
  );
}
