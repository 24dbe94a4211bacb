"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { inviteMember } from "@/lib/accounts/invitations";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { createNeed, submitNeed, updateNeed, withdrawNeed } from "@/lib/needs/commands";
import { needFormToInput } from "@/lib/needs/schema";

export async function createNeedAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, raw } = needFormToInput(formData);
  let id: string | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      const actor = await requireActor();
      const organisationId = typeof values.organisationId === "string" && values.organisationId ? values.organisationId : (actor.organisationIds[0] ?? "");
      id = (await createNeed({ actor, organisationId, input: raw, submit: values.intent !== "draft" })).id;
    },
  });
  if (!id) return state;
  revalidatePath(`/${locale}/org`);
  redirect(`/${locale}/org/needs/${id}`);
}

export async function updateNeedAction(locale: AppLocale, needId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, raw } = needFormToInput(formData);
  let done = false;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      const actor = await requireActor();
      await updateNeed({ actor, needId, version: Number(values.version), input: raw, submit: values.intent !== "draft" });
      done = true;
    },
  });
  if (!done) return state;
  revalidatePath(`/${locale}/org`);
  redirect(`/${locale}/org/needs/${needId}`);
}

export async function submitNeedAction(locale: AppLocale, needId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await submitNeed({ actor: await requireActor(), needId });
      revalidatePath(`/${locale}/org/needs/${needId}`);
      return succeeded(locale, "needs.detail.submitted");
    },
  });
}

export async function withdrawNeedAction(locale: AppLocale, needId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await withdrawNeed({ actor: await requireActor(), needId });
      revalidatePath(`/${locale}/org/needs/${needId}`);
      return succeeded(locale, "needs.detail.withdrawn");
    },
  });
}

export async function inviteMemberAction(locale: AppLocale, organisationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await inviteMember({ actor: await requireActor(), organisationId, input: values });
      revalidatePath(`/${locale}/org/members`);
      return succeeded(locale, "org.members.invited", { email: String(values.email) });
    },
  });
}
