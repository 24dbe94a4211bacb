"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { respondToProposal } from "@/lib/pairings/commands";
import { saveVolunteerProfile } from "@/lib/volunteers/commands";
import { profileFormToInput } from "@/lib/volunteers/schema";

export async function saveProfileAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, raw } = profileFormToInput(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await saveVolunteerProfile({ actor: await requireActor(), input: raw });
      revalidatePath(`/${locale}/volunteer`);
      return { status: "success", code: 200, message: getTranslator(locale)("volunteer.profile.saved"), values };
    },
  });
}

export async function respondAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  let accepted = false;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      const result = await respondToProposal({ actor: await requireActor(), pairingId, input: values });
      revalidatePath(`/${locale}/volunteer`);
      if (result.status === "ACCEPTED") accepted = true;
      else return { status: "success", code: 200, message: getTranslator(locale)("volunteer.proposals.declined") };
    },
  });
  if (accepted) redirect(`/${locale}/pairings/${pairingId}`);
  return state;
}
