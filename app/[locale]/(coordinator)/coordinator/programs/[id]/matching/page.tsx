import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WeightsForm } from "@/components/matching/weights-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { AppError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n } from "@/lib/i18n/page";
import { CRITERIA } from "@/lib/matching";
import { getMatchingSettings } from "@/lib/matching-settings/queries";
import { previewWeightsAction, saveWeightsAction } from "./actions";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id: programId } = await params;
  const actor = await requireUser(locale);
  const settings = await getMatchingSettings({ actor, programId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, settings };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, t, settings } = await load(params);
  return { title: `${t("matchmaking.weights.title")} · ${localName(settings.program, locale)}` };
}

export default async function MatchingWeightsPage({ params }: { params: Params }) {
  const { locale, t, settings } = await load(params);
  const { program } = settings;
  return (
    <div className="space-y-6">
      <PageHeader title={t("matchmaking.weights.title")} description={`${localName(program, locale)} · ${t("matchmaking.weights.intro")}`} />
      <Card>
        <WeightsForm
          saveAction={saveWeightsAction.bind(null, locale, program.id)}
          previewAction={previewWeightsAction.bind(null, locale, program.id)}
          minimumScore={settings.minimumScore}
          intlLocale={intlLocale(locale)}
          sampleNeeds={settings.sampleNeeds.map((n) => ({ value: n.id, label: `${n.title} · ${n.organisation.name}` }))}
          labels={{
            criteria: CRITERIA.map((c) => ({ id: c, label: t(`matching.criteria.${c}.label`), value: settings.weights[c] })),
            weightsLegend: t("matchmaking.weights.weightsLegend"),
            weightsHint: t("matchmaking.weights.weightsHint"),
            minimumScore: t("matchmaking.weights.minimumScore"),
            minimumHint: t("matchmaking.weights.minimumHint"),
            sampleNeed: t("matchmaking.weights.sampleNeed"),
            sampleHint: t("matchmaking.weights.sampleHint"),
            preview: t("matchmaking.weights.preview"),
            save: t("matchmaking.weights.save"),
            pending: t("common.pending"),
            previewTitle: t("matchmaking.weights.previewTitle"),
            previewCaption: t("matchmaking.weights.previewCaption"),
            volunteer: t("matchmaking.weights.volunteer"),
            before: t("matchmaking.weights.before"),
            after: t("matchmaking.weights.after"),
            outside: t("matchmaking.weights.outside"),
            rankScore: t("matchmaking.weights.rankScore"),
          }}
        />
      </Card>
    </div>
  );
}
