"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import { initialFormState, typed, type FormAction } from "@/lib/forms/state";

/** Create (or replace) the person's secret feed address, shown once; or turn the feed off. */
export function CalendarFeed({ createAction, revokeAction, activeSince }: { createAction: FormAction; revokeAction: FormAction; activeSince: string | null }) {
  const { t } = useI18n();
  const [created, create] = useActionState(createAction, initialFormState);
  const [revoked, revoke] = useActionState(revokeAction, initialFormState);
  // The newest request wins: a revoke after a create hides the address again, and the reverse.
  const [last, setLast] = useState<"create" | "revoke" | null>(null);
  const url = last === "create" && created.status === "success" ? typed(created, "feedUrl") : undefined;
  const active = last === "create" ? created.status === "success" || Boolean(activeSince) : last === "revoke" ? revoked.status !== "success" : Boolean(activeSince);
  return (
    <div className="space-y-3">
      <p className="text-sm">{t("sessions.calendar.feedHelp")}</p>
      {url ? (
        <div className="space-y-1 rounded-md border border-green-300 bg-green-50 p-3">
          <FormMessage state={created} id="feed-created" />
          <label htmlFor="feed-url" className="block font-medium">
            {t("sessions.calendar.urlLabel")}
          </label>
          <input id="feed-url" readOnly value={url} aria-describedby="feed-url-warning" className="block w-full rounded-md border border-gray-400 bg-white px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <p id="feed-url-warning" className="text-sm">
            {t("sessions.calendar.urlWarning")}
          </p>
        </div>
      ) : (
        <>
          <FormMessage state={last === "revoke" ? revoked : created} id="feed-status" />
          <p className="text-sm text-muted">{active && activeSince && last !== "revoke" ? t("sessions.calendar.feedActive", { date: activeSince }) : t("sessions.calendar.feedNone")}</p>
        </>
      )}
      <div className="flex flex-wrap gap-2">
        <form action={create} onSubmit={() => setLast("create")}>
          <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
            {active ? t("sessions.calendar.recreate") : t("sessions.calendar.create")}
          </SubmitButton>
        </form>
        {active ? (
          <form action={revoke} onSubmit={() => setLast("revoke")}>
            <SubmitButton variant="secondary" pendingLabel={t("common.pending")}>
              {t("sessions.calendar.revoke")}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
