import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function AlumniLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageI18n(params);
  await requireUser(locale, "/alumni");
  return children;
}
