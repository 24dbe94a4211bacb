import type { Metadata } from "next";
import { ProgramForm } from "@/components/programs/program-form";
import { PageHeader } from "@/components/ui/primitives";
import { requireRole } from "@/lib/auth/session";
import { listNeedTypes } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { catalogues } from "@/messages";
import { createProgramAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("programs.new.title") };
}

export default async function NewProgramPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  await requireRole(locale, "COORDINATOR", "/coordinator/programs/new");
  const needTypes = await listNeedTypes(locale);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div>
      <PageHeader title={t("programs.new.title")} description={t("programs.new.intro")} />
      <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "programs"])}>
        <ProgramForm
          action={createProgramAction.bind(null, locale)}
          needTypes={needTypes}
          submitLabel={t("programs.new.submit")}
          defaults={{ nameFr: "", nameEn: "", descriptionFr: "", descriptionEn: "", startsOn: today, endsOn: "", needTypeIds: needTypes.map((n) => n.value), hourlyValue: "50", proposalTtlHours: "72", cascadeMode: "MANUAL", minimumMatchScore: "40", active: true }}
        />
      </I18nProvider>
    </div>
  );
}
