import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { ProfileForm } from "@/components/volunteer/profile-form";
import { prefilledVolunteerProfile } from "@/lib/alumni/queries";
import { isVolunteer } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { listSectors, listSkills, localName } from "@/lib/catalogue/queries";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";
import { becomeVolunteerAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("alumni.becomeVolunteer.title") };
}

export default async function BecomeVolunteerPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale, "/alumni/volunteer");
  if (isVolunteer(actor)) redirect(`/${locale}/volunteer/profile`);
  const [prefilled, skills, sectors] = await Promise.all([prefilledVolunteerProfile(actor), listSkills(locale), listSectors(locale)]);
  if (!prefilled) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("alumni.becomeVolunteer.title")} />
        <EmptyState>{t("alumni.becomeVolunteer.notMentee")}</EmptyState>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={t("alumni.becomeVolunteer.title")}
        description={t("alumni.becomeVolunteer.intro", { program: localName(prefilled.program, locale), organisation: prefilled.organisationName ?? "—" })}
      />
      <Card>
        <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-ink">{t("alumni.becomeVolunteer.prefilled")}</p>
        <ProfileForm
          action={becomeVolunteerAction.bind(null, locale)}
          defaults={prefilled.defaults}
          skills={skills}
          sectors={sectors}
          timeZones={timeZoneOptions(intlLocale(locale), prefilled.defaults.timeZone)}
          identityTags={IDENTITY_TAGS.map((tag) => ({ value: tag, label: t(`volunteer.identityTags.${tag}`) }))}
        />
      </Card>
    </div>
  );
}
