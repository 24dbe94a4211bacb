"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { resolveCohort, runCohort, sendCohortDrafts, setDraftDecision } from "@/lib/cohorts/commands";
import { swapCohortDraft } from "@/lib/cohorts/swap";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
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
      return succeeded(locale, "matchmaking.cohort.ran", { total: result.optimalTotal.toFixed(1) });
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
      return succeeded(locale, `matchmaking.cohort.decided.${decision}`);
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
      return succeeded(locale, "matchmaking.cohort.sent", { count: result.sent });
    },
  });
}

/** From a need's candidates: this volunteer replaces the draft's, then back to the re-solved console. */
export async function swapDraftAction(locale: AppLocale, programId: string, draftId: string, volunteerId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  let ignored = 0;
  const state = await handleFormAction({
    locale,
    values: {},
    run: async () => {
      const result = await swapCohortDraft({ actor: await requireActor(), input: { draftId, volunteerId } });
      ignored = result.ignoredFixedPairs;
      revalidatePath(consolePath(locale, programId));
    },
  });
  if (state.status === "error") return state;
  // The count of kept pairs the re-solve had to drop travels in the address, for the console to say so.
  redirect(`${consolePath(locale, programId)}?swapped=${ignored}#drafts`);
}
