import type { Metadata } from "next";
import { PreferencesForm } from "@/components/account/preferences-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { preferencesAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("common.account.title") };
}

export default async function AccountPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ saved?: string }> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const { saved } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title={t("common.account.title")} description={t("common.account.intro", { email: actor.email })} />
      {saved ? <p className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-800" role="status">{t("common.account.saved")}</p> : null}
      <Card>
        <PreferencesForm action={preferencesAction.bind(null, locale)} timeZone={actor.timeZone} timeZones={timeZoneOptions(intlLocale(locale), actor.timeZone)} />
      </Card>
    </div>
  );
}
