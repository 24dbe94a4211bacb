import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { listCampaigns } from "@/lib/campaigns/queries";
import { AppError } from "@/lib/errors";
import { I18nProvider } from "@/lib/i18n/client";
import { pageI18n } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { createCampaignAction } from "../actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("campaigns.workspace.new") };
}

export default async function NewCampaignPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/campaigns/new`);
  const { access, objectives } = await listCampaigns({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  if (!access.canEdit) notFound();
  return (
    <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "campaigns", "strategy"])}>
      <PageHeader title={t("campaigns.workspace.new")} description={t("campaigns.workspace.newIntro")} />
      <Card>
        <CampaignForm action={createCampaignAction.bind(null, locale, id)} objectives={objectives} />
      </Card>
    </I18nProvider>
  );
}
