import type { Metadata } from "next";
import Link from "next/link";
import { HealthActions, ProposalSettingsForm, ProposeNextButton } from "@/components/coordinator/health-actions";
import { SessionsI18n } from "@/components/sessions/sessions-i18n";
import { Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { requireRole } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import type { Translate } from "@/lib/i18n/translate";
import { listAtRiskPairings, listCoordinatedPrograms, listNeedsAwaitingNext } from "@/lib/pairings/health";
import { PROPOSAL_TTL_CHOICES } from "@/lib/pairings/schema";
import type { AtRiskReason } from "@/lib/scheduling";
import type { AppLocale } from "@/lib/i18n/config";
import { endPairingAction, messagePairingAction, pausePairingAction, proposalSettingsAction, proposeNextAction, rematchPairingAction, resumePairingAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("sessions.health.title") };
}

/** Reason params carry ISO instants; show them as dates in the coordinator's zone. */
function reasonText(reason: AtRiskReason, t: Translate, locale: AppLocale, timeZone: string) {
  const params: Record<string, string | number> = { ...reason.params };
  for (const key of ["since", "deadline", "at"]) {
    const value = params[key];
    if (typeof value === "string") params[key] = formatDateTime(locale, new Date(value), timeZone);
  }
  return t(reason.key, params);
}

/** At-risk pairings with their reasons and actions; needs waiting for the next proposal; proposal rules. */
export default async function CoordinatorPairingsPage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireRole(locale, "COORDINATOR", "/coordinator/pairings");
  const [atRisk, awaiting, programs] = await Promise.all([listAtRiskPairings({ actor }), listNeedsAwaitingNext({ actor }), listCoordinatedPrograms(actor)]);
  return (
    <SessionsI18n locale={locale}>
      <div className="space-y-8">
        <PageHeader title={t("sessions.health.title")} description={t("sessions.health.intro")} />

        <section aria-labelledby="at-risk">
          <h2 id="at-risk" className="mb-3 text-xl font-semibold">
            {t("sessions.health.atRisk")}
          </h2>
          {atRisk.length === 0 ? (
            <EmptyState>{t("sessions.health.atRiskNone")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {atRisk.map((p) => (
                <Card as="li" key={p.id} labelledBy={`risk-${p.id}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={`risk-${p.id}`} className="text-lg font-semibold">
                      {p.organisationName} · {p.volunteerName}
                    </h3>
                    <PairingStatusBadge status={p.status} t={t} />
                  </div>
                  <p className="text-muted">{p.needTitle}</p>
                  {p.status === "PAUSED" ? <p className="mt-2">{t("pairing.statusHelp.PAUSED")}</p> : null}
                  {p.reasons.length ? (
                  <ul className="mt-2 space-y-1">
                    {p.reasons.map((r) => (
                      <li key={r.code} className={`rounded-md border px-3 py-1 text-sm font-medium ${r.severity === "high" ? "border-red-300 bg-red-50 text-red-800" : "border-amber-300 bg-amber-50 text-amber-900"}`}>
                        {reasonText(r, t, locale, actor.timeZone)}
                      </li>
                    ))}
                  </ul>
                  ) : null}
                  <p className="mt-2">
                    <Link href={`/${locale}/pairings/${p.id}`} className="font-medium text-brand-700 underline">
                      {t("sessions.health.openPairing")}
                    </Link>
                  </p>
                  {p.status !== "PROPOSED" ? (
                    <details className="mt-3 rounded-md border border-gray-200 p-3">
                      <summary className="cursor-pointer font-medium text-brand-700">
                        {t("sessions.health.takeAction")}
                        <span className="sr-only"> — {p.organisationName} · {p.volunteerName}</span>
                      </summary>
                      <div className="mt-3">
                        <HealthActions
                          pairingId={p.id}
                          paused={p.status === "PAUSED"}
                          actions={{
                            message: messagePairingAction.bind(null, locale, p.id),
                            pause: pausePairingAction.bind(null, locale, p.id),
                            resume: resumePairingAction.bind(null, locale, p.id),
                            rematch: rematchPairingAction.bind(null, locale, p.id),
                            end: endPairingAction.bind(null, locale, p.id),
                          }}
                        />
                      </div>
                    </details>
                  ) : null}
                </Card>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="awaiting">
          <h2 id="awaiting" className="mb-3 text-xl font-semibold">
            {t("sessions.health.awaiting")}
          </h2>
          {awaiting.length === 0 ? (
            <EmptyState>{t("sessions.health.awaitingNone")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {awaiting.map((n) => (
                <Card as="li" key={n.needId} labelledBy={`await-${n.needId}`}>
                  <h3 id={`await-${n.needId}`} className="text-lg font-semibold">
                    {n.needTitle}
                  </h3>
                  <p className="text-muted">{n.organisationName}</p>
                  <p className="mt-2">{t(`sessions.health.closed.${n.closedStatus}`, { volunteer: n.closedVolunteer, date: formatDate(locale, n.closedAt, { dateStyle: "long", timeZone: actor.timeZone }) })}</p>
                  <p className="mt-1 font-medium">{n.next ? t("sessions.health.next", { name: n.next.name, score: n.next.score }) : t("sessions.health.noNext")}</p>
                  <div className="mt-3 flex flex-wrap items-start gap-4">
                    {n.next ? <ProposeNextButton action={proposeNextAction.bind(null, locale, n.needId)} name={n.next.name} needId={n.needId} /> : null}
                    <Link href={`/${locale}/coordinator/needs/${n.needId}`} className="py-2 font-medium text-brand-700 underline">
                      {t("sessions.health.openNeed")}
                    </Link>
                  </div>
                </Card>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="rules">
          <h2 id="rules" className="mb-1 text-xl font-semibold">
            {t("sessions.health.settings")}
          </h2>
          <p className="mb-3 text-muted">{t("sessions.health.settingsIntro")}</p>
          <div className="grid gap-4 md:grid-cols-2">
            {programs.map((program) => (
              <Card key={program.id} labelledBy={`program-${program.id}`}>
                <h3 id={`program-${program.id}`} className="mb-3 font-semibold">
                  {localName(program, locale)}
                </h3>
                <ProposalSettingsForm
                  action={proposalSettingsAction.bind(null, locale, program.id)}
                  programId={program.id}
                  programName={localName(program, locale)}
                  ttlHours={program.proposalTtlHours}
                  cascadeMode={program.cascadeMode}
                  ttlChoices={PROPOSAL_TTL_CHOICES}
                />
              </Card>
            ))}
          </div>
        </section>
      </div>
    </SessionsI18n>
  );
}
