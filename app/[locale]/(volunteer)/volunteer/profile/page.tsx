import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/ui/fields";
import { Badge, Card, PageHeader } from "@/components/ui/primitives";
import { OptOutsForm } from "@/components/volunteer/opt-outs-form";
import { OrganisationExclusion } from "@/components/volunteer/organisation-exclusion";
import { ProfileForm } from "@/components/volunteer/profile-form";
import { requireUser } from "@/lib/auth/session";
import { listNeedTypeCodes, listSectorCodes, listSectors, listSkills } from "@/lib/catalogue/queries";
import { intlLocale } from "@/lib/i18n/config";
import { pageI18n, type LocaleParams } from "@/lib/i18n/page";
import { getOwnProfile } from "@/lib/volunteers/commands";
import { getOwnExclusions, searchOrganisationsByName } from "@/lib/volunteers/queries";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";
import { timeZoneOptions } from "@/lib/validation/time-zones";
import { declareConflictAction, optOutOfOrganisationAction, removeConflictAction, removeOptOutAction, saveOptOutsAction, saveProfileAction } from "../actions";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const { t } = await pageI18n(params);
  return { title: t("volunteer.profile.title") };
}

export default async function VolunteerProfilePage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ org?: string | string[] }> }) {
  const { locale, t } = await pageI18n(params);
  const actor = await requireUser(locale);
  const { org } = await searchParams;
  const orgQuery = typeof org === "string" ? org : undefined;
  const [{ profile, identity }, skills, sectors, needTypeCodes, sectorCodes, exclusions, search] = await Promise.all([
    getOwnProfile(actor),
    listSkills(locale),
    listSectors(locale),
    listNeedTypeCodes(locale),
    listSectorCodes(locale),
    getOwnExclusions({ actor, locale }),
    searchOrganisationsByName({ actor, query: orgQuery }),
  ]);
  const timeZone = profile?.timeZone ?? actor.timeZone;
  // A retired need type the volunteer opted out of stays listed, so that saving keeps it.
  const needTypeOptions = [...needTypeCodes, ...exclusions.needTypes.filter((n) => !needTypeCodes.some((o) => o.value === n.code)).map((n) => ({ value: n.code, label: n.name }))];
  const conflictWith = new Set(exclusions.conflicts.map((c) => c.organisation.id));
  const optedOutOf = new Set(exclusions.organisations.map((o) => o.organisation.id));
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("volunteer.profile.title")} description={t("volunteer.profile.intro")} />
      <Card>
        <ProfileForm
          action={saveProfileAction.bind(null, locale)}
          defaults={{
            headline: profile?.headline ?? "",
            bio: profile?.bio ?? "",
            employer: profile?.employer ?? "",
            seniorityYears: profile?.completedAt ? profile.seniorityYears : undefined,
            capacity: profile?.capacity ?? 1,
            timeZone,
            languages: profile?.languages ?? [locale],
            region: profile?.region ?? "",
            city: profile?.city ?? "",
            skillIds: profile?.skills.map((s) => s.skillId) ?? [],
            sectorIds: profile?.sectors.map((s) => s.sectorId) ?? [],
            availability: profile?.availability ?? [],
            acceptingProposals: profile?.acceptingProposals ?? true,
            identityConsent: Boolean(identity),
            identityTags: identity?.tags ?? [],
          }}
          skills={skills}
          sectors={sectors}
          timeZones={timeZoneOptions(intlLocale(locale), timeZone)}
          identityTags={IDENTITY_TAGS.map((tag) => ({ value: tag, label: t(`volunteer.identityTags.${tag}`) }))}
        />
      </Card>

      <section id="exclusions" aria-labelledby="exclusions-title" className="mt-10 space-y-4">
        <div>
          <h2 id="exclusions-title" className="text-2xl font-bold text-ink">
            {t("volunteer.exclusions.title")}
          </h2>
          <p className="mt-1 max-w-prose text-muted">{t("volunteer.exclusions.intro")}</p>
        </div>
        {!profile ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">{t("volunteer.exclusions.profileFirst")}</p>
        ) : (
          <>
            <Card labelledBy="opt-outs-title">
              <h3 id="opt-outs-title" className="mb-4 text-lg font-semibold">
                {t("volunteer.exclusions.optOutsTitle")}
              </h3>
              <OptOutsForm
                action={saveOptOutsAction.bind(null, locale)}
                needTypes={needTypeOptions}
                sectors={sectorCodes}
                defaults={{ needTypeCodes: exclusions.needTypes.map((n) => n.code), sectorCodes: exclusions.sectors.map((s) => s.code) }}
              />
            </Card>

            <Card labelledBy="organisations-title" className="space-y-6">
              <h3 id="organisations-title" className="text-lg font-semibold">
                {t("volunteer.exclusions.organisationsTitle")}
              </h3>
              <div>
                <h4 className="mb-2 font-semibold">{t("volunteer.exclusions.conflictsTitle")}</h4>
                {exclusions.conflicts.length === 0 ? (
                  <p className="text-muted">{t("volunteer.exclusions.noConflicts")}</p>
                ) : (
                  <ul className="divide-y divide-gray-200 rounded-md border border-gray-200" data-testid="conflicts">
                    {exclusions.conflicts.map((c) => (
                      <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 px-3 py-3">
                        <div>
                          <p className="font-medium">{c.organisation.name}</p>
                          <p className="text-sm text-muted">
                            {t(`volunteer.exclusions.relations.${c.relation}`)}
                            {c.note ? ` · ${c.note}` : ""}
                          </p>
                        </div>
                        <ActionButton id={`remove-conflict-${c.id}`} variant="secondary" action={removeConflictAction.bind(null, locale, c.id)}>
                          {t("volunteer.exclusions.remove")}
                          <span className="sr-only"> {t("volunteer.exclusions.removeConflictOf", { organisation: c.organisation.name })}</span>
                        </ActionButton>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <h4 className="mb-2 font-semibold">{t("volunteer.exclusions.organisationOptOutsTitle")}</h4>
                {exclusions.organisations.length === 0 ? (
                  <p className="text-muted">{t("volunteer.exclusions.noOrganisationOptOuts")}</p>
                ) : (
                  <ul className="divide-y divide-gray-200 rounded-md border border-gray-200" data-testid="organisation-opt-outs">
                    {exclusions.organisations.map((o) => (
                      <li key={o.id} className="flex flex-wrap items-start justify-between gap-3 px-3 py-3">
                        <p className="font-medium">
                          {o.organisation.name}
                          {o.organisation.city ? <span className="font-normal text-muted"> · {o.organisation.city}</span> : null}
                        </p>
                        <ActionButton id={`remove-opt-out-${o.id}`} variant="secondary" action={removeOptOutAction.bind(null, locale, o.id)}>
                          {t("volunteer.exclusions.remove")}
                          <span className="sr-only"> {t("volunteer.exclusions.removeOptOutOf", { organisation: o.organisation.name })}</span>
                        </ActionButton>
                      </li>
                    ))}
                  </ul>
                )}
              </div>

              <div className="space-y-3 border-t border-gray-200 pt-4">
                <h4 className="font-semibold">{t("volunteer.exclusions.searchTitle")}</h4>
                <form role="search" method="get" action={`/${locale}/volunteer/profile#exclusions`} className="flex flex-wrap items-end gap-2">
                  <div className="min-w-0 flex-1">
                    <TextField id="organisation-search" name="org" type="search" label={t("volunteer.exclusions.searchLabel")} hint={t("volunteer.exclusions.searchHint")} defaultValue={orgQuery ?? ""} maxLength={100} />
                  </div>
                  <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                    {t("volunteer.exclusions.searchSubmit")}
                  </button>
                </form>
                {orgQuery !== undefined && !search.searched ? <p className="text-muted">{t("volunteer.exclusions.searchTooShort")}</p> : null}
                {search.searched ? (
                  search.results.length === 0 ? (
                    <p className="text-muted" role="status">
                      {t("volunteer.exclusions.searchNone", { query: search.query })}
                    </p>
                  ) : (
                    <ul className="space-y-3" aria-label={t("volunteer.exclusions.searchResults", { query: search.query })} data-testid="organisation-results">
                      {search.results.map((o) => (
                        <li key={o.id} className="space-y-2 rounded-md border border-gray-200 p-3">
                          <div className="flex flex-wrap items-center gap-2">
                            <p className="font-medium">
                              {o.name}
                              {o.city ? <span className="font-normal text-muted"> · {o.city}</span> : null}
                            </p>
                            {conflictWith.has(o.id) ? <Badge tone="amber">{t("volunteer.exclusions.hasConflict")}</Badge> : null}
                            {optedOutOf.has(o.id) ? <Badge>{t("volunteer.exclusions.isOptedOut")}</Badge> : null}
                          </div>
                          <OrganisationExclusion
                            id={`org-${o.id}`}
                            headingLevel={5}
                            organisationName={o.name}
                            conflictAction={declareConflictAction.bind(null, locale, o.id, "profile")}
                            optOutAction={optOutOfOrganisationAction.bind(null, locale, o.id, "profile")}
                          />
                        </li>
                      ))}
                    </ul>
                  )
                ) : null}
              </div>
            </Card>
          </>
        )}
      </section>
    </div>
  );
}
