"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isLocale, LOCALE_COOKIE, locales } from "@/lib/i18n/config";

/** Switches the interface language, remembers it, and stays on the same page. */
export async function switchLocale(formData: FormData) {
  const next = formData.get("locale");
  const path = String(formData.get("path") ?? "/");
  if (!isLocale(next)) return;
  (await cookies()).set(LOCALE_COOKIE, next, { path: "/", maxAge: 365 * 86_400, sameSite: "lax" });
  const actor = await getCurrentActor();
  if (actor) await db.user.update({ where: { id: actor.id }, data: { locale: next } });
  // Only same-site paths: strip any locale prefix and anything that is not a path.
  const safe = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  const rest = safe.replace(new RegExp(`^/(${locales.join("|")})(?=/|$)`), "");
  redirect(`/${next}${rest}`);
}
