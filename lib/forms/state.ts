// Client-safe part of the form-state contract (no server imports).
import type { FormValues } from "./form-data";

export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  errors?: Record<string, string[]>;
  values?: FormValues;
  /** HTTP-like status of the outcome, for tests and logging. */
  code?: number;
}

export const initialFormState: FormState = { status: "idle" };

/** The value the user typed for a field, to put back after an error. */
export function typed(state: FormState, name: string): string | undefined {
  const v = state.values?.[name];
  return typeof v === "string" ? v : undefined;
}

export function typedList(state: FormState, name: string): string[] | undefined {
  const v = state.values?.[name];
  return Array.isArray(v) ? v : undefined;
}

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
