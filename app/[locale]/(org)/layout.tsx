import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isOrgMember } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageI18n(params);
  const actor = await requireUser(locale, "/org");
  if (!isOrgMember(actor)) notFound();
  return children;
}
