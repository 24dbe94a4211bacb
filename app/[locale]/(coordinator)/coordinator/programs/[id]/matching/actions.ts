"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { updateMatchingSettings } from "@/lib/matching-settings/commands";
import { previewMatchingSettings } from "@/lib/matching-settings/queries";
import { settingsFormToInput } from "@/lib/matching-settings/schema";
import type { WeightsFormState } from "@/components/matching/weights-state";

export async function saveWeightsAction(locale: AppLocale, programId: string, _prev: WeightsFormState, formData: FormData): Promise<WeightsFormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await updateMatchingSettings({ actor: await requireActor(), programId, input: settingsFormToInput(values) });
      revalidatePath(`/${locale}/coordinator/programs/${programId}/matching`);
      return { ...succeeded(locale, "matchmaking.weights.saved"), values };
    },
  });
}

export async function previewWeightsAction(locale: AppLocale, programId: string, _prev: WeightsFormState, formData: FormData): Promise<WeightsFormState> {
  const values = formDataToObject(formData);
  let preview: WeightsFormState["preview"];
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      preview = await previewMatchingSettings({ actor: await requireActor(), programId, input: settingsFormToInput(values) });
      return { ...succeeded(locale, "matchmaking.weights.previewReady"), values };
    },
  });
  return { ...state, preview };
}
