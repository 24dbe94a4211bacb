"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { updatePreferences } from "@/lib/accounts/preferences";
import { deleteOwnAccount } from "@/lib/accounts/privacy";
import { sessionCookieName } from "@/lib/auth/establish-session";
import { requireActor } from "@/lib/auth/session";
import { formDataToObject } from "@/lib/forms/form-data";
import { handleFormAction, type FormState } from "@/lib/forms/action-state";
import { LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";

export async function preferencesAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  let saved: AppLocale | null = null;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      saved = (await updatePreferences({ actor: await requireActor(), input: values })).locale;
    },
  });
  if (!saved) return state;
  (await cookies()).set(LOCALE_COOKIE, saved, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  redirect(`/${saved}/account?saved=1`);
}

export async function deleteAccountAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  let deleted = false;
  const state = await handleFormAction({
    locale,
    values,
    run: async () => {
      await deleteOwnAccount({ actor: await requireActor(), input: values });
      deleted = true;
    },
  });
  if (!deleted) return state;
  (await cookies()).delete(sessionCookieName());
  redirect(`/${locale}?deleted=1`);
}
