"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { proposeNextCandidate } from "@/lib/pairings/commands";
import { endPairingEarly, messagePairing, pausePairing, rematchPairing, resumePairing } from "@/lib/pairings/lifecycle";
import { updateProposalSettings } from "@/lib/pairings/settings";

const refresh = (locale: AppLocale) => revalidatePath(`/${locale}/coordinator/pairings`);

export async function messagePairingAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await messagePairing({ actor: await requireActor(), pairingId, input: values });
      return succeeded(locale, "sessions.health.sent");
    },
  });
}

export async function pausePairingAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await pausePairing({ actor: await requireActor(), pairingId, input: values });
      refresh(locale);
      return succeeded(locale, "sessions.health.paused");
    },
  });
}

export async function resumePairingAction(locale: AppLocale, pairingId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await resumePairing({ actor: await requireActor(), pairingId });
      refresh(locale);
      return succeeded(locale, "sessions.health.resumed");
    },
  });
}

export async function rematchPairingAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      const result = await rematchPairing({ actor: await requireActor(), pairingId, input: values });
      refresh(locale);
      return result.volunteerName ? succeeded(locale, "sessions.health.rematched", { volunteer: result.volunteerName }) : succeeded(locale, "sessions.health.rematchedNoCandidate");
    },
  });
}

export async function endPairingAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await endPairingEarly({ actor: await requireActor(), pairingId, input: values });
      refresh(locale);
      return succeeded(locale, "sessions.health.ended");
    },
  });
}

export async function proposeNextAction(locale: AppLocale, needId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const { volunteerName } = await proposeNextCandidate({ actor: await requireActor(), needId });
      refresh(locale);
      return succeeded(locale, "sessions.health.proposedNext", { volunteer: volunteerName });
    },
  });
}

export async function proposalSettingsAction(locale: AppLocale, programId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await updateProposalSettings({ actor: await requireActor(), programId, input: values });
      refresh(locale);
      return { ...succeeded(locale, "sessions.health.settingsSaved"), values };
    },
  });
}
