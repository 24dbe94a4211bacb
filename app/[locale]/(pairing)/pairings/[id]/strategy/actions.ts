"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { handleFormAction, succeeded, type FormState } from "@/lib/forms/action-state";
import { formDataToObject } from "@/lib/forms/form-data";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import {
  addStrategyComment,
  createStrategyDocument,
  resolveStrategyComment,
  restoreStrategyRevision,
  saveStrategySection,
  setStrategySharing,
  type SaveOutcome,
} from "@/lib/strategy/commands";

const strategyPath = (locale: AppLocale, pairingId: string) => `/${locale}/pairings/${pairingId}/strategy`;

export async function createStrategyAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const input = values.source === "copy" ? { source: "copy", copyFromId: values.copyFromId ?? "" } : { source: "blank" };
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await createStrategyDocument({ actor: await requireActor(), pairingId, input, locale });
      revalidatePath(strategyPath(locale, pairingId));
    },
  });
}

export type SaveSectionResult = { ok: true; outcome: SaveOutcome } | { ok: false; state: FormState };

/** Autosave of one section. Called from the editor with the JSON of the section, not a form. */
export async function saveSectionAction(locale: AppLocale, pairingId: string, payload: unknown): Promise<SaveSectionResult> {
  let outcome: SaveOutcome | null = null;
  const state = await handleFormAction({
    locale,
    values: {},
    run: async () => {
      outcome = await saveStrategySection({ actor: await requireActor(), pairingId, input: payload });
    },
  });
  return outcome ? { ok: true, outcome } : { ok: false, state };
}

export async function restoreRevisionAction(locale: AppLocale, pairingId: string, revisionId: string, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      const result = await restoreStrategyRevision({ actor: await requireActor(), pairingId, revisionId });
      revalidatePath(strategyPath(locale, pairingId), "layout");
      const t = getTranslator(locale);
      return { status: "success", code: 200, message: t(result.changed ? "strategy.workspace.history.restored" : "strategy.workspace.history.alreadyCurrent") };
    },
  });
}

export async function setSharingAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      const shared = values.shared === "true";
      await setStrategySharing({ actor: await requireActor(), pairingId, input: { shared } });
      revalidatePath(strategyPath(locale, pairingId));
      return succeeded(locale, shared ? "strategy.workspace.sharing.nowShared" : "strategy.workspace.sharing.nowPrivate");
    },
  });
}

export async function addCommentAction(locale: AppLocale, pairingId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  return handleFormAction({
    locale,
    values,
    run: async () => {
      await addStrategyComment({
        actor: await requireActor(),
        pairingId,
        input: { section: values.section, body: values.body, ...(values.parentId ? { parentId: values.parentId } : {}) },
      });
      revalidatePath(strategyPath(locale, pairingId));
      return succeeded(locale, values.parentId ? "strategy.workspace.comments.replied" : "strategy.workspace.comments.added");
    },
  });
}

export async function resolveCommentAction(locale: AppLocale, pairingId: string, commentId: string, resolved: boolean, _prev: FormState, _formData: FormData): Promise<FormState> {
  return handleFormAction({
    locale,
    values: {},
    run: async () => {
      await resolveStrategyComment({ actor: await requireActor(), pairingId, commentId, input: { resolved } });
      revalidatePath(strategyPath(locale, pairingId));
      return succeeded(locale, resolved ? "strategy.workspace.comments.resolvedDone" : "strategy.workspace.comments.reopenedDone");
    },
  });
}
