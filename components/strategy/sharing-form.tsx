"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** One side's consent to let later pairings copy the document; both sides must agree. */
export function SharingForm({ action, sharedByMe }: { action: FormAction; sharedByMe: boolean }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="shared" value={sharedByMe ? "false" : "true"} />
      <FormMessage state={state} id="sharing-message" />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t(sharedByMe ? "strategy.workspace.sharing.withdraw" : "strategy.workspace.sharing.agree")}
      </SubmitButton>
    </form>
  );
}
