"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { createCalendarFeed, revokeCalendarFeeds } from "@/lib/calendar/feed";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { submitSurvey } from "@/lib/pairings/closeout";
import { completePairing, endPairingEarly } from "@/lib/pairings/lifecycle";
import { pairingScope } from "@/lib/pairings/queries";
import { goalsOf, surveyFormToInput } from "@/lib/pairings/schema";
import { addActionItem, cancelOccurrence, rescheduleOccurrence, saveSessionRecord, setActionItemDone, setSchedule } from "@/lib/sessions/commands";

function refresh(locale: AppLocale, pairingId: string) {
  revalidatePath(`/${locale}/pairings/${pairingId}`, "layout");
}

export async function setScheduleAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await setSchedule({ actor: await requireActor(), pairingId, input: values });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.slot.saved");
    },
  });
}

export async function rescheduleAction(locale: AppLocale, pairingId: string, occurrenceId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await rescheduleOccurrence({ actor: await requireActor(), pairingId, occurrenceId, input: values });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.reschedule.saved");
    },
  });
}

export async function cancelOccurrenceAction(locale: AppLocale, pairingId: string, occurrenceId: string, version: number, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await cancelOccurrence({ actor: await requireActor(), pairingId, occurrenceId, input: { version: String(version) } });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.reschedule.cancelled");
    },
  });
}

export async function saveSessionAction(locale: AppLocale, pairingId: string, occurrenceId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, ["present"]);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await saveSessionRecord({ actor: await requireActor(), pairingId, occurrenceId, input: values });
      refresh(locale, pairingId);
      return { ...succeeded(locale, "sessions.record.saved"), values };
    },
  });
}

export async function addActionItemAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await addActionItem({ actor: await requireActor(), pairingId, input: values });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.actionItems.added");
    },
  });
}

export async function setActionItemDoneAction(locale: AppLocale, pairingId: string, actionItemId: string, done: boolean, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await setActionItemDone({ actor: await requireActor(), pairingId, actionItemId, input: { done: String(done) } });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.actionItems.updated");
    },
  });
}

export async function createFeedAction(locale: AppLocale, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const { url } = await createCalendarFeed({ actor: await requireActor() });
      // The address is shown once, in the form's own state; only its hash is stored.
      return { ...succeeded(locale, "sessions.calendar.created"), values: { feedUrl: url } };
    },
  });
}

export async function revokeFeedAction(locale: AppLocale, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await revokeCalendarFeeds({ actor: await requireActor() });
      return succeeded(locale, "sessions.calendar.revoked");
    },
  });
}

export async function completePairingAction(locale: AppLocale, pairingId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await completePairing({ actor: await requireActor(), pairingId });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.closeOut.completed");
    },
  });
}

export async function endEarlyAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await endPairingEarly({ actor: await requireActor(), pairingId, input: values });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.closeOut.ended");
    },
  });
}

export async function submitSurveyAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      const actor = await requireActor();
      // The number of goals comes from the need, not from the form.
      const need = await db.need.findFirst({ where: { pairings: { some: { id: pairingId, ...pairingScope(actor) } } }, select: { goals: true } });
      if (!need) throw notFound();
      await submitSurvey({ actor, pairingId, input: surveyFormToInput(formData, goalsOf(need.goals).length).raw });
      refresh(locale, pairingId);
      return succeeded(locale, "sessions.closeOut.submitted");
    },
  });
}
