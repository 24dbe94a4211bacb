"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

export function DeleteAccountForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} id="delete-message" />
      <TextField id="delete-confirm" label={t("common.account.deleteConfirm")} name="confirmEmail" type="email" autoComplete="off" errors={state.errors?.confirmEmail} />
      <SubmitButton variant="danger" pendingLabel={t("common.pending")}>
        {t("common.account.deleteSubmit")}
      </SubmitButton>
    </form>
  );
}
