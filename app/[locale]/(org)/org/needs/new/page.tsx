import type { Metadata } from "next";
import { NeedForm } from "@/components/needs/need-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { listActivePrograms, listNeedTypes } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { createNeedAction } from "../../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("needs.form.newTitle") };
}

export default async function NewNeedPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const [needTypes, programs, organisations] = await Promise.all([
    listNeedTypes(locale),
    listActivePrograms(locale),
    db.organisation.findMany({ where: { id: { in: actor.organisationIds } }, select: { id: true, name: true } }),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("needs.form.newTitle")} description={t("needs.form.newIntro")} />
      <Card>
        <NeedForm
          action={createNeedAction.bind(null, locale)}
          defaults={{ timeZone: actor.timeZone, languages: [locale], availability: [] }}
          needTypes={needTypes}
          programs={programs}
          organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
          timeZones={timeZoneOptions(intlLocale(locale), actor.timeZone)}
        />
      </Card>
    </div>
  );
}
