"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { approveNeed, returnNeed } from "@/lib/needs/commands";
import { proposeVolunteer } from "@/lib/pairings/commands";

export async function approveNeedAction(locale: AppLocale, needId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await approveNeed({ actor: await requireActor(), needId });
      revalidatePath(`/${locale}/coordinator/needs/${needId}`);
      return succeeded(locale, "coordinator.need.approved");
    },
  });
}

export async function returnNeedAction(locale: AppLocale, needId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await returnNeed({ actor: await requireActor(), needId, input: values });
      revalidatePath(`/${locale}/coordinator/needs/${needId}`);
      return succeeded(locale, "coordinator.need.returned");
    },
  });
}

export async function proposeAction(locale: AppLocale, needId: string, volunteerId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      const score = values.matchScore ? Number(values.matchScore) : undefined;
      const rank = values.matchRank ? Number(values.matchRank) : undefined;
      await proposeVolunteer({ actor: await requireActor(), input: { needId, volunteerId, matchScore: score, matchRank: rank } });
      revalidatePath(`/${locale}/coordinator/needs/${needId}`);
      return succeeded(locale, "coordinator.need.proposed");
    },
  });
}
