import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isVolunteer } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function VolunteerLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageI18n(params);
  const actor = await requireUser(locale, "/volunteer");
  if (!isVolunteer(actor)) notFound();
  return children;
}
