import Link from "next/link";
import { headers } from "next/headers";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";

// Rendered inside the locale layout; the locale comes from the URL.
export default async function NotFound() {
  const path = (await headers()).get("x-tandem-path") ?? "";
  const first = path.split("/")[1];
  const locale = isLocale(first) ? first : defaultLocale;
  const t = getTranslator(locale);
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">{t("errors.notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("errors.notFoundBody")}</p>
      <p className="mt-6">
        <Link href={`/${locale}`} className="font-semibold text-brand-700 underline">
          {t("errors.backHome")}
        </Link>
      </p>
    </div>
  );
}
