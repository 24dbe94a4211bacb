import { catalogues } from "@/messages";
import { type AppLocale } from "./config";
import { createTranslator, type Translate } from "./translate";

const cache = new Map<AppLocale, Translate>();

export function getTranslator(locale: AppLocale): Translate {
  let t = cache.get(locale);
  if (!t) cache.set(locale, (t = createTranslator(catalogues[locale], locale)));
  return t;
}
