"use client";

import { useActionState } from "react";
import { ChoiceGroup } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typedList, type FormAction } from "@/lib/forms/state";

type Option = { value: string; label: string };

/** The kinds of need and the sectors the volunteer does not want to be proposed (catalogue codes). */
export function OptOutsForm({
  action,
  needTypes,
  sectors,
  defaults,
}: {
  action: FormAction;
  needTypes: Option[];
  sectors: Option[];
  defaults: { needTypeCodes: string[]; sectorCodes: string[] };
}) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const list = (name: string, stored: string[]) => (state.status !== "idle" ? (typedList(state, name) ?? []) : stored);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} id="opt-outs-message" />
      <ChoiceGroup
        legend={t("volunteer.exclusions.needTypes")}
        name="needTypeCodes"
        hint={t("volunteer.exclusions.needTypesHint")}
        options={needTypes}
        defaultValue={list("needTypeCodes", defaults.needTypeCodes)}
        errors={state.errors?.needTypeCodes}
      />
      <ChoiceGroup
        legend={t("volunteer.exclusions.sectors")}
        name="sectorCodes"
        hint={t("volunteer.exclusions.sectorsHint")}
        options={sectors}
        defaultValue={list("sectorCodes", defaults.sectorCodes)}
        errors={state.errors?.sectorCodes}
      />
      <SubmitButton pendingLabel={t("common.pending")}>{t("volunteer.exclusions.saveOptOuts")}</SubmitButton>
    </form>
  );
}
