import en from "@/messages/en/strategy.json";
import fr from "@/messages/fr/strategy.json";

type Catalogue = { [key: string]: string | Catalogue };

/** Flatten a catalogue into full keys ("strategy.sections.mission.title" → text). */
export function flatten(catalogue: Catalogue, prefix = "strategy"): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = `${prefix}.${key}`;
    if (typeof value === "string") result.set(full, value);
    else for (const [k, v] of flatten(value, full)) result.set(k, v);
  }
  return result;
}

export const catalogues = { en: flatten(en as Catalogue), fr: flatten(fr as Catalogue) } as const;

/**
 * A strict translate function over the real catalogue: a missing key or a missing
 * interpolation parameter throws, so tests catch both.
 */
export function makeTranslate(locale: "en" | "fr") {
  const messages = catalogues[locale];
  return (key: string, params?: Record<string, string | number>): string => {
    const template = messages.get(key);
    if (template === undefined) throw new Error(`missing message key ${key}`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params?.[name];
      if (value === undefined) throw new Error(`missing param ${name} for ${key}`);
      return String(value);
    });
  };
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}
