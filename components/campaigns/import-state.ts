import type { FormState } from "@/lib/forms/state";

/** The outcome of a CSV import, already in the reader's language: what went in, and each rejected line with its reasons. */
export interface ImportState extends FormState {
  report?: {
    created: number;
    updated: number;
    fileErrors: string[];
    rejected: { line: number; raw: string; reasons: string[] }[];
  };
}
