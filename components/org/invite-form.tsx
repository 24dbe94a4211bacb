"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function InviteForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} />
      <TextField
        label={t("org.members.inviteEmail")}
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.status === "error" ? typed(state, "email") : undefined}
        errors={state.errors?.email}
      />
      <SubmitButton pendingLabel={t("common.pending")}>{t("org.members.inviteSubmit")}</SubmitButton>
    </form>
  );
}
