import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NeedForm } from "@/components/needs/need-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { belongsTo } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { listActivePrograms, listNeedTypes } from "@/lib/catalogue/queries";
import { AppError } from "@/lib/errors";
import { intlLocale } from "@/lib/i18n/config";
import { isoDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { getNeedForActor } from "@/lib/needs/queries";
import { isNeedEditable } from "@/lib/needs/state-machine";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { updateNeedAction } from "../../../actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("needs.form.editTitle") };
}

export default async function EditNeedPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale);
  const need = await getNeedForActor({ actor, needId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  if (!belongsTo(actor, need.organisationId) || !isNeedEditable(need.status)) notFound();
  const [needTypes, programs] = await Promise.all([listNeedTypes(locale), listActivePrograms(locale)]);
  const prefs = need.requiredPreferences as { minSeniorityYears?: number; sectorExperience?: boolean };
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("needs.form.editTitle")} description={need.title} />
      <Card>
        <NeedForm
          action={updateNeedAction.bind(null, locale, need.id)}
          defaults={{
            needTypeId: need.needTypeId,
            programId: need.programId ?? undefined,
            title: need.title,
            goals: need.goals,
            context: need.context,
            desiredStartOn: isoDate(need.desiredStartOn),
            durationWeeks: need.durationWeeks,
            timeZone: need.timeZone,
            languages: need.languages,
            availability: need.availability,
            livedExperienceAsked: need.livedExperienceAsked,
            minSeniorityYears: prefs.minSeniorityYears,
            sectorExperienceRequired: prefs.sectorExperience,
            version: need.version,
          }}
          needTypes={needTypes}
          programs={programs}
          organisations={[{ value: need.organisationId, label: need.organisation.name }]}
          timeZones={timeZoneOptions(intlLocale(locale), need.timeZone)}
        />
      </Card>
    </div>
  );
}
