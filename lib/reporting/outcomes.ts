// The shape of a close-out survey's `outcomes` (CloseoutSurvey.outcomes, JSON): one entry per
// goal of the need, each with how far it was reached. Reports count entries by `result`.
import { z } from "zod";

export const OUTCOME_RESULTS = ["achieved", "partly", "not"] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export const OutcomeEntrySchema = z.object({
  goal: z.string().trim().max(500),
  result: z.enum(OUTCOME_RESULTS),
  note: z.string().trim().max(1000).default(""),
});
export type OutcomeEntry = z.infer<typeof OutcomeEntrySchema>;

/** Counts of goals by result over a list of surveys' outcomes; malformed entries are skipped. */
export function countOutcomes(outcomes: readonly unknown[]): Record<OutcomeResult, number> {
  const counts: Record<OutcomeResult, number> = { achieved: 0, partly: 0, not: 0 };
  for (const list of outcomes) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parsed = OutcomeEntrySchema.safeParse(entry);
      if (parsed.success) counts[parsed.data.result] += 1;
    }
  }
  return counts;
}
