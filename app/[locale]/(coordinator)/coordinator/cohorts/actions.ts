"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { resolveCohort, runCohort, sendCohortDrafts, setDraftDecision } from "@/lib/cohorts/commands";
import { handleFormAction, type FormState } from "@/lib/forms/action-state";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";

const consolePath = (locale: AppLocale, programId: string) => `/${locale}/coordinator/cohorts/${programId}`;

export async function runCohortAction(locale: AppLocale, programId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const result = await runCohort({ actor: await requireActor(), input: { programId } });
      revalidatePath(consolePath(locale, programId));
      return { status: "success", code: 200, message: getTranslator(locale)("matchmaking.cohort.ran", { total: result.optimalTotal.toFixed(1) }) };
    },
  });
}

export async function resolveCohortAction(locale: AppLocale, programId: string, runId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const result = await resolveCohort({ actor: await requireActor(), input: { runId } });
      revalidatePath(consolePath(locale, programId));
      const t = getTranslator(locale);
      return {
        status: "success",
        code: 200,
        message: result.ignoredFixedPairs ? t("matchmaking.cohort.resolvedIgnored", { count: result.ignoredFixedPairs }) : t("matchmaking.cohort.resolved"),
      };
    },
  });
}

export async function draftDecisionAction(locale: AppLocale, programId: string, draftId: string, decision: "keep" | "remove" | "reset", _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await setDraftDecision({ actor: await requireActor(), input: { draftId, decision } });
      revalidatePath(consolePath(locale, programId));
      return { status: "success", code: 200, message: getTranslator(locale)(`matchmaking.cohort.decided.${decision}`) };
    },
  });
}

export async function sendCohortAction(locale: AppLocale, programId: string, runId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const result = await sendCohortDrafts({ actor: await requireActor(), input: { runId } });
      revalidatePath(consolePath(locale, programId));
      return { status: "success", code: 200, message: getTranslator(locale)("matchmaking.cohort.sent", { count: result.sent }) };
    },
  });
}
