import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, DefinitionList, PageHeader } from "@/components/ui/primitives";
import { PairingStatusBadge } from "@/components/ui/status-badge";
import { requireUser } from "@/lib/auth/session";
import { localName } from "@/lib/catalogue/queries";
import { AppError } from "@/lib/errors";
import { formatSlot } from "@/lib/i18n/format";
import { pageI18n } from "@/lib/i18n/page";
import { getExclusionsForCoordinator, getVolunteerForCoordinator } from "@/lib/volunteers/queries";

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, t } = await pageI18n(params);
  const { id } = await params;
  const actor = await requireUser(locale);
  const volunteer = await getVolunteerForCoordinator({ actor, volunteerId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { locale, t, actor, volunteer };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { volunteer } = await load(params);
  return { title: volunteer.name };
}

export default async function CoordinatorVolunteerPage({ params }: { params: Params }) {
  const { locale, t, actor, volunteer } = await load(params);
  const profile = volunteer.volunteerProfile!;
  const exclusions = await getExclusionsForCoordinator({ actor, volunteerId: volunteer.id, locale });
  const none = <span className="text-muted">{t("coordinator.volunteers.exclusionsNone")}</span>;
  return (
    <div className="space-y-6">
      <PageHeader title={volunteer.name} description={profile.headline} />
      <Card>
        <DefinitionList
          items={[
            { term: t("volunteer.fields.email"), detail: volunteer.email },
            { term: t("volunteer.fields.bio"), detail: <span className="whitespace-pre-line">{profile.bio || "—"}</span> },
            { term: t("volunteer.fields.seniorityYears"), detail: String(profile.seniorityYears) },
            { term: t("volunteer.fields.skills"), detail: profile.skills.map((s) => localName(s.skill, locale)).join(", ") || "—" },
            { term: t("volunteer.fields.sectors"), detail: profile.sectors.map((s) => localName(s.sector, locale)).join(", ") || "—" },
            { term: t("volunteer.fields.languages"), detail: profile.languages.map((l) => t(`common.languages.${l}`)).join(", ") },
            {
              term: t("volunteer.fields.availability"),
              detail: (
                <ul>
                  {profile.availability.map((s) => (
                    <li key={s.id}>{formatSlot(locale, s)}</li>
                  ))}
                  <li className="text-sm text-muted">{profile.timeZone}</li>
                </ul>
              ),
            },
            { term: t("volunteer.fields.capacity"), detail: String(profile.capacity) },
          ]}
        />
      </Card>
      <Card labelledBy="identity">
        <h2 id="identity" className="mb-2 text-lg font-semibold">
          {t("coordinator.volunteers.identityTitle")}
        </h2>
        <p className="mb-2 text-sm text-muted">{t("coordinator.volunteers.identityNote")}</p>
        <p>
          {volunteer.selfIdentification
            ? volunteer.selfIdentification.tags.map((tag) => t(`volunteer.identityTags.${tag}`)).join(", ")
            : t("coordinator.volunteers.identityNone")}
        </p>
      </Card>
      <Card labelledBy="exclusions">
        <h2 id="exclusions" className="mb-2 text-lg font-semibold">
          {t("coordinator.volunteers.exclusionsTitle")}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("coordinator.volunteers.exclusionsNote")}</p>
        <DefinitionList
          items={[
            { term: t("coordinator.volunteers.optOutNeedTypes"), detail: exclusions.needTypes.map((n) => n.name).join(", ") || none },
            { term: t("coordinator.volunteers.optOutSectors"), detail: exclusions.sectors.map((s) => s.name).join(", ") || none },
            {
              term: t("coordinator.volunteers.optOutOrganisations"),
              detail: exclusions.organisations.length ? (
                <ul>
                  {exclusions.organisations.map((o) => (
                    <li key={o.id}>{o.organisation.name}</li>
                  ))}
                </ul>
              ) : (
                none
              ),
            },
            {
              term: t("coordinator.volunteers.conflicts"),
              detail: exclusions.conflicts.length ? (
                <ul data-testid="coordinator-conflicts">
                  {exclusions.conflicts.map((c) => (
                    <li key={c.id}>
                      {c.organisation.name} · {t(`volunteer.exclusions.relations.${c.relation}`)}
                      {c.note ? <span className="text-muted"> · {c.note}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                none
              ),
            },
          ]}
        />
      </Card>
      <Card labelledBy="history">
        <h2 id="history" className="mb-3 text-lg font-semibold">
          {t("coordinator.volunteers.pairingsTitle")}
        </h2>
        <ul className="space-y-2">
          {volunteer.pairingsAsVolunteer.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/${locale}/pairings/${p.id}`} className="text-brand-700 underline">
                {p.need.title} · {p.need.organisation.name}
              </Link>
              <PairingStatusBadge status={p.status} t={t} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
