import { z } from "zod";
import { formDataToObject } from "@/lib/forms/form-data";
import { checkbox, languagesField, optionalText, requiredInt, timeZoneField, weeklySlotsField } from "@/lib/validation/common";

/** Lived-experience tags a volunteer may choose to declare (labels in the `volunteer` catalogue). */
export const IDENTITY_TAGS = ["woman", "parent", "racialized", "indigenous", "immigrant", "lgbtq", "disability", "francophoneMinority"] as const;

export const VolunteerProfileSchema = z
  .object({
    headline: z.string().trim().min(3, { message: "validation.tooShort" }).max(140),
    bio: optionalText(3000),
    employer: optionalText(200),
    seniorityYears: requiredInt(0, 60),
    capacity: requiredInt(1, 5),
    timeZone: timeZoneField,
    languages: languagesField,
    region: optionalText(100),
    city: optionalText(100),
    skillIds: z.array(z.string()).min(1, { message: "volunteer.validation.skillRequired" }).max(30),
    sectorIds: z.array(z.string()).max(30),
    availability: weeklySlotsField,
    acceptingProposals: checkbox,
    identityConsent: checkbox,
    identityTags: z.array(z.enum(IDENTITY_TAGS)).max(IDENTITY_TAGS.length),
  })
  .superRefine((v, ctx) => {
    if (v.identityTags.length > 0 && !v.identityConsent) {
      ctx.addIssue({ code: "custom", path: ["identityConsent"], message: "volunteer.validation.consentRequired" });
    }
  });
export type VolunteerProfileInput = z.infer<typeof VolunteerProfileSchema>;

export const PROFILE_ARRAY_FIELDS = ["languages", "skillIds", "sectorIds", "identityTags", "slotDay", "slotStart", "slotEnd"] as const;

export function profileFormToInput(formData: FormData) {
  const values = formDataToObject(formData, PROFILE_ARRAY_FIELDS);
  const { slotDay, slotStart, slotEnd, ...rest } = values;
  return { values, raw: { ...rest, availability: { slotDay, slotStart, slotEnd } } };
}

/**
 * What a volunteer does not want to be proposed: kinds of need and sectors, by catalogue code
 * (the values the matching engine reads from `VolunteerOptOut`, see lib/matching-data/map.ts).
 */
export const OptOutPreferencesSchema = z.object({
  needTypeCodes: z.array(z.string().trim().min(1)).max(30),
  sectorCodes: z.array(z.string().trim().min(1)).max(60),
});
export type OptOutPreferencesInput = z.infer<typeof OptOutPreferencesSchema>;
export const OPT_OUT_ARRAY_FIELDS = ["needTypeCodes", "sectorCodes"] as const;

export const CONFLICT_RELATIONS = ["EMPLOYEE", "BOARD_MEMBER", "OTHER"] as const;

export const DeclareConflictSchema = z.object({
  organisationId: z.string().trim().min(1, { message: "validation.required" }),
  relation: z.enum(CONFLICT_RELATIONS, { message: "volunteer.exclusions.validation.relation" }),
  note: optionalText(500),
});

export const OrganisationOptOutSchema = z.object({ organisationId: z.string().trim().min(1, { message: "validation.required" }) });
export const RemoveConflictSchema = z.object({ conflictId: z.string().trim().min(1) });
export const RemoveOptOutSchema = z.object({ optOutId: z.string().trim().min(1) });

/** The organisation-name search on the profile: a few letters at least. */
export const OrganisationSearchSchema = z.string().trim().min(2).max(100);
