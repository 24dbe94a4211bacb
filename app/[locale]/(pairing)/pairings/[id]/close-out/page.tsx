import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CloseForms, SurveyForm } from "@/components/pairing/closeout-forms";
import { SessionsI18n } from "@/components/sessions/sessions-i18n";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { getCloseout } from "@/lib/pairings/closeout";
import { canTransitionPairing } from "@/lib/pairings/state-machine";
import { completePairingAction, endEarlyAction, submitSurveyAction } from "../actions";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("sessions.closeOut.title") };
}

/** Completing or ending the pairing, both sides' survey, and the alumni it made. */
export default async function CloseOutPage({ params }: { params: Params }) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}/close-out`);
  const closeout = await getCloseout({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { pairing, goals, surveys, answered, pending, alumni } = closeout;
  const closed = pairing.status === "COMPLETED" || pairing.status === "ENDED_EARLY";
  const canEnd = canTransitionPairing(pairing.status, "ENDED_EARLY", pairing.role);
  const canComplete = canTransitionPairing(pairing.status, "COMPLETED", pairing.role);
  const participant = pairing.role !== "coordinator";
  const mine = surveys.find((s) => s.respondentId === actor.id);
  const waitingSides = [pending.organisation ? "ORGANISATION" : null, pending.volunteer ? "VOLUNTEER" : null].filter((s): s is "ORGANISATION" | "VOLUNTEER" => s !== null);
  return (
    <SessionsI18n locale={locale}>
      <div className="space-y-6">
        <PageHeader title={t("sessions.closeOut.title")} description={t("sessions.page.subtitle", { organisation: pairing.organisationName, volunteer: pairing.volunteerName })} />
        <Card labelledBy="close-status">
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <h2 id="close-status" className="text-lg font-semibold">
              {t("pairing.page.status")}
            </h2>
            <PairingStatusBadge status={pairing.status} t={t} />
          </div>
          {canEnd || canComplete ? (
            <div className="space-y-4">
              <p>{t("sessions.closeOut.intro")}</p>
              <CloseForms completeAction={completePairingAction.bind(null, locale, pairing.id)} endAction={endEarlyAction.bind(null, locale, pairing.id)} canComplete={canComplete} />
            </div>
          ) : (
            <p className="text-muted">{t(`pairing.statusHelp.${pairing.status}`)}</p>
          )}
        </Card>

        <Card labelledBy="survey">
          <h2 id="survey" className="mb-3 text-lg font-semibold">
            {t("sessions.closeOut.surveyTitle")}
          </h2>
          {!closed ? (
            <p className="text-muted">{t("sessions.closeOut.notYet")}</p>
          ) : participant && !answered ? (
            <div className="space-y-3">
              <p>{t("sessions.closeOut.surveyIntro")}</p>
              <SurveyForm action={submitSurveyAction.bind(null, locale, pairing.id)} goals={goals} />
            </div>
          ) : (
            <div className="space-y-4">
              {mine ? <p role="status">{t("sessions.closeOut.alreadyAnswered", { date: formatDate(locale, mine.submittedAt, { dateStyle: "long", timeZone: actor.timeZone }) })}</p> : null}
              {!participant ? <p className="text-muted">{t("sessions.closeOut.coordinatorOnly")}</p> : null}
              {waitingSides.length ? <p>{t("sessions.closeOut.waitingFor", { sides: waitingSides.map((s) => t(`sessions.closeOut.sides.${s}`)).join(", ") })}</p> : null}
              {surveys.length ? (
                <div>
                  <h3 className="mb-2 font-semibold">{t("sessions.closeOut.answers")}</h3>
                  <ul className="space-y-4">
                    {surveys.map((s) => (
                      <li key={s.id} className="rounded-md border border-gray-200 p-3">
                        <p className="mb-2 font-medium">
                          {t("sessions.closeOut.answerBy", { name: s.respondent?.name ?? "—", side: t(`sessions.closeOut.sides.${s.side}`), date: formatDate(locale, s.submittedAt, { dateStyle: "medium", timeZone: actor.timeZone }) })}
                        </p>
                        <DefinitionList
                          items={[
                            ...s.outcomes.map((o) => ({ term: o.goal, detail: `${t(`sessions.closeOut.outcomes.${o.result}`)}${o.note ? ` — ${o.note}` : ""}` })),
                            { term: t("sessions.closeOut.satisfaction"), detail: t("sessions.closeOut.satisfactionValue", { count: s.satisfaction }) },
                            ...(s.keep ? [{ term: t("sessions.closeOut.keep"), detail: s.keep }] : []),
                            ...(s.testimonial
                              ? [
                                  {
                                    term: t("sessions.closeOut.testimonial"),
                                    detail: (
                                      <>
                                        <span className="whitespace-pre-line">{s.testimonial}</span>{" "}
                                        <Badge tone={s.testimonialConsent ? "green" : "gray"}>{t(s.testimonialConsent ? "sessions.closeOut.consentGiven" : "sessions.closeOut.consentNotGiven")}</Badge>
                                      </>
                                    ),
                                  },
                                ]
                              : []),
                          ]}
                        />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          )}
        </Card>

        <Card labelledBy="alumni">
          <h2 id="alumni" className="mb-3 text-lg font-semibold">
            {t("sessions.closeOut.alumniTitle")}
          </h2>
          {alumni.length ? (
            <ul className="list-disc space-y-1 pl-5">
              {alumni.map((a) => (
                <li key={a.id}>
                  {t("sessions.closeOut.alumniEntry", {
                    name: a.user.name,
                    side: t(`sessions.closeOut.sides.${a.side}`),
                    program: localName(a.program, locale),
                    date: formatDate(locale, a.since, { dateStyle: "long", timeZone: actor.timeZone }),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t("sessions.closeOut.alumniNone")}</p>
          )}
        </Card>
      </div>
    </SessionsI18n>
  );
}
