import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PreferencesForm } from "@/components/account/preferences-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { requireUser } from "@/lib/auth/session";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { deleteAccountAction, preferencesAction } from "./actions";

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
      <Card className="mt-6" labelledBy="my-data">
        <h2 id="my-data" className="mb-2 text-lg font-semibold">
          {t("common.account.dataTitle")}
        </h2>
        <p className="mb-3 text-muted">{t("common.account.dataIntro")}</p>
        <a href="/api/account/export" className="font-semibold text-brand-700 underline" download>
          {t("common.account.export")}
        </a>
      </Card>
      <Card className="mt-6 border-red-200" labelledBy="delete-account">
        <h2 id="delete-account" className="mb-2 text-lg font-semibold">
          {t("common.account.deleteTitle")}
        </h2>
        <p className="mb-3 text-muted">{t("common.account.deleteIntro")}</p>
        <DeleteAccountForm action={deleteAccountAction.bind(null, locale)} />
      </Card>
    </div>
  );
}
