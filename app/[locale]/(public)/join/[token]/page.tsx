import type { Metadata } from "next";
import { JoinForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { findInvitation } from "@/lib/accounts/sign-up";
import { pageI18n } from "@/lib/i18n/page";
import { joinAction } from "../../auth-actions";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.join.title") };
}

export default async function JoinPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { token } = await params;
  const invitation = await findInvitation(token);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t("auth.join.title")}</h1>
      {invitation ? (
        <>
          <p className="mb-6 text-muted">{t("auth.join.intro", { organisation: invitation.organisation.name })}</p>
          <Card>
            <JoinForm action={joinAction.bind(null, locale)} token={token} email={invitation.email} />
          </Card>
        </>
      ) : (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4">{t("auth.join.invalid")}</p>
      )}
    </div>
  );
}
