import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function CoordinatorLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageI18n(params);
  await requireRole(locale, "COORDINATOR", "/coordinator");
  return children;
}
