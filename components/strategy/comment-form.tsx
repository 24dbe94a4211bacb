"use client";

import { useActionState } from "react";
import { TextAreaField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** A new comment on a section, or a reply to a thread when `parentId` is given. */
export function CommentForm({ action, section, parentId, id }: { action: FormAction; section: string; parentId?: string; id: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="section" value={section} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <TextAreaField
        id={id}
        name="body"
        rows={parentId ? 2 : 3}
        label={t(parentId ? "strategy.workspace.comments.replyLabel" : "strategy.workspace.comments.newLabel")}
        errors={state.errors?.body}
        defaultValue={state.status === "error" ? typed(state, "body") : ""}
        required
      />
      <FormMessage state={state} id={`${id}-message`} />
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t(parentId ? "strategy.workspace.comments.reply" : "strategy.workspace.comments.submit")}
      </SubmitButton>
    </form>
  );
}
