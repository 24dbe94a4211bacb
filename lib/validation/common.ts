// Zod building blocks shared by every form. Custom messages are catalogue keys
// (see lib/forms/action-state.ts for how they are translated).
import { z } from "zod";
import { locales } from "@/lib/i18n/config";

export const trimmed = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1, { message: "validation.required" }).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default("");

export const emailField = z.string().trim().toLowerCase().email({ message: "validation.email" }).max(254);
export const passwordField = z
  .string()
  .min(10, { message: "validation.passwordTooShort" })
  .max(200, { message: "validation.passwordTooLong" });

export const localeField = z.enum(locales, { message: "validation.choose" });
export const languagesField = z.array(z.enum(locales)).min(1, { message: "validation.chooseLanguage" });

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
export const timeZoneField = z.string().trim().refine(isValidTimeZone, { message: "validation.timeZone" });

/** A calendar date typed in an <input type="date">. */
export const dateField = z
  .string()
  .trim()
  .min(1, { message: "validation.required", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "validation.date", abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    message: "validation.date",
  });

/** Integer from a text input; empty means "not given". */
export const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : Number(v)), z.number().int().min(min).max(max).optional());
export const requiredInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.number().int().min(min).max(max));

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Weekly availability typed as three parallel lists (slotDay[], slotStart[],
 * slotEnd[]); becomes [{ weekday, startMinute, endMinute }].
 */
export const weeklySlotsField = z
  .object({ slotDay: z.array(z.string()), slotStart: z.array(z.string()), slotEnd: z.array(z.string()) })
  .transform((v, ctx) => {
    const slots: { weekday: number; startMinute: number; endMinute: number }[] = [];
    v.slotDay.forEach((day, i) => {
      const start = v.slotStart[i] ?? "";
      const end = v.slotEnd[i] ?? "";
      if (!day && !start && !end) return; // an empty row the user added and left
      const weekday = Number(day);
      const startMinute = minutesOf(start);
      const endMinute = end === "24:00" ? 1440 : minutesOf(end);
      if (!(weekday >= 1 && weekday <= 7) || Number.isNaN(startMinute) || Number.isNaN(endMinute)) {
        ctx.addIssue({ code: "custom", message: "validation.slotInvalid", path: ["availability"] });
      } else if (endMinute <= startMinute) {
        ctx.addIssue({ code: "custom", message: "validation.slotOrder", path: ["availability"] });
      } else slots.push({ weekday, startMinute, endMinute });
    });
    if (slots.length === 0) ctx.addIssue({ code: "custom", message: "validation.slotRequired", path: ["availability"] });
    if (slots.length > 21) ctx.addIssue({ code: "custom", message: "validation.slotTooMany", path: ["availability"] });
    return slots;
  });

export type WeeklySlot = { weekday: number; startMinute: number; endMinute: number };
