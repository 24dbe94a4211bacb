import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { RespondForm } from "@/components/volunteer/respond-form";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { db } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { listPairingsForVolunteer } from "@/lib/pairings/queries";
import { respondAction } from "./actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("volunteer.home.title") };
}

export default async function VolunteerHomePage({ params }: { params: LocaleParams }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const [pairings, profile] = await Promise.all([
    listPairingsForVolunteer(actor),
    db.volunteerProfile.findUnique({ where: { userId: actor.id }, select: { completedAt: true } }),
  ]);
  const now = new Date();
  const proposals = pairings.filter((p) => p.status === "PROPOSED" && p.respondBy > now);
  const current = pairings.filter((p) => ["ACCEPTED", "ACTIVE", "PAUSED"].includes(p.status));
  const past = pairings.filter((p) => ["COMPLETED", "ENDED_EARLY"].includes(p.status));
  return (
    <div className="space-y-8">
      <PageHeader title={t("volunteer.home.title")} description={t("volunteer.home.intro", { name: actor.name })} />
      {!profile?.completedAt ? (
        <Card className="border-amber-300 bg-amber-50">
          <p className="mb-3">{t("volunteer.home.completeProfile")}</p>
          <ButtonLink href={`/${locale}/volunteer/profile`}>{t("volunteer.home.completeProfileCta")}</ButtonLink>
        </Card>
      ) : null}

      <section aria-labelledby="proposals">
        <h2 id="proposals" className="mb-3 text-xl font-semibold">
          {t("volunteer.proposals.title")}
        </h2>
        {proposals.length === 0 ? (
          <EmptyState>{t("volunteer.proposals.none")}</EmptyState>
        ) : (
          <ul className="space-y-4">
            {proposals.map((p) => (
              <Card as="li" key={p.id} labelledBy={`proposal-${p.id}`}>
                <h3 id={`proposal-${p.id}`} className="text-lg font-semibold">
                  {p.need.title}
                </h3>
                <p className="text-muted">
                  {p.need.organisation.name}
                  {p.need.organisation.city ? ` · ${p.need.organisation.city}` : ""} · {localName(p.need.needType, locale)}
                </p>
                <p className="mt-3 whitespace-pre-line">{p.need.goals}</p>
                <p className="mt-3 text-sm">
                  {t("volunteer.proposals.details", {
                    start: formatDate(locale, p.need.desiredStartOn),
                    count: p.need.durationWeeks,
                  })}
                </p>
                <p className="mt-1 text-sm font-medium text-amber-900">
                  {t("volunteer.proposals.respondBy", { date: formatDateTime(locale, p.respondBy, actor.timeZone) })}
                </p>
                <div className="mt-4">
                  <RespondForm id={`respond-${p.id}`} action={respondAction.bind(null, locale, p.id)} />
                </div>
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="current">
        <h2 id="current" className="mb-3 text-xl font-semibold">
          {t("volunteer.pairings.current")}
        </h2>
        {current.length === 0 ? (
          <EmptyState>{t("volunteer.pairings.none")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {current.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3 rounded-lg border border-gray-200 bg-white p-4">
                <Link href={`/${locale}/pairings/${p.id}`} className="font-semibold text-brand-700 underline">
                  {p.need.title} · {p.need.organisation.name}
                </Link>
                <PairingStatusBadge status={p.status} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {past.length ? (
        <section aria-labelledby="past">
          <h2 id="past" className="mb-3 text-xl font-semibold">
            {t("volunteer.pairings.past")}
          </h2>
          <ul className="space-y-2">
            {past.map((p) => (
              <li key={p.id}>
                <Link href={`/${locale}/pairings/${p.id}`} className="text-brand-700 underline">
                  {p.need.title} · {p.need.organisation.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
