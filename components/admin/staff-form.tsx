"use client";

import { useActionState } from "react";
import { ChoiceGroup, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { PreferredLanguageField } from "@/components/forms/language-fields";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, typedList, type FormAction } from "@/lib/forms/state";

export function StaffForm({ action, programs }: { action: FormAction; programs: { value: string; label: string }[] }) {
  const { t, locale } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const keep = state.status === "error";
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("auth.fields.name")} name="name" required defaultValue={keep ? typed(state, "name") : undefined} errors={state.errors?.name} />
        <TextField label={t("auth.fields.email")} name="email" type="email" required defaultValue={keep ? typed(state, "email") : undefined} errors={state.errors?.email} />
      </div>
      <ChoiceGroup
        legend={t("admin.staff.role")}
        name="role"
        type="radio"
        options={[
          { value: "COORDINATOR", label: t("admin.roles.COORDINATOR") },
          { value: "ADMIN", label: t("admin.roles.ADMIN") },
        ]}
        defaultValue={(keep ? typed(state, "role") : undefined) ?? "COORDINATOR"}
        errors={state.errors?.role}
      />
      <ChoiceGroup legend={t("admin.staff.programs")} name="programIds" options={programs} defaultValue={keep ? typedList(state, "programIds") : []} errors={state.errors?.programIds} />
      <PreferredLanguageField defaultValue={(keep ? typed(state, "locale") : undefined) ?? locale} errors={state.errors?.locale} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("admin.staff.submit")}</SubmitButton>
    </form>
  );
}
