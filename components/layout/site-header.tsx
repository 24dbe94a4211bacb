import Link from "next/link";
import { Suspense } from "react";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator, isOrgMember, isVolunteer } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/config";
import { isAlumni } from "@/lib/alumni/queries";
import { getTranslator } from "@/lib/i18n/server";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

function navFor(actor: Actor | null, alumni: boolean): { href: string; key: string }[] {
  if (!actor) return [{ href: "/sign-in", key: "signIn" }, { href: "/sign-up", key: "signUp" }];
  const items: { href: string; key: string }[] = [];
  if (isOrgMember(actor)) items.push({ href: "/org", key: "organisation" });
  if (isVolunteer(actor)) items.push({ href: "/volunteer", key: "volunteer" }, { href: "/volunteer/needs", key: "openNeeds" }, { href: "/volunteer/profile", key: "profile" });
  if (isCoordinator(actor)) {
    items.push(
      { href: "/coordinator", key: "coordinator" },
      { href: "/coordinator/cohorts", key: "cohorts" },
      { href: "/coordinator/pairings", key: "pairings" },
      { href: "/coordinator/volunteers", key: "volunteers" },
      { href: "/coordinator/dashboard", key: "dashboard" },
      { href: "/coordinator/programs", key: "programs" },
      { href: "/coordinator/alumni", key: "alumni" },
    );
  }
  if (alumni) items.push({ href: "/alumni", key: "myAlumni" });
  if (isAdmin(actor)) items.push({ href: "/admin", key: "admin" });
  items.push({ href: "/account", key: "account" });
  return items;
}

export async function SiteHeader({ locale, actor }: { locale: AppLocale; actor: Actor | null }) {
  const t = getTranslator(locale);
  // Alumni get their self-service entry (opt-ins, directory, becoming a volunteer).
  const alumni = actor ? await isAlumni(actor.id) : false;
  return (
    <header className="no-print border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={`/${locale}`} className="text-xl font-bold text-brand-700 no-underline">
          Tandem
        </Link>
        <nav aria-label={t("common.nav.label")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {navFor(actor, alumni).map((item) => (
              <li key={item.href}>
                <Link href={`/${locale}${item.href}`} className="font-medium text-ink underline-offset-4 hover:underline">
                  {t(`common.nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          {actor ? <NotificationsLink locale={locale} actor={actor} /> : null}
          {actor ? <span className="hidden text-sm text-muted sm:inline">{actor.name}</span> : null}
          {actor ? <SignOutButton /> : null}
          <Suspense>
            <LanguageSwitch />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
