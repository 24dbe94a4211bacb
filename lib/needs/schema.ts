import { z } from "zod";
import {
  checkbox,
  dateField,
  languagesField,
  optionalInt,
  optionalText,
  requiredInt,
  timeZoneField,
  weeklySlotsField,
} from "@/lib/validation/common";
import { formDataToObject } from "@/lib/forms/form-data";

export const NeedInputSchema = z.object({
  needTypeId: z.string().min(1, { message: "validation.choose" }),
  programId: z.string().optional(),
  title: z.string().trim().min(3, { message: "validation.tooShort" }).max(120),
  goals: z.string().trim().min(10, { message: "needs.validation.goalsTooShort" }).max(3000),
  context: optionalText(3000),
  desiredStartOn: dateField,
  durationWeeks: requiredInt(1, 52),
  timeZone: timeZoneField,
  languages: languagesField,
  availability: weeklySlotsField,
  livedExperienceAsked: checkbox,
  minSeniorityYears: optionalInt(0, 50),
  sectorExperienceRequired: checkbox,
});
export type NeedInput = z.infer<typeof NeedInputSchema>;

export const NEED_ARRAY_FIELDS = ["languages", "slotDay", "slotStart", "slotEnd"] as const;

/** FormData → the raw object NeedInputSchema parses, plus the raw values to send back on error. */
export function needFormToInput(formData: FormData) {
  const values = formDataToObject(formData, NEED_ARRAY_FIELDS);
  const { slotDay, slotStart, slotEnd, ...rest } = values;
  return { values, raw: { ...rest, availability: { slotDay, slotStart, slotEnd } } };
}

export const ReasonSchema = z.object({
  reason: z.string().trim().min(3, { message: "validation.reasonRequired" }).max(1000),
});
