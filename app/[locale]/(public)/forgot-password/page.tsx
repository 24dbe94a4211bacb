import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { forgotPasswordAction } from "../auth-actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.forgot.title") };
}

export default async function ForgotPasswordPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.forgot.title")}</h1>
      <p className="mb-6 text-muted">{t("auth.forgot.intro")}</p>
      <Card>
        <ForgotPasswordForm action={forgotPasswordAction.bind(null, locale)} />
      </Card>
    </div>
  );
}
