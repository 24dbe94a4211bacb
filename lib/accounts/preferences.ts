import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { localeField, timeZoneField } from "@/lib/validation/common";
import { z } from "zod";

export const PreferencesSchema = z.object({ locale: localeField, timeZone: timeZoneField });

export async function updatePreferences(options: { actor: Actor; input: unknown }) {
  const input = PreferencesSchema.parse(options.input);
  await db.user.update({ where: { id: options.actor.id }, data: input });
  return input;
}
