import type { Metadata } from "next";
import { VolunteerSignUpForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { signUpVolunteerAction } from "../../auth-actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.signUp.volunteer.title") };
}

export default async function VolunteerSignUpPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.signUp.volunteer.title")}</h1>
      <p className="mb-6 text-muted">{t("auth.signUp.volunteer.intro")}</p>
      <Card>
        <VolunteerSignUpForm action={signUpVolunteerAction.bind(null, locale)} />
      </Card>
    </div>
  );
}
