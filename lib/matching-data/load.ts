// Loads what the matching engine needs, per request and in a fixed number of
// queries whatever the number of volunteers: one query for the whole volunteer
// pool (five flat queries run side by side, each returning one text payload), one for the needs, two for the
// program's settings. Nothing is cached in process memory: app servers are
// stateless, and this is fast enough to run on every page view (see
// scripts/bench/matching-db.ts).
//
// Only server code imports this module (it reads identity self-identification,
// which only coordinators may see through the engine's neutral criterion).
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MatchingContext, NeedInput, VolunteerInput } from "@/lib/matching";
import { parseVolunteerPayloads, toCriterionWeights, toNeedInput, type NeedRow, type VolunteerPayloads } from "./map";

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
  /**
   * Load only these skills and sectors, when ranking for one need: the engine reads no other
   * (the need type's skills and required ones; the organisation's sector). Everything when absent.
   */
  onlyFor?: { skillCodes: readonly string[]; sectorCodes: readonly string[] };
  now?: Date;
}

/**
 * Per volunteer (`"volunteerId"`): `load`, the pairings that count against capacity (accepted,
 * active, paused, and proposals still awaiting an answer at `now`), and `completed` ones.
 */
export function pairingCountsSql(now: Date, where: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT "volunteerId",
      count(*) FILTER (WHERE status IN ('ACCEPTED', 'ACTIVE', 'PAUSED') OR (status = 'PROPOSED' AND "respondBy" > ${now})) AS load,
      count(*) FILTER (WHERE status = 'COMPLETED') AS completed
    FROM "Pairing" ${where} GROUP BY 1`;
}

/** Per volunteer (`"volunteerId"`): the mean satisfaction organisations gave their completed pairings. */
export const meanSatisfactionSql = Prisma.sql`
  SELECT pr."volunteerId", avg(c.satisfaction)::float8 AS satisfaction
  FROM "CloseoutSurvey" c JOIN "Pairing" pr ON pr.id = c."pairingId"
  WHERE pr.status = 'COMPLETED' AND c.side = 'ORGANISATION' GROUP BY 1`;

/** One record of the `profiles` payload (see VolunteerPayloads in ./map), from the given columns. */
export function profileRecordSql(columns: Record<"id" | "languages" | "seniority" | "capacity" | "timeZone" | "load" | "completed" | "satisfaction", Prisma.Sql>): Prisma.Sql {
  const c = columns;
  return Prisma.sql`concat_ws(chr(31), ${c.id}, array_to_string(${c.languages}, ','), ${c.seniority}, ${c.capacity}, ${c.timeZone}, ${c.load}, ${c.completed}, coalesce(${c.satisfaction}::text, ''))`;
}

/**
 * The five payload queries (see VolunteerPayloads in ./map), each one flat `SELECT string_agg(...)`:
 * no GROUP BY per volunteer and no per-row driver decoding, which with tens of thousands of
 * volunteers cost far more than PostgreSQL concatenating and JavaScript scanning.
 *
 * Volunteers who can be matched: a completed profile, open to proposals, an account that is not
 * deleted and holds the volunteer role. A pending proposal counts towards the volunteer's load like
 * a pairing under way, so that nobody is proposed more pairings than they could accept.
 *
 * `restrict` turns a volunteer-id column into a condition (an id list); null loads every volunteer.
 * `positions`, a relation `(id, n)` (the candidate page's screen), restricts the payloads other
 * than `profiles` to its volunteers and names them by `n`, their position in `profiles`, instead
 * of their id (see `parseVolunteerPayloads`' `keys`).
 */
export function volunteerPayloadQueries(
  options: Omit<LoadVolunteersOptions, "volunteerIds"> & { restrict: ((column: Prisma.Sql) => Prisma.Sql) | null; positions?: Prisma.Sql },
): Record<keyof VolunteerPayloads, Prisma.Sql> {
  const now = options.now ?? new Date();
  const interestNeeds = [...(options.interestNeedIds ?? [])];
  const restrict = (column: Prisma.Sql) => (options.restrict ? [options.restrict(column)] : []);
  const positions = options.positions;
  /** The key of a record whose volunteer id is `column`: the id, or its position. */
  const key = (column: Prisma.Sql) => (positions ? Prisma.sql`k.n` : column);
  const keyJoin = (column: Prisma.Sql) => (positions ? Prisma.sql`JOIN ${positions} k ON k.id = ${column}` : Prisma.empty);
  // The codes' ids first, so that the scan filters on an id list rather than joining every row.
  const codeIn = (column: Prisma.Sql, table: Prisma.Sql, codes: readonly string[] | undefined) =>
    codes ? [Prisma.sql`${column} = ANY(ARRAY(SELECT id FROM ${table} WHERE code = ANY(${[...codes]}::text[])))`] : [];
  const where = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty);
  return {
    profiles: Prisma.sql`
      SELECT string_agg(${profileRecordSql({
        id: Prisma.sql`u.id`,
        languages: Prisma.sql`vp.languages`,
        seniority: Prisma.sql`vp."seniorityYears"`,
        capacity: Prisma.sql`vp.capacity`,
        timeZone: Prisma.sql`vp."timeZone"`,
        load: Prisma.sql`coalesce(p.load, 0)`,
        completed: Prisma.sql`coalesce(p.completed, 0)`,
        satisfaction: Prisma.sql`o.satisfaction`,
      })}, chr(30) ORDER BY u.id COLLATE "C") AS payload
      FROM "VolunteerProfile" vp
      JOIN "User" u ON u.id = vp."userId"
      LEFT JOIN (${pairingCountsSql(now, where(restrict(Prisma.sql`"volunteerId"`)))}) p ON p."volunteerId" = u.id
      LEFT JOIN (${meanSatisfactionSql}) o ON o."volunteerId" = u.id
      ${where([
        Prisma.sql`u."deletedAt" IS NULL AND vp."completedAt" IS NOT NULL AND vp."acceptingProposals"`,
        Prisma.sql`EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u.id AND r.role = 'VOLUNTEER')`,
        ...restrict(Prisma.sql`u.id`),
      ])}`,
    skills: Prisma.sql`
      SELECT string_agg(concat_ws(chr(31), ${key(Prisma.sql`vs."volunteerId"`)}, s.code, vs.level), chr(30)) AS payload
      FROM "VolunteerSkill" vs JOIN "Skill" s ON s.id = vs."skillId" ${keyJoin(Prisma.sql`vs."volunteerId"`)}
      ${where([...restrict(Prisma.sql`vs."volunteerId"`), ...codeIn(Prisma.sql`vs."skillId"`, Prisma.sql`"Skill"`, options.onlyFor?.skillCodes)])}`,
    sectors: Prisma.sql`
      SELECT string_agg(concat_ws(chr(31), ${key(Prisma.sql`vs."volunteerId"`)}, s.code), chr(30)) AS payload
      FROM "VolunteerSector" vs JOIN "Sector" s ON s.id = vs."sectorId" ${keyJoin(Prisma.sql`vs."volunteerId"`)}
      ${where([...restrict(Prisma.sql`vs."volunteerId"`), ...codeIn(Prisma.sql`vs."sectorId"`, Prisma.sql`"Sector"`, options.onlyFor?.sectorCodes)])}`,
    slots: Prisma.sql`
      SELECT string_agg(concat_ws(chr(31), ${key(Prisma.sql`a."volunteerId"`)}, a.weekday, a."startMinute", a."endMinute"), chr(30)) AS payload
      FROM "VolunteerAvailability" a ${keyJoin(Prisma.sql`a."volunteerId"`)} ${where(restrict(Prisma.sql`a."volunteerId"`))}`,
    // The short lists: opt-outs, conflicts, interests in the request's needs and, only when asked, consented identity tags.
    lists: Prisma.sql`
      SELECT string_agg(concat_ws(chr(31), ${key(Prisma.sql`l.id`)}, l.kind, l.value), chr(30)) AS payload FROM (
        SELECT o."volunteerId" AS id, 'optOut' AS kind, o.kind || ':' || o.value AS value FROM "VolunteerOptOut" o
        UNION ALL SELECT c."volunteerId", 'conflict', c."organisationId" FROM "ConflictOfInterest" c
        UNION ALL SELECT i."volunteerId", 'interest', i."needId" FROM "VolunteerInterest" i
          WHERE i."withdrawnAt" IS NULL AND i."needId" = ANY(${interestNeeds}::text[])
        ${options.includeIdentity ? Prisma.sql`UNION ALL SELECT t."userId", 'identity', unnest(t.tags) FROM "IdentitySelfIdentification" t` : Prisma.empty}
      ) l ${keyJoin(Prisma.sql`l.id`)} ${where(restrict(Prisma.sql`l.id`))}`,
  };
}

/** The engine's inputs for the volunteers who can be matched (five queries run side by side). */
export async function loadVolunteerInputs(client: DbTx, options: LoadVolunteersOptions): Promise<VolunteerInput[]> {
  const ids = options.volunteerIds ? [...options.volunteerIds] : null;
  const queries = volunteerPayloadQueries({ ...options, restrict: ids ? (column) => Prisma.sql`${column} = ANY(${ids}::text[])` : null });
  const text = (sql: Prisma.Sql) => client.$queryRaw<{ payload: string | null }[]>(sql).then((rows) => rows[0]?.payload ?? "");
  const [profiles, skills, sectors, slots, lists] = await Promise.all([text(queries.profiles), text(queries.skills), text(queries.sectors), text(queries.slots), text(queries.lists)]);
  return parseVolunteerPayloads({ profiles, skills, sectors, slots, lists });
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
  const [settings, needTypeSkills] = await Promise.all([loadProgramSettings(client, programId), loadNeedTypeSkills(client)]);
  return { ...settings, needTypeSkills };
}

/** A program's weights and minimum score (the defaults without a program). */
export async function loadProgramSettings(client: DbTx, programId: string | null): Promise<Omit<MatchingContext, "needTypeSkills">> {
  const program = programId ? await client.program.findUnique({ where: { id: programId }, select: { matchingWeights: true, minimumMatchScore: true } }) : null;
  return {
    weights: toCriterionWeights(program?.matchingWeights),
    minimumScore: program?.minimumMatchScore ?? 40,
  };
}

/** Which skills each need type calls for, most important first. */
export async function loadNeedTypeSkills(client: DbTx): Promise<MatchingContext["needTypeSkills"]> {
  const typeSkills = await client.needTypeSkill.findMany({ select: { needType: { select: { code: true } }, skill: { select: { code: true } } }, orderBy: [{ importance: "desc" }, { skillId: "asc" }] });
  const needTypeSkills: Record<string, string[]> = {};
  for (const row of typeSkills) (needTypeSkills[row.needType.code] ??= []).push(row.skill.code);
  return needTypeSkills;
}
