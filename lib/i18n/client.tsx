"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { AppLocale } from "./config";
import { createTranslator, type MessageTree, type Translate } from "./translate";

const I18nContext = createContext<{ locale: AppLocale; t: Translate } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: AppLocale; messages: MessageTree; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages, locale) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n() must be used inside <I18nProvider>");
  return value;
}
