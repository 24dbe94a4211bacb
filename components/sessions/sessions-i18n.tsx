import type { ReactNode } from "react";
import { I18nProvider } from "@/lib/i18n/client";
import type { AppLocale } from "@/lib/i18n/config";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";

/** The pairing workspace's forms also need the sessions and scheduling messages on the client. */
const NAMESPACES = ["common", "validation", "pairing", "sessions", "scheduling"] as const;

export function SessionsI18n({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  return (
    <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], NAMESPACES)}>
      {children}
    </I18nProvider>
  );
}
