import { z } from "zod";
import { checkbox, dateField, optionalText, requiredInt, requiredText } from "@/lib/validation/common";
import { parseLocaleNumber } from "@/lib/csv/number";

/** Dollars as typed ("50", "47,50", "47.50 $") → cents. */
const dollarsToCents = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? parseLocaleNumber(v) : undefined),
  z
    .number({ message: "programs.validation.hourlyValue" })
    .min(0, { message: "programs.validation.hourlyValue" })
    .max(1000, { message: "programs.validation.hourlyValue" })
    .transform((dollars) => Math.round(dollars * 100)),
);

export const ProgramInputSchema = z
  .object({
    nameFr: requiredText(120),
    nameEn: requiredText(120),
    descriptionFr: optionalText(2000),
    descriptionEn: optionalText(2000),
    startsOn: dateField,
    endsOn: z.union([z.literal(""), dateField]).default(""),
    needTypeIds: z.array(z.string().min(1)).min(1, { message: "programs.validation.needTypes" }),
    hourlyValue: dollarsToCents,
    proposalTtlHours: requiredInt(12, 336),
    cascadeMode: z.enum(["MANUAL", "AUTOMATIC"], { message: "validation.choose" }),
    minimumMatchScore: requiredInt(0, 100),
    active: checkbox,
  })
  .refine((p) => p.endsOn === "" || p.endsOn >= p.startsOn, { message: "programs.validation.endsBeforeStart", path: ["endsOn"] });
export type ProgramInput = z.infer<typeof ProgramInputSchema>;

export const PROGRAM_ARRAY_FIELDS = ["needTypeIds"] as const;
