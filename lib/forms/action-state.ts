// The state every form action returns (next-learn style): a message, field
// errors, and the values the user typed so that nothing is lost on an error.
import { z } from "zod";
import { mapError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { hasMessage, type Params, type Translate } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import type { FormValues } from "./form-data";
import type { FormState } from "./state";

export type { FormState } from "./state";

/** One zod issue in the user's language: custom messages are catalogue keys; built-in ones map by code. */
export function translateIssue(issue: z.core.$ZodIssue, t: Translate, locale: AppLocale): string {
  if (issue.message && hasMessage(catalogues[locale], issue.message)) {
    // Catalogue messages may name the limit that was crossed ("at most {max} characters").
    const params: Params | undefined = issue.code === "too_big" ? { max: Number(issue.maximum) } : issue.code === "too_small" ? { min: Number(issue.minimum) } : undefined;
    return t(issue.message, params);
  }
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? t("validation.required") : t("validation.tooShort", { min: Number(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.chooseAtLeast", { count: Number(issue.minimum) });
      return t("validation.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.chooseAtMost", { count: Number(issue.maximum) });
      return t("validation.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      if (issue.format === "url") return t("validation.url");
      if (issue.format === "date") return t("validation.date");
      return t("validation.format");
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return t("validation.required");
      return issue.expected === "number" || issue.expected === "int" ? t("validation.number") : t("validation.invalid");
    case "invalid_value":
      return t("validation.choose");
    default:
      return t("validation.invalid");
  }
}

export function fieldErrors(issues: z.core.$ZodIssue[], locale: AppLocale): Record<string, string[]> {
  const t = getTranslator(locale);
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[field] ??= []).push(translateIssue(issue, t, locale));
  }
  return out;
}

/**
 * Runs a mutation for a form and turns any expected failure into a FormState
 * (validation → field errors, not found → message, …). Unexpected errors are
 * rethrown: they are bugs and must surface as such.
 */
export async function handleFormAction(options: {
  locale: AppLocale;
  values: FormValues;
  run: () => Promise<FormState | void>;
}): Promise<FormState> {
  try {
    return (await options.run()) ?? { status: "success", code: 200 };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    const mapped = mapError(error);
    if (!mapped) throw error;
    const t = getTranslator(options.locale);
    return {
      status: "error",
      code: mapped.status,
      message: t(mapped.messageKey, mapped.params),
      errors: mapped.issues ? fieldErrors(mapped.issues, options.locale) : undefined,
      values: options.values,
    };
  }
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
function isNextControlFlow(error: unknown): boolean {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String((error as { digest: unknown }).digest) : "";
  return digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND";
}

/** The state of a form whose action succeeded, with its message in the user's language. */
export function succeeded(locale: AppLocale, key: string, params?: Params): FormState {
  return { status: "success", code: 200, message: getTranslator(locale)(key, params) };
}
