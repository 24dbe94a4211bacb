import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { History } from "@/components/history";
import { NeedSummary } from "@/components/needs/need-summary";
import { parseCandidateFilters } from "@/components/matching/candidate-filters";
import { ReturnNeedForm } from "@/components/coordinator/return-form";
import { Card, PageHeader } from "@/components/ui/primitives";
import { NeedStatusBadge, PairingStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getSwapContext } from "@/lib/cohorts/queries";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { getNeedForActor } from "@/lib/needs/queries";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { canTransitionNeed, isNeedOpenForMatching } from "@/lib/needs/state-machine";
import { db } from "@/lib/db";
import { approveNeedAction, returnNeedAction } from "../../actions";
import { MatchingSection } from "./matching-section";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale);
  // Coordinators act only on needs of their programs.
  const inScope = await db.need.count({ where: { id, ...coordinatorNeedScope(actor) } });
  if (!inScope) notFound();
  const need = await getNeedForActor({ actor, needId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, need };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { need } = await load(params);
  return { title: need.title };
}

export default async function CoordinatorNeedPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, t, actor, need } = await load(params);
  const query = await searchParams;
  const live = need.pairings.find((p) => ["PROPOSED", "ACCEPTED", "ACTIVE", "PAUSED"].includes(p.status));
  return (
    <div className="space-y-6">
      <PageHeader title={need.title} description={`${need.organisation.name}${need.organisation.city ? ` · ${need.organisation.city}` : ""}`} />
      <Card>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{t("needs.detail.status")}</h2>
          <NeedStatusBadge status={need.status} t={t} />
        </div>
        {canTransitionNeed(need.status, "APPROVED", "coordinator") ? (
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <p className="mb-2 text-muted">{t("coordinator.need.approveHelp")}</p>
              <ActionButton id="approve" action={approveNeedAction.bind(null, locale, need.id)}>
                {t("coordinator.need.approve")}
              </ActionButton>
            </div>
            <ReturnNeedForm action={returnNeedAction.bind(null, locale, need.id)} />
          </div>
        ) : null}
        {live ? (
          <p className="flex flex-wrap items-center gap-2">
            <PairingStatusBadge status={live.status} t={t} />
            {live.status === "PROPOSED"
              ? t("coordinator.need.waitingFor", { volunteer: live.volunteer.name, date: formatDateTime(locale, live.respondBy, actor.timeZone) })
              : null}
            <Link href={`/${locale}/pairings/${live.id}`} className="font-medium text-brand-700 underline">
              {t("coordinator.need.openPairing")}
            </Link>
          </p>
        ) : null}
      </Card>

      {isNeedOpenForMatching(need.status) ? (
        <MatchingSection
          actor={actor}
          needId={need.id}
          locale={locale}
          t={t}
          filters={parseCandidateFilters(query)}
          compareId={typeof query.compare === "string" ? query.compare : null}
          swap={typeof query.draft === "string" ? await getSwapContext({ actor, draftId: query.draft, needId: need.id }) : null}
        />
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
