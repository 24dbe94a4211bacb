"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

const RELATIONS = ["EMPLOYEE", "BOARD_MEMBER", "OTHER"] as const;

/**
 * "Not for me" about one organisation, behind a disclosure: declare a conflict of interest
 * (relation and an optional note), or simply ask not to be proposed its needs.
 * `id` makes every field id unique when several organisations are on the page.
 */
export function OrganisationExclusion({
  id,
  organisationName,
  conflictAction,
  optOutAction,
  headingLevel = 3,
}: {
  id: string;
  /** The form's heading level under the page's own headings. */
  headingLevel?: 3 | 5;
  organisationName: string;
  conflictAction: FormAction;
  optOutAction: FormAction;
}) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(conflictAction, initialFormState);
  const Heading = headingLevel === 3 ? "h3" : "h5";
  return (
    <details className="group rounded-md border border-gray-200 bg-gray-50" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-brand-700 underline-offset-2 hover:underline">
        {t("volunteer.exclusions.notForMe")}
        <span className="sr-only"> {organisationName}</span>
      </summary>
      <div className="space-y-4 border-t border-gray-200 bg-white p-3">
        <form action={formAction} noValidate className="space-y-3">
          <Heading className="font-semibold">{t("volunteer.exclusions.conflictTitle", { organisation: organisationName })}</Heading>
          <FormMessage state={state} id={`${id}-conflict-message`} />
          <SelectField
            id={`${id}-relation`}
            name="relation"
            label={t("volunteer.exclusions.relation")}
            required
            placeholder={t("volunteer.exclusions.relationPlaceholder")}
            options={RELATIONS.map((r) => ({ value: r, label: t(`volunteer.exclusions.relations.${r}`) }))}
            defaultValue={typed(state, "relation") ?? ""}
            errors={state.errors?.relation}
          />
          <TextField
            id={`${id}-note`}
            name="note"
            label={t("volunteer.exclusions.note")}
            hint={t("volunteer.exclusions.noteHint")}
            maxLength={500}
            defaultValue={typed(state, "note") ?? ""}
            errors={state.errors?.note}
          />
          <SubmitButton pendingLabel={t("common.pending")}>
            {t("volunteer.exclusions.declareConflict")}
            <span className="sr-only"> {organisationName}</span>
          </SubmitButton>
        </form>
        <div className="space-y-2 border-t border-gray-200 pt-3">
          <p className="text-sm text-muted">{t("volunteer.exclusions.optOutHint")}</p>
          <ActionButton id={`${id}-opt-out`} variant="secondary" action={optOutAction}>
            {t("volunteer.exclusions.optOutOrganisation")}
            <span className="sr-only"> {organisationName}</span>
          </ActionButton>
        </div>
      </div>
    </details>
  );
}
