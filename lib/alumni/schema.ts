import { z } from "zod";
import { checkbox, dateField, optionalText, requiredText } from "@/lib/validation/common";

export const OptInsSchema = z.object({
  directoryOptIn: checkbox,
  newsletterOptIn: checkbox,
  eventsOptIn: checkbox,
});

export const ReferralSchema = z.object({
  detail: z.string().trim().min(3, { message: "alumni.validation.referralDetail" }).max(500),
});

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const EventInputSchema = z.object({
  programId: z.string().min(1, { message: "validation.choose" }),
  title: requiredText(160),
  description: optionalText(3000),
  date: dateField,
  time: z.string().trim().regex(HHMM, { message: "alumni.validation.time" }),
  place: optionalText(300),
});

export const AttendanceSchema = z.object({
  attended: z.array(z.string().min(1)).max(5000),
});

/** Directory search, from the query string: every criterion optional. */
export const DirectorySearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  skill: z.string().trim().max(100).optional().catch(undefined),
  region: z.string().trim().max(100).optional().catch(undefined),
  language: z.enum(["fr", "en"]).optional().catch(undefined),
  program: z.string().trim().max(100).optional().catch(undefined),
});
export type DirectorySearch = z.infer<typeof DirectorySearchSchema>;
