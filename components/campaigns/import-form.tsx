"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { useI18n } from "@/lib/i18n/client";
import type { ImportState } from "./import-state";

/** Upload of a CSV of measurements, then the per-line report of what was not imported and why. */
export function ImportForm({ action }: { action: (state: ImportState, formData: FormData) => Promise<ImportState> }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, { status: "idle" } as ImportState);
  const report = state.report;
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3">
        <div className="space-y-1">
          <label htmlFor="import-file" className="block font-medium">
            {t("campaigns.workspace.import.file")}
          </label>
          <p id="import-file-hint" className="text-sm text-muted">
            {t("campaigns.workspace.import.fileHint")}
          </p>
          <input id="import-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="import-file-hint" className="block" required />
        </div>
        <FormMessage state={state} id="import-message" />
        <SubmitButton pendingLabel={t("common.pending")}>{t("campaigns.workspace.import.submit")}</SubmitButton>
      </form>
      {report ? (
        <section aria-labelledby="import-report" className="space-y-2">
          <h3 id="import-report" className="font-semibold">
            {t("campaigns.workspace.import.reportTitle")}
          </h3>
          <p>{t("campaigns.workspace.import.counts", { created: report.created, updated: report.updated })}</p>
          {report.fileErrors.length > 0 ? (
            <ul className="list-disc pl-5 text-red-800">
              {report.fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
          {report.rejected.length > 0 ? (
            <div className="overflow-x-auto">
              <table className="min-w-full border-collapse text-sm">
                <caption className="mb-1 text-left font-medium">{t("campaigns.import.summary.rejected", { count: report.rejected.length })}</caption>
                <thead>
                  <tr className="border-b border-gray-300 text-left">
                    <th scope="col" className="py-1 pr-3">
                      {t("campaigns.workspace.import.line")}
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      {t("campaigns.workspace.import.content")}
                    </th>
                    <th scope="col" className="py-1">
                      {t("campaigns.workspace.import.reasons")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((row) => (
                    <tr key={row.line} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {row.line}
                      </th>
                      <td className="py-1 pr-3 font-mono">{row.raw}</td>
                      <td className="py-1">
                        <ul className="list-disc pl-4">
                          {row.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
