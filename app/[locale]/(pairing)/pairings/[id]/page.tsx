import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { PairingTimeline } from "@/components/pairing/timeline";
import { ZoneTimes } from "@/components/sessions/zone-times";
import { Card, DefinitionList, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { getPairingForActor } from "@/lib/pairings/queries";
import { pairingTimeline } from "@/lib/pairings/timeline";
import { db } from "@/lib/db";
import { slotSummary } from "@/lib/sessions/display";
import { nextSessionOf, participantsOf } from "@/lib/sessions/queries";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/pairings/${id}`);
  const pairing = await getPairingForActor({ actor, pairingId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, pairing };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { pairing, t } = await load(params);
  return { title: t("pairing.page.title", { organisation: pairing.need.organisation.name }) };
}

/** The shared pairing workspace: one page for the organisation, the volunteer and coordinators. */
export default async function PairingPage({ params }: { params: Params }) {
  const { locale, t, actor, pairing } = await load(params);
  const { need } = pairing;
  const [timeline, schedule, next, participants] = await Promise.all([
    pairingTimeline({ actor, pairingId: pairing.id, locale }),
    db.sessionSchedule.findUnique({ where: { pairingId: pairing.id }, select: { weekday: true, localTime: true, timeZone: true, durationMinutes: true } }),
    nextSessionOf(pairing.id),
    participantsOf({ volunteerId: pairing.volunteerId, memberIds: need.organisation.members.map((m) => m.user.id) }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("pairing.page.title", { organisation: need.organisation.name })}
        description={t("pairing.page.subtitle", { volunteer: pairing.volunteer.name, need: need.title })}
      />
      <Card>
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{t("pairing.page.status")}</h2>
          <PairingStatusBadge status={pairing.status} t={t} />
        </div>
        <p className="text-muted">{t(`pairing.statusHelp.${pairing.status}`)}</p>
      </Card>

      {schedule || ["ACCEPTED", "ACTIVE", "PAUSED"].includes(pairing.status) ? (
        <Card labelledBy="weekly">
          <h2 id="weekly" className="mb-3 text-lg font-semibold">
            {t("sessions.page.title")}
          </h2>
          <div className="space-y-3">
            <p className="font-medium">{schedule ? slotSummary(t, locale, schedule) : t("sessions.slot.none")}</p>
            {next ? (
              <div>
                <h3 className="mb-1 font-semibold">{t("sessions.next.title")}</h3>
                <ZoneTimes start={next.startsAt} end={next.endsAt} participants={participants} viewerId={actor.id} locale={locale} t={t} />
              </div>
            ) : null}
            <Link href={`/${locale}/pairings/${pairing.id}/sessions`} className="inline-block font-medium text-brand-700 underline">
              {t("sessions.page.all")}
            </Link>
          </div>
        </Card>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <Card labelledBy="org-side">
          <h2 id="org-side" className="mb-3 text-lg font-semibold">
            {need.organisation.name}
          </h2>
          <ul className="space-y-1">
            {need.organisation.members.map((m) => (
              <li key={m.user.id}>
                {m.user.name}
                {m.title ? <span className="text-muted"> · {m.title}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card labelledBy="volunteer-side">
          <h2 id="volunteer-side" className="mb-3 text-lg font-semibold">
            {t("pairing.page.volunteer")}
          </h2>
          <p className="font-medium">{pairing.volunteer.name}</p>
          {pairing.volunteer.volunteerProfile?.headline ? <p className="text-muted">{pairing.volunteer.volunteerProfile.headline}</p> : null}
        </Card>
      </div>

      <Card labelledBy="need">
        <h2 id="need" className="mb-3 text-lg font-semibold">
          {t("pairing.page.needTitle")}
        </h2>
        <DefinitionList
          items={[
            { term: t("needs.fields.title"), detail: need.title },
            { term: t("needs.fields.needType"), detail: localName(need.needType, locale) },
            { term: t("needs.fields.goals"), detail: <span className="whitespace-pre-line">{need.goals}</span> },
            { term: t("needs.fields.desiredStartOn"), detail: formatDate(locale, need.desiredStartOn) },
            { term: t("needs.fields.durationWeeks"), detail: t("needs.summary.weeks", { count: need.durationWeeks }) },
            ...(pairing.program ? [{ term: t("pairing.page.program"), detail: localName(pairing.program, locale) }] : []),
          ]}
        />
      </Card>

      <Card labelledBy="timeline">
        <h2 id="timeline" className="mb-3 text-lg font-semibold">
          {t("pairing.page.timeline")}
        </h2>
        <PairingTimeline entries={timeline} locale={locale} t={t} timeZone={actor.timeZone} />
      </Card>
    </div>
  );
}
