"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** A one-button form for a state change (submit, approve, withdraw…), with its outcome announced. */
export function ActionButton({ action, children, variant = "primary", id }: { action: FormAction; children: ReactNode; variant?: "primary" | "secondary" | "danger"; id: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} id={`${id}-message`} />
      <SubmitButton variant={variant} pendingLabel={t("common.pending")}>
        {children}
      </SubmitButton>
    </form>
  );
}
