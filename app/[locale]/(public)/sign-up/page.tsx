import type { Metadata } from "next";
import { ButtonLink, Card } from "@/components/ui/primitives";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.signUp.title") };
}

export default async function SignUpChoicePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.signUp.title")}</h1>
      <p className="mb-6 text-muted">{t("auth.signUp.intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        <Card as="li">
          <h2 className="text-lg font-semibold">{t("auth.signUp.org.title")}</h2>
          <p className="mt-2 mb-4 text-muted">{t("auth.signUp.org.pitch")}</p>
          <ButtonLink href={`/${locale}/sign-up/organisation`}>{t("auth.signUp.org.cta")}</ButtonLink>
        </Card>
        <Card as="li">
          <h2 className="text-lg font-semibold">{t("auth.signUp.volunteer.title")}</h2>
          <p className="mt-2 mb-4 text-muted">{t("auth.signUp.volunteer.pitch")}</p>
          <ButtonLink href={`/${locale}/sign-up/volunteer`}>{t("auth.signUp.volunteer.cta")}</ButtonLink>
        </Card>
      </ul>
      <p className="mt-6 text-sm text-muted">{t("auth.signUp.staffNote")}</p>
    </div>
  );
}
