"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** Offer to help with a need, with an optional word for the coordinator. Labels come translated from the page. */
export function InterestForm({ action, id, title, labels }: { action: FormAction; id: string; title: string; labels: { message: string; hint: string; submit: string } }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} id={`${id}-message`} />
      <TextAreaField
        id={`${id}-note`}
        name="message"
        rows={2}
        label={labels.message}
        hint={labels.hint}
        defaultValue={typed(state, "message")}
        errors={state.errors?.message}
      />
      <SubmitButton pendingLabel={t("common.pending")}>
        {labels.submit}
        <span className="sr-only"> {title}</span>
      </SubmitButton>
    </form>
  );
}
