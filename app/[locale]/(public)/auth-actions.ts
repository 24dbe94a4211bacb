"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { signUpOrganisationMember, signUpVolunteer, signUpWithInvitation } from "@/lib/accounts/sign-up";
import { loadActor } from "@/lib/auth/actor";
import { authenticate, SignInSchema } from "@/lib/auth/authenticate";
import { establishSession } from "@/lib/auth/establish-session";
import { homePathFor, safeNextPath } from "@/lib/auth/home";
import { db } from "@/lib/db";
import { formDataToObject } from "@/lib/forms/form-data";
import { fieldErrors, handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";

async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

/** Never send a password back to the browser. */
function withoutSecrets(values: Record<string, string | string[]>) {
  const { password: _password, confirm: _confirm, ...rest } = values;
  return rest;
}

async function signInAndGo(locale: AppLocale, userId: string, next?: string | null): Promise<never> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, sessionVersion: true } });
  await establishSession(user);
  const actor = await loadActor(db, userId);
  redirect(`/${locale}${next ?? (actor ? homePathFor(actor) : "/")}`);
}

export async function signInAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const safeValues = withoutSecrets(values);
  const parsed = SignInSchema.safeParse(values);
  if (!parsed.success) return { status: "error", code: 422, errors: fieldErrors(parsed.error.issues, locale), values: safeValues };
  let userId: string | null = null;
  const state = await handleFormAction({
    locale,
    values: safeValues,
    run: async () => {
      const user = await authenticate({ ...parsed.data, ip: await clientIp() });
      if (!user) return { status: "error", code: 401, message: getTranslator(locale)("auth.signIn.invalid"), values: safeValues };
      userId = user.id;
    },
  });
  if (!userId) return state;
  return signInAndGo(locale, userId, safeNextPath(values.next));
}

/** Creates an account with `signUp`, then signs the new person in and sends them to `next`. */
async function signUpThenSignIn(
  locale: AppLocale,
  formData: FormData,
  signUp: (options: { input: unknown; ip: string }) => Promise<{ userId: string }>,
  next: string,
): Promise<FormState> {
  const values = formDataToObject(formData);
  let userId: string | null = null;
  const state = await handleFormAction({
    locale,
    values: withoutSecrets(values),
    run: async () => {
      userId = (await signUp({ input: values, ip: await clientIp() })).userId;
    },
  });
  if (!userId) return state;
  return signInAndGo(locale, userId, next);
}

export async function signUpOrganisationAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  return signUpThenSignIn(locale, formData, signUpOrganisationMember, "/org/needs/new");
}

export async function signUpVolunteerAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  return signUpThenSignIn(locale, formData, signUpVolunteer, "/volunteer/profile");
}

export async function joinAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  return signUpThenSignIn(locale, formData, signUpWithInvitation, "/org");
}

export async function forgotPasswordAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await requestPasswordReset({ input: values });
      return succeeded(locale, "auth.forgot.sent");
    },
  });
}

export async function resetPasswordAction(locale: AppLocale, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  let done = false;
  const state = await handleFormAction({
    locale,
    values: withoutSecrets(values),
    run: async () => {
      await resetPassword({ input: values });
      done = true;
    },
  });
  if (!done) return state;
  redirect(`/${locale}/sign-in?reset=1`);
}
