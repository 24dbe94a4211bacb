// Loads what the matching engine needs, per request and in a fixed number of
// queries whatever the number of volunteers: one query for the whole volunteer
// pool (lists aggregated per volunteer in SQL), one for the needs, two for the
// program's settings. Nothing is cached in process memory: app servers are
// stateless, and this is fast enough to run on every page view (see
// scripts/bench/matching-db.ts).
//
// Only server code imports this module (it reads identity self-identification,
// which only coordinators may see through the engine's neutral criterion).
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MatchingContext, NeedInput, VolunteerInput } from "@/lib/matching";
import { toCriterionWeights, toNeedInput, toVolunteerInput, type NeedRow, type VolunteerRow } from "./map";

export interface LoadVolunteersOptions {
  /** Only these volunteers (e.g. one volunteer browsing needs); all active volunteers when absent. */
  volunteerIds?: readonly string[];
  /** Needs whose expressed interest is loaded (the expressed-interest criterion). */
  interestNeedIds?: readonly string[];
  /**
   * Load consented lived-experience tags. Only when a need of the request asked for it and the
   * reader is a coordinator; the volunteer-facing pages never do.
   */
  includeIdentity: boolean;
  now?: Date;
}

/**
 * Volunteers who can be matched: a completed profile, open to proposals, an account that is not
 * deleted and holds the volunteer role. A pending proposal counts towards the volunteer's load like
 * a pairing under way, so that nobody is proposed more pairings than they could accept.
 */
export async function loadVolunteerInputs(client: DbTx, options: LoadVolunteersOptions): Promise<VolunteerInput[]> {
  const now = options.now ?? new Date();
  const only = options.volunteerIds ? Prisma.sql`AND u.id = ANY(${[...options.volunteerIds]}::text[])` : Prisma.empty;
  const interestNeeds = [...(options.interestNeedIds ?? [])];
  const identity = options.includeIdentity
    ? Prisma.sql`(SELECT i.tags FROM "IdentitySelfIdentification" i WHERE i."userId" = u.id)`
    : Prisma.sql`NULL::text[]`;
  const rows = await client.$queryRaw<VolunteerRow[]>`
    SELECT u.id, vp.languages, vp."seniorityYears", vp.capacity, vp."timeZone",
      (SELECT count(*) FROM "Pairing" p WHERE p."volunteerId" = u.id
        AND (p.status IN ('ACCEPTED', 'ACTIVE', 'PAUSED') OR (p.status = 'PROPOSED' AND p."respondBy" > ${now})))::int AS load,
      (SELECT count(*) FROM "Pairing" p WHERE p."volunteerId" = u.id AND p.status = 'COMPLETED')::int AS completed,
      (SELECT avg(c.satisfaction) FROM "CloseoutSurvey" c JOIN "Pairing" p ON p.id = c."pairingId"
        WHERE p."volunteerId" = u.id AND p.status = 'COMPLETED' AND c.side = 'ORGANISATION')::float8 AS satisfaction,
      (SELECT array_agg(s.code || ':' || vs.level) FROM "VolunteerSkill" vs JOIN "Skill" s ON s.id = vs."skillId" WHERE vs."volunteerId" = u.id) AS skills,
      (SELECT array_agg(s.code) FROM "VolunteerSector" vs JOIN "Sector" s ON s.id = vs."sectorId" WHERE vs."volunteerId" = u.id) AS sectors,
      (SELECT array_agg(a.weekday || ':' || a."startMinute" || ':' || a."endMinute") FROM "VolunteerAvailability" a WHERE a."volunteerId" = u.id) AS slots,
      (SELECT array_agg(o.kind || ':' || o.value) FROM "VolunteerOptOut" o WHERE o."volunteerId" = u.id) AS "optOuts",
      (SELECT array_agg(c."organisationId") FROM "ConflictOfInterest" c WHERE c."volunteerId" = u.id) AS conflicts,
      (SELECT array_agg(vi."needId") FROM "VolunteerInterest" vi
        WHERE vi."volunteerId" = u.id AND vi."withdrawnAt" IS NULL AND vi."needId" = ANY(${interestNeeds}::text[])) AS interests,
      ${identity} AS "identityTags"
    FROM "VolunteerProfile" vp
    JOIN "User" u ON u.id = vp."userId"
    WHERE u."deletedAt" IS NULL AND vp."completedAt" IS NOT NULL AND vp."acceptingProposals"
      AND EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u.id AND r.role = 'VOLUNTEER')
      ${only}`;
  return rows.map(toVolunteerInput);
}

export const NEED_MATCHING_SELECT = {
  id: true,
  organisationId: true,
  programId: true,
  timeZone: true,
  languages: true,
  requiredPreferences: true,
  livedExperienceAsked: true,
  livedExperienceTags: true,
  needType: { select: { code: true } },
  organisation: { select: { sector: { select: { code: true } } } },
  availability: { select: { weekday: true, startMinute: true, endMinute: true } },
} satisfies Prisma.NeedSelect;

export async function loadNeedInputs(client: DbTx, where: Prisma.NeedWhereInput): Promise<NeedInput[]> {
  const rows: NeedRow[] = await client.need.findMany({ where, select: NEED_MATCHING_SELECT, orderBy: { id: "asc" } });
  return rows.map(toNeedInput);
}

/** A program's weights and minimum score, and which skills each need type calls for. */
export async function loadMatchingContext(client: DbTx, programId: string | null): Promise<MatchingContext> {
  const [program, typeSkills] = await Promise.all([
    programId ? client.program.findUnique({ where: { id: programId }, select: { matchingWeights: true, minimumMatchScore: true } }) : null,
    client.needTypeSkill.findMany({ select: { needType: { select: { code: true } }, skill: { select: { code: true } } }, orderBy: [{ importance: "desc" }, { skillId: "asc" }] }),
  ]);
  const needTypeSkills: Record<string, string[]> = {};
  for (const row of typeSkills) (needTypeSkills[row.needType.code] ??= []).push(row.skill.code);
  return {
    weights: toCriterionWeights(program?.matchingWeights),
    minimumScore: program?.minimumMatchScore ?? 40,
    needTypeSkills,
  };
}
