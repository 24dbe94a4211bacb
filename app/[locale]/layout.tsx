import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import "../globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentActor } from "@/lib/auth/session";
import { I18nProvider } from "@/lib/i18n/client";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";

/** Namespaces client components may use with useI18n(). Large ones are provided by their own pages. */
const CLIENT_NAMESPACES = ["common", "validation", "auth", "needs", "volunteer", "org", "coordinator", "pairing", "admin"] as const;

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` }, description: t("common.tagline") };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale: raw } = await params;
  if (!isLocale(raw)) notFound();
  const locale: AppLocale = raw;
  const t = getTranslator(locale);
  const actor = await getCurrentActor();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("common.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], CLIENT_NAMESPACES)}>
          <SiteHeader locale={locale} actor={actor} />
          <main id="main" className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
          <footer className="no-print mx-auto max-w-6xl px-4 pb-8 text-sm text-muted">
            <p>{t("common.footer")}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
