import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { PlatformCards } from "@/components/strategy/platform-cards";
import { SectionComments } from "@/components/strategy/section-comments";
import { SectionEditor } from "@/components/strategy/section-editor";
import { SectionView } from "@/components/strategy/section-view";
import { SharingForm } from "@/components/strategy/sharing-form";
import { StartDocumentForm } from "@/components/strategy/start-document-form";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { I18nProvider } from "@/lib/i18n/client";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { readStoredSection } from "@/lib/strategy/stored";
import { getStrategyWorkspace, listShareableStrategies } from "@/lib/strategy/queries";
import { SECTION_KEYS, sectionExampleKey, sectionGuidanceKey, sectionTitleKey, strategyCompletion, type StrategyContent } from "@/lib/strategy";
import { addCommentAction, createStrategyAction, resolveCommentAction, saveSectionAction, setSharingAction } from "./actions";

type Params = Promise<{ locale: string; id: string }>;

/** Client components on this page need the strategy catalogue besides the layout's namespaces. */
const CLIENT_NAMESPACES = ["common", "validation", "strategy"] as const;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/strategy`);
  const workspace = await getStrategyWorkspace({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, id, workspace };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t, workspace } = await load(params);
  return { title: workspace.document?.title ?? t("strategy.documentTitle") };
}

export default async function StrategyPage({ params }: { params: Params }) {
  const { locale, t, actor, id, workspace } = await load(params);
  const { access, document } = workspace;
  const messages = pickNamespaces(catalogues[locale], CLIENT_NAMESPACES);

  if (!document) {
    const candidates = access.canEdit ? await listShareableStrategies({ actor, pairingId: id }) : [];
    return (
      <I18nProvider locale={locale} messages={messages}>
        <PageHeader title={t("strategy.documentTitle")} description={t("strategy.workspace.intro")} />
        {access.canEdit ? (
          <Card labelledBy="start-heading">
            <h2 id="start-heading" className="mb-3 text-lg font-semibold">
              {t("strategy.workspace.start.title")}
            </h2>
            <StartDocumentForm action={createStrategyAction.bind(null, locale, id)} candidates={candidates} />
          </Card>
        ) : (
          <EmptyState>{t("strategy.workspace.notStarted")}</EmptyState>
        )}
      </I18nProvider>
    );
  }

  const content = Object.fromEntries(document.sections.map((s) => [s.key, s.content])) as unknown as StrategyContent;
  const objectives = readStoredSection("objectives", content.objectives);
  const completion = strategyCompletion(content);
  const formatIsoDate = (iso: string) => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const base = `/${locale}/pairings/${id}/strategy`;
  const save = saveSectionAction.bind(null, locale, id);
  const addComment = addCommentAction.bind(null, locale, id);
  const resolveFor = (commentId: string, resolved: boolean) => resolveCommentAction.bind(null, locale, id, commentId, resolved);
  const sharedByMe = access.side === "organisation" ? document.sharedByOrgAt !== null : document.sharedByVolunteerAt !== null;
  const consent = (date: Date | null) => (date ? t("strategy.workspace.sharing.agreedOn", { date: formatDate(locale, date) }) : t("strategy.workspace.sharing.notYet"));

  return (
    <I18nProvider locale={locale} messages={messages}>
      <PageHeader
        title={document.title}
        description={t("strategy.workspace.completion", { filled: completion.filled.length, total: SECTION_KEYS.length })}
        actions={
          <>
            <Link className="rounded-md border border-gray-400 bg-white px-3 py-2 font-semibold no-underline hover:bg-gray-50" href={`${base}/history`}>
              {t("strategy.workspace.links.history")}
            </Link>
            <Link className="rounded-md border border-gray-400 bg-white px-3 py-2 font-semibold no-underline hover:bg-gray-50" href={`${base}/print`}>
              {t("strategy.workspace.links.print")}
            </Link>
            <a className="rounded-md border border-gray-400 bg-white px-3 py-2 font-semibold no-underline hover:bg-gray-50" href={`${base}/markdown`} download>
              {t("strategy.workspace.links.markdown")}
            </a>
          </>
        }
      />
      <div className="space-y-6">
        {access.canEdit ? (
          <p className="rounded-md border border-brand-100 bg-brand-50 p-3">{t("strategy.workspace.autosaveNote")}</p>
        ) : (
          <p className="rounded-md border border-gray-300 bg-gray-50 p-3">{t(access.side === "coordinator" ? "strategy.workspace.readOnlyCoordinator" : "strategy.workspace.readOnlyClosed")}</p>
        )}
        {document.copiedFrom ? <p className="text-sm text-muted">{t("strategy.workspace.copiedFrom", { title: document.copiedFrom.title })}</p> : null}

        <nav aria-labelledby="toc-heading" className="rounded-md border border-gray-200 bg-white p-4">
          <h2 id="toc-heading" className="mb-2 font-semibold">
            {t("strategy.workspace.toc")}
          </h2>
          <ol className="grid list-decimal gap-1 pl-5 sm:grid-cols-3">
            {SECTION_KEYS.map((key) => (
              <li key={key}>
                <a href={`#section-${key}`}>{t(sectionTitleKey(key))}</a>
                {completion.filled.includes(key) ? <span className="sr-only"> — {t("strategy.workspace.filled")}</span> : null}
              </li>
            ))}
          </ol>
        </nav>

        {document.sections.map((section) => (
          <Card key={section.key} labelledBy={`section-${section.key}-title`} className="scroll-mt-4">
            <div id={`section-${section.key}`} className="space-y-4">
              <div>
                <h2 id={`section-${section.key}-title`} className="text-xl font-semibold">
                  {t(sectionTitleKey(section.key))}
                </h2>
                <p className="mt-1 text-muted">{t(sectionGuidanceKey(section.key))}</p>
                <details className="mt-2">
                  <summary className="cursor-pointer font-medium text-brand-800">{t("strategy.workspace.sectionExample")}</summary>
                  <p className="mt-2 whitespace-pre-line rounded-md bg-gray-50 p-3">{t(sectionExampleKey(section.key))}</p>
                </details>
                {section.version > 1 && section.updatedBy ? (
                  <p className="mt-2 text-sm text-muted">{t("strategy.workspace.lastEdited", { name: section.updatedBy, date: formatDate(locale, section.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: actor.timeZone }) })}</p>
                ) : null}
              </div>
              {section.key === "platforms" ? <PlatformCards t={t} /> : null}
              {access.canEdit ? (
                <SectionEditor section={section.key} initialContent={section.content} initialVersion={section.version} objectives={objectives} save={save} />
              ) : (
                <SectionView section={section.key} value={section.content} objectives={objectives} t={t} formatIsoDate={formatIsoDate} />
              )}
              <SectionComments
                section={section.key}
                comments={document.comments.filter((c) => c.sectionKey === section.key)}
                locale={locale}
                timeZone={actor.timeZone}
                t={t}
                addAction={addComment}
                resolveAction={resolveFor}
              />
            </div>
          </Card>
        ))}

        {access.side !== "coordinator" ? (
          <Card labelledBy="sharing-heading">
            <h2 id="sharing-heading" className="mb-2 text-lg font-semibold">
              {t("strategy.workspace.sharing.title")}
            </h2>
            <p className="mb-3 text-muted">{t("strategy.workspace.sharing.explain")}</p>
            <ul className="mb-3 space-y-1">
              <li>{t("strategy.workspace.sharing.organisation", { status: consent(document.sharedByOrgAt) })}</li>
              <li>{t("strategy.workspace.sharing.volunteer", { status: consent(document.sharedByVolunteerAt) })}</li>
            </ul>
            <SharingForm action={setSharingAction.bind(null, locale, id)} sharedByMe={sharedByMe} />
          </Card>
        ) : null}
      </div>
    </I18nProvider>
  );
}
