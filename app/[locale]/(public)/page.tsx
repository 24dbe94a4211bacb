import { ButtonLink, Card } from "@/components/ui/primitives";
import { getCurrentActor } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/home";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";

export default async function HomePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await getCurrentActor();
  const steps = ["request", "match", "meet", "strategy", "results", "alumni"] as const;
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-brand-800 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold sm:text-4xl">{t("home.hero.title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("home.hero.body")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          {actor ? (
            <a href={`/${locale}${homePathFor(actor)}`} className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800">
              {t("home.hero.goToArea")}
            </a>
          ) : (
            <>
              <a href={`/${locale}/sign-up/organisation`} className="rounded-md bg-white px-4 py-2 font-semibold text-brand-800">
                {t("home.hero.orgCta")}
              </a>
              <a href={`/${locale}/sign-up/volunteer`} className="rounded-md border border-white px-4 py-2 font-semibold text-white">
                {t("home.hero.volunteerCta")}
              </a>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="audiences">
        <h2 id="audiences" className="mb-4 text-2xl font-bold">
          {t("home.audiences.title")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {(["org", "volunteer", "coordinator"] as const).map((who) => (
            <Card as="li" key={who}>
              <h3 className="text-lg font-semibold">{t(`home.audiences.${who}.title`)}</h3>
              <p className="mt-2 text-muted">{t(`home.audiences.${who}.body`)}</p>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how">
        <h2 id="how" className="mb-4 text-2xl font-bold">
          {t("home.how.title")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {steps.map((step, i) => (
            <li key={step} className="rounded-lg border border-gray-200 bg-white p-4">
              <p className="text-sm font-semibold text-brand-700">{t("home.how.step", { n: i + 1 })}</p>
              <h3 className="mt-1 font-semibold">{t(`home.how.${step}.title`)}</h3>
              <p className="mt-1 text-muted">{t(`home.how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      {!actor ? (
        <p className="text-center">
          <ButtonLink href={`/${locale}/sign-in`} variant="secondary">
            {t("home.signInCta")}
          </ButtonLink>
        </p>
      ) : null}
    </div>
  );
}
