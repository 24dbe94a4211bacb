// A small translator over nested JSON catalogues: `{name}` interpolation and
// plural variants as sibling keys (`key_one`, `key_other`) chosen with
// Intl.PluralRules when a numeric `count` is passed.
import { intlLocale, type AppLocale } from "./config";

export type MessageTree = { [key: string]: string | MessageTree };
export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function hasMessage(tree: MessageTree, key: string): boolean {
  return lookup(tree, key) !== undefined || lookup(tree, `${key}_other`) !== undefined;
}

export function interpolate(template: string, params: Params | undefined, locale: AppLocale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === "number" ? new Intl.NumberFormat(intlLocale(locale)).format(value) : value;
  });
}

export function createTranslator(tree: MessageTree, locale: AppLocale): Translate {
  const plurals = new Intl.PluralRules(intlLocale(locale));
  return (key, params) => {
    let template = lookup(tree, key);
    if (template === undefined && typeof params?.count === "number") {
      template = lookup(tree, `${key}_${plurals.select(params.count)}`) ?? lookup(tree, `${key}_other`);
    }
    if (template === undefined) {
      if (process.env.NODE_ENV !== "production") throw new Error(`Missing message "${key}" (${locale})`);
      return key;
    }
    return interpolate(template, params, locale);
  };
}

/** Keeps only the listed top-level namespaces, for what a client component needs. */
export function pickNamespaces(tree: MessageTree, namespaces: readonly string[]): MessageTree {
  const out: MessageTree = {};
  for (const ns of namespaces) {
    const branch = tree[ns];
    if (branch !== undefined) out[ns] = branch;
  }
  return out;
}
