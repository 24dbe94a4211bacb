import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/forms";
import { Card } from "@/components/ui/primitives";
import { getCurrentActor } from "@/lib/auth/session";
import { homePathFor, safeNextPath } from "@/lib/auth/home";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { signInAction } from "../auth-actions";
import Link from "next/link";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("auth.signIn.title") };
}

export default async function SignInPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale, t } = await pageI18n(params);
  const query = await searchParams;
  const actor = await getCurrentActor();
  if (actor) redirect(`/${locale}${homePathFor(actor)}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-bold">{t("auth.signIn.title")}</h1>
      <Card>
        <SignInForm action={signInAction.bind(null, locale)} next={safeNextPath(query.next) ?? undefined} notice={query.reset ? t("auth.reset.done") : undefined} />
      </Card>
      <p className="mt-4 text-center">
        {t("auth.signIn.noAccount")}{" "}
        <Link href={`/${locale}/sign-up`} className="font-semibold text-brand-700 underline">
          {t("auth.signIn.createAccount")}
        </Link>
      </p>
    </div>
  );
}
