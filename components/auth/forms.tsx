"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/fields";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { PreferredLanguageField } from "@/components/forms/language-fields";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

export function SignInForm({ action, next, notice }: { action: FormAction; next?: string; notice?: string }) {
  const { t, locale } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      {notice && state.status === "idle" ? <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-800">{notice}</p> : null}
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField label={t("auth.fields.email")} name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email")} errors={state.errors?.email} />
      <TextField label={t("auth.fields.password")} name="password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingLabel={t("common.pending")}>{t("auth.signIn.submit")}</SubmitButton>
        <Link href={`/${locale}/forgot-password`} className="text-brand-700 underline">
          {t("auth.signIn.forgot")}
        </Link>
      </div>
    </form>
  );
}

function AccountFields({ state, emailLocked }: { state: Parameters<typeof typed>[0]; emailLocked?: string }) {
  const { t, locale } = useI18n();
  return (
    <>
      <TextField label={t("auth.fields.name")} name="name" autoComplete="name" required defaultValue={typed(state, "name")} errors={state.errors?.name} />
      <TextField
        label={t("auth.fields.email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={typed(state, "email") ?? emailLocked}
        errors={state.errors?.email}
      />
      <TextField
        label={t("auth.fields.newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("auth.fields.passwordHint")}
        errors={state.errors?.password}
      />
      <PreferredLanguageField defaultValue={typed(state, "locale") ?? locale} errors={state.errors?.locale} />
    </>
  );
}

export function OrgSignUpForm({ action, sectors }: { action: FormAction; sectors: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("auth.signUp.org.organisationSection")}</legend>
        <TextField label={t("auth.fields.organisationName")} name="organisationName" required defaultValue={typed(state, "organisationName")} errors={state.errors?.organisationName} />
        <TextField
          label={t("auth.fields.registrationNumber")}
          name="registrationNumber"
          hint={t("auth.fields.registrationHint")}
          defaultValue={typed(state, "registrationNumber")}
          errors={state.errors?.registrationNumber}
        />
        <SelectField
          label={t("auth.fields.sector")}
          name="sectorId"
          required
          options={sectors}
          placeholder={t("common.choose")}
          defaultValue={typed(state, "sectorId") ?? ""}
          errors={state.errors?.sectorId}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label={t("auth.fields.city")} name="city" defaultValue={typed(state, "city")} errors={state.errors?.city} />
          <TextField label={t("auth.fields.region")} name="region" defaultValue={typed(state, "region")} errors={state.errors?.region} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("auth.signUp.org.youSection")}</legend>
        <AccountFields state={state} />
        <TextField label={t("auth.fields.title")} name="title" hint={t("auth.fields.titleHint")} defaultValue={typed(state, "title")} errors={state.errors?.title} />
      </fieldset>
      <SubmitButton pendingLabel={t("common.pending")}>{t("auth.signUp.org.submit")}</SubmitButton>
    </form>
  );
}

export function VolunteerSignUpForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <AccountFields state={state} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("auth.signUp.volunteer.submit")}</SubmitButton>
    </form>
  );
}

export function JoinForm({ action, token, email }: { action: FormAction; token: string; email: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <AccountFields state={state} emailLocked={email} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("auth.join.submit")}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField label={t("auth.fields.email")} name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email")} errors={state.errors?.email} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("auth.forgot.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField label={t("auth.fields.newPassword")} name="password" type="password" autoComplete="new-password" required hint={t("auth.fields.passwordHint")} errors={state.errors?.password} />
      <TextField label={t("auth.fields.confirmPassword")} name="confirm" type="password" autoComplete="new-password" required errors={state.errors?.confirm} />
      <SubmitButton pendingLabel={t("common.pending")}>{t("auth.reset.submit")}</SubmitButton>
    </form>
  );
}
