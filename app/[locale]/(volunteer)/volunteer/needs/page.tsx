import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { InterestForm } from "@/components/volunteer/interest-form";
import { OrganisationExclusion } from "@/components/volunteer/organisation-exclusion";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listOpenNeedsForVolunteer } from "@/lib/interests/queries";
import { declareConflictAction, optOutOfOrganisationAction } from "../actions";
import { expressInterestAction, withdrawInterestAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("matchmaking.open.title") };
}

export default async function OpenNeedsPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ done?: string }> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const { done } = await searchParams;
  const { status, needs } = await listOpenNeedsForVolunteer({ actor });
  const formLabels = { message: t("matchmaking.open.messageLabel"), hint: t("matchmaking.open.messageHint"), submit: t("matchmaking.open.offer") };
  return (
    <div className="space-y-6">
      <PageHeader title={t("matchmaking.open.title")} description={t("matchmaking.open.intro")} />
      {done === "conflict" || done === "optOut" ? (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
          <p className="font-medium">{t(done === "conflict" ? "volunteer.exclusions.hiddenAfterConflict" : "volunteer.exclusions.hiddenAfterOptOut")}</p>
          <p className="mt-1">
            <Link href={`/${locale}/volunteer/profile#exclusions`} className="text-brand-700 underline">
              {t("volunteer.exclusions.manageOnProfile")}
            </Link>
          </p>
        </div>
      ) : null}
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
                <span data-testid="organisation-name">{need.organisation.name}</span>
                {need.organisation.city ? ` · ${need.organisation.city}` : ""} · <span data-testid="need-type">{localName(need.needType, locale)}</span>
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
              <div className="mt-4">
                <OrganisationExclusion
                  id={`exclude-${need.id}`}
                  organisationName={need.organisation.name}
                  conflictAction={declareConflictAction.bind(null, locale, need.organisation.id, "needs")}
                  optOutAction={optOutOfOrganisationAction.bind(null, locale, need.organisation.id, "needs")}
                />
              </div>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
