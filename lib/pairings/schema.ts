// Input of the pairing lifecycle forms (health actions, close-out, survey).
// Messages are catalogue keys.
import { z } from "zod";
import { formDataToObject, type FormValues } from "@/lib/forms/form-data";
import { checkbox, optionalText, requiredInt } from "@/lib/validation/common";

export const ReasonSchema = z.object({
  reason: z.string().trim().min(3, { message: "validation.reasonRequired" }).max(1000),
});

export const OptionalReasonSchema = z.object({ reason: optionalText(1000) });

export const MessageSchema = z.object({
  message: z.string().trim().min(3, { message: "sessions.validation.messageRequired" }).max(2000),
});

export const RematchSchema = z.object({
  reason: z.string().trim().min(3, { message: "validation.reasonRequired" }).max(1000),
});

export const PROPOSAL_TTL_CHOICES = [24, 48, 72, 96, 120, 168] as const;

export const ProposalSettingsSchema = z.object({
  proposalTtlHours: requiredInt(12, 336),
  cascadeMode: z.enum(["MANUAL", "AUTOMATIC"], { message: "validation.choose" }),
});

export const OUTCOME_RESULTS = ["achieved", "partly", "not"] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export const SurveySchema = z.object({
  outcomes: z
    .array(
      z.object({
        result: z.enum(OUTCOME_RESULTS, { message: "sessions.validation.outcomeRequired" }),
        note: optionalText(500),
      }),
    )
    .max(20),
  satisfaction: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
    z.number({ message: "sessions.validation.satisfaction" }).int({ message: "sessions.validation.satisfaction" }).min(1, { message: "sessions.validation.satisfaction" }).max(5, { message: "sessions.validation.satisfaction" }),
  ),
  keep: optionalText(2000),
  testimonial: optionalText(2000),
  testimonialConsent: checkbox,
});
export type SurveyInput = z.infer<typeof SurveySchema>;

/** The need's goals, one per line, as the survey asks about them. */
export function goalsOf(goals: string): string[] {
  return goals
    .split(/\r?\n/)
    .map((g) => g.replace(/^[\s•\-*\d.)]+/, "").trim())
    .filter(Boolean)
    .slice(0, 20);
}

/** FormData (outcome_0, outcomeNote_0 … per goal) → the object SurveySchema parses, plus the typed values. */
export function surveyFormToInput(formData: FormData, goalCount: number): { values: FormValues; raw: Record<string, unknown> } {
  const values = formDataToObject(formData);
  const outcomes = Array.from({ length: goalCount }, (_, i) => ({ result: values[`outcome_${i}`] ?? "", note: values[`outcomeNote_${i}`] ?? "" }));
  return { values, raw: { ...values, outcomes } };
}
