"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createProgramEvent, inviteAlumniToVolunteer, inviteEventAudience, recordEventAttendance, recordReferral, setAmbassador } from "@/lib/alumni/commands";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";

export async function setAmbassadorAction(locale: AppLocale, alumniId: string, ambassador: boolean, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await setAmbassador({ actor: await requireActor(), alumniId, ambassador });
      revalidatePath(`/${locale}/coordinator/alumni`);
      return succeeded(locale, ambassador ? "alumni.coordinator.ambassadorSet" : "alumni.coordinator.ambassadorUnset");
    },
  });
}

export async function inviteToVolunteerAction(locale: AppLocale, alumniId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await inviteAlumniToVolunteer({ actor: await requireActor(), alumniId });
      revalidatePath(`/${locale}/coordinator/alumni`);
      return succeeded(locale, "alumni.coordinator.invited");
    },
  });
}

export async function recordReferralAction(locale: AppLocale, alumniId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await recordReferral({ actor: await requireActor(), alumniId, input: values });
      revalidatePath(`/${locale}/coordinator/alumni`);
      return succeeded(locale, "alumni.coordinator.referralRecorded");
    },
  });
}

export async function createEventAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  let id: string | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      id = (await createProgramEvent({ actor: await requireActor(), input: values })).id;
    },
  });
  if (!id) return state;
  revalidatePath(`/${locale}/coordinator/alumni/events`);
  redirect(`/${locale}/coordinator/alumni/events/${id}`);
}

export async function inviteEventAudienceAction(locale: AppLocale, eventId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const { invited } = await inviteEventAudience({ actor: await requireActor(), eventId });
      revalidatePath(`/${locale}/coordinator/alumni/events/${eventId}`);
      return succeeded(locale, "alumni.events.invited", { count: invited });
    },
  });
}

export async function recordAttendanceAction(locale: AppLocale, eventId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData, ["attended"]);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      const { attended } = await recordEventAttendance({ actor: await requireActor(), eventId, input: values });
      revalidatePath(`/${locale}/coordinator/alumni/events/${eventId}`);
      return succeeded(locale, "alumni.events.attendanceSaved", { count: attended });
    },
  });
}
