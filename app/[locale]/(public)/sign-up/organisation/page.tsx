import type { Metadata } from "next";
import { OrgSignUpForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { listSectors } from "@/lib/catalogue/queries";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { signUpOrganisationAction } from "../../auth-actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.signUp.org.title") };
}

export default async function OrgSignUpPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const sectors = await listSectors(locale);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.signUp.org.title")}</h1>
      <p className="mb-6 text-muted">{t("auth.signUp.org.intro")}</p>
      <Card>
        <OrgSignUpForm action={signUpOrganisationAction.bind(null, locale)} sectors={sectors} />
      </Card>
    </div>
  );
}
