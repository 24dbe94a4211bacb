"use client";

import { useI18n } from "@/lib/i18n/client";

export function PrintButton() {
  const { t } = useI18n();
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
      {t("strategy.workspace.print.button")}
    </button>
  );
}
