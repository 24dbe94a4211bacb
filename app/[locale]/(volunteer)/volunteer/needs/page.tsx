import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { InterestForm } from "@/components/volunteer/interest-form";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listOpenNeedsForVolunteer } from "@/lib/interests/queries";
import { expressInterestAction, withdrawInterestAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("matchmaking.open.title") };
}

export default async function OpenNeedsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const { status, needs } = await listOpenNeedsForVolunteer({ actor });
  const formLabels = { message: t("matchmaking.open.messageLabel"), hint: t("matchmaking.open.messageHint"), submit: t("matchmaking.open.offer") };
  return (
    <div className="space-y-6">
      <PageHeader title={t("matchmaking.open.title")} description={t("matchmaking.open.intro")} />
      {status !== "ok" ? (
        <Card className="border-amber-300 bg-amber-50">
          <p className="mb-3">{t(`matchmaking.open.status.${status}`)}</p>
          <ButtonLink href={`/${locale}/volunteer/profile`}>{t("matchmaking.open.editProfile")}</ButtonLink>
        </Card>
      ) : needs.length === 0 ? (
        <EmptyState>{t("matchmaking.open.none")}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {needs.map((need) => (
            <Card as="li" key={need.id} labelledBy={`need-${need.id}`}>
              <div className="flex flex-wrap items-center gap-2">
                <h2 id={`need-${need.id}`} className="text-lg font-semibold">{need.title}</h2>
                {need.interested ? <Badge tone="green">{t("matchmaking.open.youOffered")}</Badge> : null}
              </div>
              <p className="text-muted">
                {need.organisation.name}
                {need.organisation.city ? ` · ${need.organisation.city}` : ""} · {localName(need.needType, locale)}
              </p>
              <p className="mt-3 whitespace-pre-line">{need.goals}</p>
              <p className="mt-3 text-sm">
                {t("matchmaking.open.details", {
                  start: formatDate(locale, need.desiredStartOn),
                  count: need.durationWeeks,
                  languages: need.languages.map((l) => t(`common.languages.${l}`)).join(", "),
                })}
              </p>
              <div className="mt-4">
                {need.interested ? (
                  <div className="space-y-2">
                    {need.interestMessage ? <p className="text-sm text-muted">{t("matchmaking.open.yourMessage", { message: need.interestMessage })}</p> : null}
                    <ActionButton id={`withdraw-${need.id}`} variant="secondary" action={withdrawInterestAction.bind(null, locale, need.id)}>
                      {t("matchmaking.open.withdraw")}
                      <span className="sr-only"> {need.title}</span>
                    </ActionButton>
                  </div>
                ) : (
                  <InterestForm id={`offer-${need.id}`} title={need.title} labels={formLabels} action={expressInterestAction.bind(null, locale, need.id)} />
                )}
              </div>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
