import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/session";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function AdminLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const { locale } = await pageI18n(params);
  await requireRole(locale, "ADMIN", "/admin");
  return children;
}
