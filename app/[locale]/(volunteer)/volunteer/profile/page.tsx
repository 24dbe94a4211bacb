import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/primitives";
import { ProfileForm } from "@/components/volunteer/profile-form";
import { requireUser } from "@/lib/auth/session";
import { listSectors, listSkills } from "@/lib/catalogue/queries";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { getOwnProfile } from "@/lib/volunteers/commands";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { saveProfileAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("volunteer.profile.title") };
}

export default async function VolunteerProfilePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const [{ profile, identity }, skills, sectors] = await Promise.all([getOwnProfile(actor), listSkills(locale), listSectors(locale)]);
  const timeZone = profile?.timeZone ?? actor.timeZone;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("volunteer.profile.title")} description={t("volunteer.profile.intro")} />
      <Card>
        <ProfileForm
          action={saveProfileAction.bind(null, locale)}
          defaults={{
            headline: profile?.headline ?? "",
            bio: profile?.bio ?? "",
            employer: profile?.employer ?? "",
            seniorityYears: profile?.completedAt ? profile.seniorityYears : undefined,
            capacity: profile?.capacity ?? 1,
            timeZone,
            languages: profile?.languages ?? [locale],
            region: profile?.region ?? "",
            city: profile?.city ?? "",
            skillIds: profile?.skills.map((s) => s.skillId) ?? [],
            sectorIds: profile?.sectors.map((s) => s.sectorId) ?? [],
            availability: profile?.availability ?? [],
            acceptingProposals: profile?.acceptingProposals ?? true,
            identityConsent: Boolean(identity),
            identityTags: identity?.tags ?? [],
          }}
          skills={skills}
          sectors={sectors}
          timeZones={timeZoneOptions(intlLocale(locale), timeZone)}
          identityTags={IDENTITY_TAGS.map((tag) => ({ value: tag, label: t(`volunteer.identityTags.${tag}`) }))}
        />
      </Card>
    </div>
  );
}
