import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { pageI18n } from "@/lib/i18n/page";
import { resetPasswordAction } from "../../auth-actions";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.reset.title") };
}

export default async function ResetPasswordPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { token } = await params;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("auth.reset.title")}</h1>
      <Card>
        <ResetPasswordForm action={resetPasswordAction.bind(null, locale)} token={token} />
      </Card>
    </div>
  );
}
