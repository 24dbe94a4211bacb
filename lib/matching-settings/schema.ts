import { z } from "zod";
import { CRITERIA, type CriterionId } from "@/lib/matching";
import { MAX_WEIGHT } from "@/lib/matching-data/map";

const weight = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : Number(v)),
  z.number({ message: "validation.number" }).min(0, { message: "matchmaking.weights.errors.range" }).max(MAX_WEIGHT, { message: "matchmaking.weights.errors.range" }),
);

export const MatchingSettingsSchema = z
  .object({
    weights: z.object(Object.fromEntries(CRITERIA.map((c) => [c, weight])) as Record<CriterionId, typeof weight>),
    minimumScore: z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.number({ message: "validation.number" }).int().min(0).max(100)),
  })
  .superRefine((v, ctx) => {
    if (CRITERIA.every((c) => v.weights[c] === 0)) ctx.addIssue({ code: "custom", path: ["weights"], message: "matchmaking.weights.errors.allZero" });
  });
export type MatchingSettingsInput = z.infer<typeof MatchingSettingsSchema>;

export const PreviewSchema = z.object({ sampleNeedId: z.string().min(1, { message: "matchmaking.weights.errors.chooseNeed" }) });

/** Form fields `weight.<criterion>` and `minimumScore` → the object the schema parses. */
export function settingsFormToInput(values: Record<string, string | string[]>) {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return {
    weights: Object.fromEntries(CRITERIA.map((c) => [c, text(`weight.${c}`)])),
    minimumScore: text("minimumScore"),
    sampleNeedId: text("sampleNeedId"),
  };
}
