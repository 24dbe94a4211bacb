import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { History } from "@/components/history";
import { NeedSummary } from "@/components/needs/need-summary";
import { ButtonLink, Card, PageHeader } from "@/components/ui/primitives";
import { NeedStatusBadge, PairingStatusBadge } from "@/components/ui/status-badge";
import { belongsTo } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { pageI18n } from "@/lib/i18n/page";
import { getNeedForActor } from "@/lib/needs/queries";
import { canTransitionNeed, isNeedEditable } from "@/lib/needs/state-machine";
import { submitNeedAction, withdrawNeedAction } from "../../actions";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale);
  try {
    const need = await getNeedForActor({ actor, needId: id });
    // This area is the organisation's own: coordinators use theirs.
    if (!belongsTo(actor, need.organisationId)) notFound();
    return { locale, t, actor, need };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { need } = await load(params);
  return { title: need.title };
}

export default async function OrgNeedPage({ params }: { params: Params }) {
  const { locale, t, actor, need } = await load(params);
  const pairing = need.pairings[0];
  return (
    <div className="space-y-6">
      <PageHeader
        title={need.title}
        description={need.organisation.name}
        actions={
          isNeedEditable(need.status) ? (
            <ButtonLink href={`/${locale}/org/needs/${need.id}/edit`} variant="secondary">
              {t("needs.detail.edit")}
            </ButtonLink>
          ) : undefined
        }
      />
      <Card>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{t("needs.detail.status")}</h2>
          <NeedStatusBadge status={need.status} t={t} />
        </div>
        <p className="mb-4 text-muted">{t(`needs.statusHelp.${need.status}`)}</p>
        {need.status === "RETURNED" && need.returnReason ? (
          <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3">{t("needs.detail.returnedBecause", { reason: need.returnReason })}</p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {canTransitionNeed(need.status, "SUBMITTED", "org") ? (
            <ActionButton id="submit" action={submitNeedAction.bind(null, locale, need.id)}>
              {t("needs.detail.submit")}
            </ActionButton>
          ) : null}
          {canTransitionNeed(need.status, "WITHDRAWN", "org") ? (
            <ActionButton id="withdraw" variant="secondary" action={withdrawNeedAction.bind(null, locale, need.id)}>
              {t("needs.detail.withdraw")}
            </ActionButton>
          ) : null}
        </div>
      </Card>

      {pairing ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("needs.detail.pairingTitle")}</h2>
          <div className="flex flex-wrap items-center gap-3">
            <PairingStatusBadge status={pairing.status} t={t} />
            {pairing.status === "PROPOSED" ? (
              <span>{t("needs.detail.proposalPending")}</span>
            ) : (
              <Link href={`/${locale}/pairings/${pairing.id}`} className="font-semibold text-brand-700 underline">
                {t("needs.detail.openPairing", { volunteer: pairing.volunteer.name })}
              </Link>
            )}
          </div>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("needs.detail.contentTitle")}</h2>
        <NeedSummary need={need} locale={locale} t={t} />
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("needs.detail.historyTitle")}</h2>
        <History entries={need.statusChanges} statusKey="needs.status" locale={locale} t={t} timeZone={actor.timeZone} />
      </Card>
    </div>
  );
}
