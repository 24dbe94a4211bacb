// Input of the weekly-sessions forms. Messages are catalogue keys.
import { z } from "zod";
import { dateField, optionalInt, optionalText, requiredInt, timeZoneField } from "@/lib/validation/common";

const timeOfDay = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "sessions.validation.time" });

const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/.test(v), { message: "validation.url" })
  .default("");

export const MAX_SCHEDULE_WEEKS = 52;

export const ScheduleSchema = z
  .object({
    weekday: requiredInt(1, 7),
    localTime: timeOfDay,
    timeZone: timeZoneField,
    durationMinutes: requiredInt(15, 240),
    startsOn: dateField,
    weeks: requiredInt(1, MAX_SCHEDULE_WEEKS),
    videoUrl: optionalUrl,
    place: optionalText(200),
    /** The schedule version the form was loaded with; absent when there is none yet. */
    version: optionalInt(0, 1_000_000),
  })
  .superRefine((v, ctx) => {
    if (!v.videoUrl && !v.place) ctx.addIssue({ code: "custom", message: "sessions.validation.whereRequired", path: ["videoUrl"] });
  });
export type ScheduleInput = z.infer<typeof ScheduleSchema>;

export const RescheduleSchema = z.object({
  date: dateField,
  time: timeOfDay,
  version: requiredInt(0, 1_000_000),
});

export const CancelSchema = z.object({ version: requiredInt(0, 1_000_000) });

export const SESSION_OUTCOMES = ["planned", "held", "missed"] as const;

export const SessionRecordSchema = z
  .object({
    version: requiredInt(0, 1_000_000),
    agenda: optionalText(5000),
    notes: optionalText(10000),
    decisions: optionalText(5000),
    outcome: z.enum(SESSION_OUTCOMES, { message: "validation.choose" }),
    durationMinutes: optionalInt(5, 600),
    rating: optionalInt(1, 5),
    present: z.array(z.string()).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "held" && v.durationMinutes === undefined) {
      ctx.addIssue({ code: "custom", message: "sessions.validation.durationRequired", path: ["durationMinutes"] });
    }
    if (v.outcome === "held" && v.present.length === 0) {
      ctx.addIssue({ code: "custom", message: "sessions.validation.attendanceRequired", path: ["present"] });
    }
  });
export type SessionRecordInput = z.infer<typeof SessionRecordSchema>;

export const ActionItemSchema = z.object({
  title: z.string().trim().min(2, { message: "validation.required" }).max(200),
  ownerId: z.string().trim().default(""),
  dueOn: z.union([z.literal(""), dateField]).default(""),
  occurrenceId: z.string().trim().default(""),
});

export const ActionItemDoneSchema = z.object({ done: z.enum(["true", "false"], { message: "validation.invalid" }) });
