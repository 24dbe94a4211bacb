"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { switchLocale } from "@/lib/actions/locale";
import { useI18n } from "@/lib/i18n/client";

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === "fr" ? "en" : "fr";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="path" value={`${pathname}${search ? `?${search}` : ""}`} />
      <button type="submit" lang={other} className="rounded-md border border-gray-300 px-2 py-1 text-sm font-medium hover:bg-gray-100">
        <span aria-hidden="true">{other.toUpperCase()}</span>
        <span className="sr-only">{t("common.switchLanguage")}</span>
      </button>
    </form>
  );
}
