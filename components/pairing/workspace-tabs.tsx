"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/lib/i18n/client";

/**
 * The sections of a pairing workspace. Each feature adds its own entry here:
 * `segment` is the path after /pairings/<id> ("" for the overview), `labelKey`
 * a catalogue key.
 */
export const WORKSPACE_TABS: { segment: string; labelKey: string }[] = [
  { segment: "", labelKey: "pairing.tabs.overview" },
  { segment: "sessions", labelKey: "pairing.tabs.sessions" },
  { segment: "strategy", labelKey: "pairing.tabs.strategy" },
  { segment: "campaigns", labelKey: "pairing.tabs.campaigns" },
  { segment: "close-out", labelKey: "pairing.tabs.closeOut" },
];

export function WorkspaceTabs({ pairingId }: { pairingId: string }) {
  const { t, locale } = useI18n();
  const pathname = usePathname();
  const base = `/${locale}/pairings/${pairingId}`;
  return (
    <nav aria-label={t("pairing.tabs.label")} className="no-print mb-6 border-b border-gray-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {WORKSPACE_TABS.map((tab) => {
          const href = tab.segment ? `${base}/${tab.segment}` : base;
          const current = tab.segment ? pathname.startsWith(href) : pathname === base;
          return (
            <li key={tab.segment}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 font-medium ${current ? "border-brand-700 text-brand-800" : "border-transparent text-ink hover:border-gray-300"}`}
              >
                {t(tab.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
