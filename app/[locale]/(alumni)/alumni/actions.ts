"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { becomeVolunteer, updateOwnOptIns } from "@/lib/alumni/commands";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { profileFormToInput } from "@/lib/volunteers/schema";

export async function updateOptInsAction(locale: AppLocale, alumniId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await updateOwnOptIns({ actor: await requireActor(), alumniId, input: values });
      revalidatePath(`/${locale}/alumni`);
      return { ...succeeded(locale, "alumni.self.saved"), values };
    },
  });
}

export async function becomeVolunteerAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, raw } = profileFormToInput(formData);
  let done = false;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      await becomeVolunteer({ actor: await requireActor(), input: raw });
      done = true;
    },
  });
  if (!done) return state;
  revalidatePath(`/${locale}`, "layout");
  redirect(`/${locale}/volunteer?welcome=alumni`);
}
