"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { createProgram, updateProgram } from "@/lib/programs/commands";
import { PROGRAM_ARRAY_FIELDS } from "@/lib/programs/schema";

export async function createProgramAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, PROGRAM_ARRAY_FIELDS);
  let id: string | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      id = (await createProgram({ actor: await requireActor(), input: values })).id;
    },
  });
  if (!id) return state;
  revalidatePath(`/${locale}/coordinator/programs`);
  redirect(`/${locale}/coordinator/programs/${id}?created=1`);
}

export async function updateProgramAction(locale: AppLocale, programId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, PROGRAM_ARRAY_FIELDS);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await updateProgram({ actor: await requireActor(), programId, input: values });
      revalidatePath(`/${locale}/coordinator/programs`);
      return succeeded(locale, "programs.form.saved");
    },
  });
}
