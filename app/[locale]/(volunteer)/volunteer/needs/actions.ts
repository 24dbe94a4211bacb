"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { expressInterest, withdrawInterest } from "@/lib/interests/commands";

export async function expressInterestAction(locale: AppLocale, needId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await expressInterest({ actor: await requireActor(), input: { ...values, needId } });
      revalidatePath(`/${locale}/volunteer/needs`);
      return { ...succeeded(locale, "matchmaking.open.offered"), values };
    },
  });
}

export async function withdrawInterestAction(locale: AppLocale, needId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await withdrawInterest({ actor: await requireActor(), input: { needId } });
      revalidatePath(`/${locale}/volunteer/needs`);
      return succeeded(locale, "matchmaking.open.withdrawn");
    },
  });
}
