import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgramForm } from "@/components/programs/program-form";
import { PageHeader } from "@/components/ui/primitives";
import { requireRole } from "@/lib/auth/session";
import { listNeedTypes, localName } from "@/lib/catalogue/queries";
import { I18nProvider } from "@/lib/i18n/client";
import { isoDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { pickNamespaces } from "@/lib/i18n/translate";
import { getProgramForCoordinator } from "@/lib/programs/queries";
import { catalogues } from "@/messages";
import { updateProgramAction } from "../actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("programs.edit.title") };
}

export default async function EditProgramPage({ params, searchParams }: { params: Params; searchParams: Promise<{ created?: string }> }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireRole(locale, "COORDINATOR", `/coordinator/programs/${id}`);
  const [program, needTypes] = await Promise.all([getProgramForCoordinator(actor, id).catch(() => notFound()), listNeedTypes(locale)]);
  const created = (await searchParams).created === "1";
  return (
    <div>
      <PageHeader title={localName(program, locale)} description={t("programs.edit.intro")} />
      {created ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 font-medium text-green-800">
          {t("programs.new.created")}
        </p>
      ) : null}
      <I18nProvider locale={locale} messages={pickNamespaces(catalogues[locale], ["common", "validation", "programs"])}>
        <ProgramForm
          action={updateProgramAction.bind(null, locale, program.id)}
          needTypes={needTypes}
          submitLabel={t("programs.edit.submit")}
          defaults={{
            nameFr: program.nameFr,
            nameEn: program.nameEn,
            descriptionFr: program.descriptionFr,
            descriptionEn: program.descriptionEn,
            startsOn: isoDate(program.startsOn),
            endsOn: program.endsOn ? isoDate(program.endsOn) : "",
            needTypeIds: program.needTypes.map((n) => n.needTypeId),
            hourlyValue: String(program.hourlyValueCents / 100),
            proposalTtlHours: String(program.proposalTtlHours),
            cascadeMode: program.cascadeMode,
            minimumMatchScore: String(program.minimumMatchScore),
            active: program.active,
          }}
        />
      </I18nProvider>
    </div>
  );
}
