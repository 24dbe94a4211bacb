"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, type FormAction } from "@/lib/forms/state";

const OPT_INS = ["directoryOptIn", "newsletterOptIn", "eventsOptIn"] as const;

export function OptInsForm({ action, id, defaults }: { action: FormAction; id: string; defaults: Record<(typeof OPT_INS)[number], boolean> }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} id={`${id}-message`} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("alumni.self.optInsLegend")}</legend>
        {OPT_INS.map((name) => (
          <div key={name} className="flex items-start gap-2">
            <input id={`${id}-${name}`} type="checkbox" name={name} defaultChecked={defaults[name]} className="mt-1 h-4 w-4 accent-brand-600" aria-describedby={`${id}-${name}-hint`} />
            <div>
              <label htmlFor={`${id}-${name}`}>{t(`alumni.optIns.${name}`)}</label>
              <p id={`${id}-${name}-hint`} className="text-sm text-muted">
                {t(`alumni.optIns.${name}Hint`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("common.pending")}>{t("alumni.self.save")}</SubmitButton>
    </form>
  );
}
