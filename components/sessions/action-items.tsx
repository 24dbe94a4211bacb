"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/primitives";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export interface ActionItemRow {
  id: string;
  title: string;
  ownerName: string | null;
  dueLabel: string | null;
  overdue: boolean;
  done: boolean;
  toggle: FormAction;
}

/** The pairing's action items with a button to mark each done (or reopen it). */
export function ActionItemList({ items }: { items: ActionItemRow[] }) {
  const { t } = useI18n();
  if (!items.length) return <p className="text-muted">{t("sessions.actionItems.none")}</p>;
  return (
    <ul className="divide-y divide-gray-200">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <p className={item.done ? "text-muted line-through" : "font-medium"}>{item.title}</p>
            <p className="text-sm text-muted">
              {t("sessions.actionItems.meta", { owner: item.ownerName ?? t("sessions.actionItems.noOwner"), due: item.dueLabel ?? t("sessions.actionItems.noDue") })}{" "}
              {item.done ? <Badge tone="green">{t("sessions.actionItems.done")}</Badge> : item.overdue ? <Badge tone="red">{t("sessions.actionItems.overdue")}</Badge> : null}
            </p>
          </div>
          <ActionButton id={`item-${item.id}`} action={item.toggle} variant="secondary">
            <span aria-hidden="true">{item.done ? t("sessions.actionItems.reopen") : t("sessions.actionItems.markDone")}</span>
            <span className="sr-only">{item.done ? t("sessions.actionItems.reopenLabel", { title: item.title }) : t("sessions.actionItems.markDoneLabel", { title: item.title })}</span>
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}

export function ActionItemForm({ action, owners, occurrenceId }: { action: FormAction; owners: { value: string; label: string }[]; occurrenceId?: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage state={state} id="action-item-message" />
      {occurrenceId ? <input type="hidden" name="occurrenceId" value={occurrenceId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id="action-item-title" label={t("sessions.actionItems.fields.title")} name="title" defaultValue={typed(state, "title") ?? ""} errors={state.errors?.title} required />
        <SelectField id="action-item-owner" label={t("sessions.actionItems.fields.ownerId")} name="ownerId" options={owners} placeholder={t("sessions.actionItems.noOwner")} defaultValue={typed(state, "ownerId") ?? ""} errors={state.errors?.ownerId} />
        <TextField id="action-item-due" label={t("sessions.actionItems.fields.dueOn")} name="dueOn" type="date" defaultValue={typed(state, "dueOn") ?? ""} errors={state.errors?.dueOn} />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
        {t("sessions.actionItems.add")}
      </SubmitButton>
    </form>
  );
}
