"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/lib/i18n/client";

export function SignOutButton() {
  const { locale, t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: `/${locale}` })}
      className="rounded-md px-2 py-1 text-sm font-medium text-ink hover:bg-gray-100"
    >
      {t("common.nav.signOut")}
    </button>
  );
}
