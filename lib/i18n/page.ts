import { notFound } from "next/navigation";
import { isLocale, type AppLocale } from "./config";
import { getTranslator } from "./server";

export type LocaleParams = Promise<{ locale: string }>;

/** The page's locale and translator; unknown locales are a not-found. */
export async function pageI18n(params: Promise<{ locale: string }>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale: locale as AppLocale, t: getTranslator(locale) };
}
