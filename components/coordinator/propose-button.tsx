"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** "Propose" by default; the cohort console's swap reuses it with its own label. */
export function ProposeButton({ action, id, name, score, rank, label }: { action: FormAction; id: string; name: string; score?: number; rank?: number; label?: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} id={`${id}-message`} />
      {score !== undefined ? <input type="hidden" name="matchScore" value={score} /> : null}
      {rank !== undefined ? <input type="hidden" name="matchRank" value={rank} /> : null}
      {state.status !== "success" ? (
        <SubmitButton pendingLabel={t("common.pending")}>
          {label ?? t("coordinator.need.propose")}
          <span className="sr-only"> {name}</span>
        </SubmitButton>
      ) : null}
    </form>
  );
}
