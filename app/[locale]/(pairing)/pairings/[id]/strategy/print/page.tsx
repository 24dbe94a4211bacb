import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/strategy/print-button";
import { SectionView } from "@/components/strategy/section-view";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { I18nProvider } from "@/lib/i18n/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { getPairingForActor } from "@/lib/pairings/queries";
import { SECTION_KEYS, sectionTitleKey } from "@/lib/strategy";
import { getStrategyForExport } from "@/lib/strategy/queries";
import { catalogues } from "@/messages";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/strategy/print`);
  const [document, pairing] = await Promise.all([getStrategyForExport({ actor, pairingId: id }), getPairingForActor({ actor, pairingId: id })]).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, id, document, pairing };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { document } = await load(params);
  return { title: document.title };
}

/** The strategy laid out for a board meeting: printed, or saved as PDF from the browser's print dialog. */
export default async function StrategyPrintPage({ params }: { params: Params }) {
  const { locale, t, id, document, pairing } = await load(params);
  const formatIsoDate = (iso: string) => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "strategy"])}>
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <PrintButton />
        <Link href={`/${locale}/pairings/${id}/strategy`}>{t("strategy.workspace.print.back")}</Link>
        <p className="w-full text-sm text-muted">{t("strategy.workspace.print.hint")}</p>
      </div>
      <article className="strategy-print mx-auto max-w-3xl bg-white p-6 print:p-0">
        <header className="mb-8 border-b-2 border-ink pb-4">
          <h1 className="text-3xl font-bold">{document.title}</h1>
          <p className="mt-2 text-muted">
            {t("strategy.workspace.print.preparedBy", { organisation: pairing.need.organisation.name, volunteer: pairing.volunteer.name })}
          </p>
          <p className="text-muted">{t("strategy.workspace.print.updated", { date: formatDate(locale, document.updatedAt) })}</p>
        </header>
        {SECTION_KEYS.map((key, index) => (
          <section key={key} aria-labelledby={`print-${key}`} className="print-section mb-8">
            <h2 id={`print-${key}`} className="mb-3 text-2xl font-semibold">
              {index + 1}. {t(sectionTitleKey(key))}
            </h2>
            <SectionView section={key} value={document.content[key]} objectives={document.content.objectives} t={t} formatIsoDate={formatIsoDate} />
          </section>
        ))}
      </article>
    </I18nProvider>
  );
}
