"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { respondToProposal } from "@/lib/pairings/commands";
import { declareConflict, optOutOfOrganisation, removeConflict, removeOptOut, saveOptOutPreferences, saveVolunteerProfile } from "@/lib/volunteers/commands";
import { OPT_OUT_ARRAY_FIELDS, profileFormToInput } from "@/lib/volunteers/schema";

export async function saveProfileAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const { values, raw } = profileFormToInput(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await saveVolunteerProfile({ actor: await requireActor(), input: raw });
      revalidatePath(`/${locale}/volunteer`);
      return { ...succeeded(locale, "volunteer.profile.saved"), values };
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
      else return succeeded(locale, "volunteer.proposals.declined");
    },
  });
  if (accepted) redirect(`/${locale}/pairings/${pairingId}`);
  return state;
}

/** Where an organisation exclusion was declared from: the open needs (the need leaves the list) or the profile. */
export type ExclusionOrigin = "needs" | "profile";

function revalidateExclusions(locale: AppLocale) {
  revalidatePath(`/${locale}/volunteer/profile`);
  revalidatePath(`/${locale}/volunteer/needs`);
  revalidatePath(`/${locale}/volunteer`);
}

export async function saveOptOutsAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, OPT_OUT_ARRAY_FIELDS);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await saveOptOutPreferences({ actor: await requireActor(), input: values });
      revalidateExclusions(locale);
      return { ...succeeded(locale, "volunteer.exclusions.optOutsSaved"), values };
    },
  });
}

/**
 * From the open needs, a declaration hides the organisation's needs: the page comes back with a
 * notice saying so (the card the form was in is gone). From the profile, the form says it is done.
 */
async function organisationExclusion(locale: AppLocale, origin: ExclusionOrigin, done: "conflict" | "optOut", values: Record<string, string | string[]>, write: () => Promise<unknown>) {
  let redirectTo: string | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      await write();
      revalidateExclusions(locale);
      if (origin === "needs") redirectTo = `/${locale}/volunteer/needs?done=${done}`;
      else return succeeded(locale, done === "conflict" ? "volunteer.exclusions.conflictDeclared" : "volunteer.exclusions.optedOut");
    },
  });
  if (redirectTo) redirect(redirectTo);
  return state;
}

export async function declareConflictAction(locale: AppLocale, organisationId: string, origin: ExclusionOrigin, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return organisationExclusion(locale, origin, "conflict", values, async () => declareConflict({ actor: await requireActor(), input: { ...values, organisationId } }));
}

export async function optOutOfOrganisationAction(locale: AppLocale, organisationId: string, origin: ExclusionOrigin, _prev: FormState, _formData: FormData): Promise<FormState> {
  return organisationExclusion(locale, origin, "optOut", {}, async () => optOutOfOrganisation({ actor: await requireActor(), input: { organisationId } }));
}

export async function removeConflictAction(locale: AppLocale, conflictId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await removeConflict({ actor: await requireActor(), input: { conflictId } });
      revalidateExclusions(locale);
      return succeeded(locale, "volunteer.exclusions.removed");
    },
  });
}

export async function removeOptOutAction(locale: AppLocale, optOutId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await removeOptOut({ actor: await requireActor(), input: { optOutId } });
      revalidateExclusions(locale);
      return succeeded(locale, "volunteer.exclusions.removed");
    },
  });
}
