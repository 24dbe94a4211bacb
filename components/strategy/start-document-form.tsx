"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

/** Starts the strategy: a blank template, or a copy of an alumni pairing's shared document. */
export function StartDocumentForm({ action, candidates }: { action: FormAction; candidates: { id: string; title: string; organisation: string }[] }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  const [source, setSource] = useState<"blank" | "copy">("blank");
  return (
    <form action={formAction} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("strategy.workspace.start.legend")}</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="source" value="blank" checked={source === "blank"} onChange={() => setSource("blank")} className="mt-1 h-4 w-4 accent-brand-600" />
          <span>
            <span className="font-medium">{t("strategy.workspace.start.blank")}</span>
            <span className="block text-sm text-muted">{t("strategy.workspace.start.blankHelp")}</span>
          </span>
        </label>
        <label className="flex items-start gap-2">
          <input
            type="radio"
            name="source"
            value="copy"
            checked={source === "copy"}
            onChange={() => setSource("copy")}
            disabled={candidates.length === 0}
            className="mt-1 h-4 w-4 accent-brand-600"
          />
          <span>
            <span className="font-medium">{t("strategy.workspace.start.copy")}</span>
            <span className="block text-sm text-muted">{t(candidates.length === 0 ? "strategy.workspace.start.noneShared" : "strategy.workspace.start.copyHelp")}</span>
          </span>
        </label>
      </fieldset>
      {source === "copy" && candidates.length > 0 ? (
        <div className="space-y-1">
          <label htmlFor="copy-from" className="block font-medium">
            {t("strategy.workspace.start.copyFrom")}
          </label>
          <select id="copy-from" name="copyFromId" className="block w-full rounded-md border border-gray-400 bg-white px-3 py-2" aria-describedby={state.errors?.copyFromId ? "copy-from-error" : undefined}>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} · {c.organisation}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <FormMessage state={state} id="start-message" />
      <SubmitButton pendingLabel={t("common.pending")}>{t("strategy.workspace.start.submit")}</SubmitButton>
    </form>
  );
}
