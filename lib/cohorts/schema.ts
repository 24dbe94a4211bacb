import { z } from "zod";

export const RunCohortSchema = z.object({ programId: z.string().min(1) });
export const CohortRunRefSchema = z.object({ runId: z.string().min(1) });
export const DraftDecisionSchema = z.object({
  draftId: z.string().min(1),
  decision: z.enum(["keep", "remove", "reset"], { message: "validation.choose" }),
});
export const SwapDraftSchema = z.object({
  draftId: z.string().min(1),
  volunteerId: z.string().min(1, { message: "validation.choose" }),
});
