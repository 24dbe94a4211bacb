// The first pass of the candidate page: PostgreSQL applies the hard filters to
// every volunteer open to proposals, so that only the ones who may be eligible
// are loaded and scored by the engine. With 20,000 volunteers, most of them
// usually fail on availability alone; loading and preparing them all on every
// page view was what made the page slow.
//
// Every filter here is the engine's own rule written in SQL, exactly (languages,
// capacity, conflicts, opt-outs, required preferences), except availability,
// which needs time-zone rules: it uses the engine's conservative screen (see
// lib/matching/availability-screen.ts), which only rules out volunteers the
// engine would exclude too, and is exact in a zone whose offset does not change
// around the reference week. A volunteer is ruled out here when the verdict is
// certain (no shared availability for sure, or another filter failed and the
// availability test was exact) and reported with every filter they fail; every
// other volunteer goes to the engine, which has the last word. So in most weeks
// the engine only loads the volunteers who are eligible.
// tests/integration/matching-screen.test.ts holds both to the same verdicts on
// random data.
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExcludedCandidate, HardFilterId, NeedInput, VolunteerInput } from "@/lib/matching";
import { availabilityScreen, HARD_FILTERS } from "@/lib/matching";
import { meanSatisfactionSql, pairingCountsSql, profileRecordSql, volunteerPayloadQueries, type LoadVolunteersOptions } from "./load";
import { parseVolunteerPayloads } from "./map";

/** Receives a phase's name and its duration in ms (or a size, when the name says so). */
export type PhaseProbe = (phase: string, value: number) => void;

/** Reports the time since `since` to the probe, if any, and returns now. */
export function phase(probe: PhaseProbe | undefined, name: string, since: number): number {
  const now = performance.now();
  probe?.(name, now - since);
  return now;
}

export interface RuledOutVolunteer extends ExcludedCandidate {
  interested: boolean;
}

export interface VolunteerScreen {
  /** Volunteers open to proposals (the engine's pool before any filter). */
  poolSize: number;
  /**
   * Volunteers the engine has to evaluate (maybe eligible, or failing a filter with an uncertain
   * availability verdict), loaded by the same statement with `load`'s options, in id order.
   */
  toEvaluate: VolunteerInput[];
  /** Volunteers certainly excluded, with every filter they fail. */
  ruledOut: {
    count: number;
    /** For each filter, how many of them fail it. */
    counts: Record<HardFilterId, number>;
    /** The first `listLimit` of them, those who offered to help first, then by id (code-unit order). */
    first: RuledOutVolunteer[];
  };
}

interface ScreenRow {
  pool: number;
  profiles: string | null;
  skills: string | null;
  sectors: string | null;
  slots: string | null;
  lists: string | null;
  ruled_out: number;
  language: number;
  availability: number;
  capacity: number;
  conflict: number;
  opt_out: number;
  required: number;
  first: [string, boolean, boolean, boolean, boolean, boolean, boolean, boolean][] | null;
}

function skillLevelSql(column: Prisma.Sql): Prisma.Sql {
  // The engine's reading of a stored level (lib/matching-data/map.ts skillLevel): 1, 2 or 3.
  return Prisma.sql`(CASE WHEN ${column} >= 3 THEN 3 WHEN ${column} <= 1 THEN 1 ELSE 2 END)`;
}

/** The time zones volunteers use, for `screenVolunteersForNeed` (one small query, run beside others). */
export async function loadVolunteerTimeZones(client: DbTx): Promise<string[]> {
  const rows = await client.$queryRaw<{ zone: string }[]>`SELECT DISTINCT "timeZone" AS zone FROM "VolunteerProfile"`;
  return rows.map((r) => r.zone);
}

/** One statement: the screen's verdicts and counts, and the payloads of the volunteers left for the engine. */
export async function screenVolunteersForNeed(
  client: DbTx,
  options: {
    need: NeedInput;
    weekStartMs: number;
    now: Date;
    listLimit: number;
    volunteerTimeZones: readonly string[];
    load: Omit<LoadVolunteersOptions, "volunteerIds">;
    /** Optional timing probe (the benchmark's `--profile`): called with each phase's duration. */
    profile?: PhaseProbe;
  },
): Promise<VolunteerScreen> {
  const { need, now } = options;
  let mark = performance.now();
  const screen = availabilityScreen({ need, weekStartMs: options.weekStartMs, volunteerTimeZones: options.volunteerTimeZones });
  const payload = volunteerPayloadQueries({ ...options.load, now, restrict: null, positions: Prisma.sql`evaluated` });

  const required = need.requiredPreferences ?? [];
  let minSeniority = 0;
  let sectorRequired = false;
  const requiredLanguages: string[] = [];
  const requiredSkills: string[] = [];
  const requiredLevels: number[] = [];
  for (const preference of required) {
    if (preference.kind === "minSeniority") minSeniority = Math.max(minSeniority, preference.years);
    else if (preference.kind === "sectorExperience") sectorRequired = true;
    else if (preference.kind === "language") requiredLanguages.push(preference.language);
    else {
      requiredSkills.push(preference.skill);
      requiredLevels.push(preference.minLevel);
    }
  }
  const sector = need.organisationSector;
  // Only the required preferences the need has: an empty clause costs a subplan per volunteer.
  const requiredClauses: Prisma.Sql[] = [];
  if (minSeniority > 0) requiredClauses.push(Prisma.sql`greatest(m.seniority, 0) < ${minSeniority}`);
  if (sectorRequired) {
    requiredClauses.push(Prisma.sql`m.id NOT IN (SELECT vs."volunteerId" FROM "VolunteerSector" vs JOIN "Sector" s ON s.id = vs."sectorId" WHERE s.code = ${sector})`);
  }
  if (requiredLanguages.length) requiredClauses.push(Prisma.sql`NOT (m.languages @> ${requiredLanguages}::text[])`);
  requiredSkills.forEach((code, k) => {
    requiredClauses.push(Prisma.sql`m.id NOT IN (
      SELECT vs."volunteerId" FROM "VolunteerSkill" vs JOIN "Skill" s ON s.id = vs."skillId"
      WHERE s.code = ${code} AND ${skillLevelSql(Prisma.sql`vs.level`)} >= ${requiredLevels[k]})`);
  });
  const requiredSql = requiredClauses.length ? Prisma.sql`(${Prisma.join(requiredClauses, " OR ")})` : Prisma.sql`false`;
  // The need's runs as one multirange literal, e.g. "{[56,68),[728,740)}" (PostgreSQL 14 or later);
  // an empty one screens out everyone with a known zone.
  const runs = `{${screen.runs.map((r) => `[${r.from},${r.to})`).join(",")}}`;

  const [row] = await client.$queryRaw<ScreenRow[]>(Prisma.sql`
    WITH matchable AS (
      SELECT u.id, vp.languages, vp.capacity, vp."seniorityYears" AS seniority, vp."timeZone" AS zone
      FROM "VolunteerProfile" vp JOIN "User" u ON u.id = vp."userId"
      WHERE u."deletedAt" IS NULL AND vp."completedAt" IS NOT NULL AND vp."acceptingProposals"
        AND EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u.id AND r.role = 'VOLUNTEER')
    ),
    zones AS (
      SELECT * FROM unnest(${screen.zones.map((z) => z.name)}::text[], ${screen.zones.map((z) => z.minOffset)}::int[], ${screen.zones.map((z) => z.maxOffset)}::int[]) AS z(name, lo, hi)
    ),
    -- Each volunteer with their zone's offset bounds (null when the engine does not know the zone).
    base AS MATERIALIZED (
      SELECT m.*, z.lo, z.hi FROM matchable m LEFT JOIN zones z ON z.name = m.zone
    ),
    -- Volunteers with a window whose widened UTC slot range meets one of the need's slots (float
    -- arithmetic and one range operator per window: numeric division and a join on the runs were
    -- several times slower; integer division measured no faster). Joined to base for the zone's
    -- bounds rather than to the profiles and the zones again.
    -- No DISTINCT: NOT IN below hashes the ids, duplicates included, and sorting them cost more.
    may_share AS (
      SELECT a."volunteerId" AS id
      FROM "VolunteerAvailability" a
      JOIN base b ON b.id = a."volunteerId"
      WHERE b.lo IS NOT NULL AND a.weekday BETWEEN 1 AND 7 AND a."startMinute" >= 0 AND a."endMinute" <= 1440 AND a."startMinute" < a."endMinute"
        AND int4range(
          ceil(((a.weekday - 1) * 1440 + a."startMinute" - b.hi)::float8 / 15)::int,
          greatest(ceil(((a.weekday - 1) * 1440 + a."startMinute" - b.hi)::float8 / 15)::int, floor(((a.weekday - 1) * 1440 + a."endMinute" - b.lo)::float8 / 15)::int)
        ) && ${runs}::int4multirange
    ),
    -- Every filter's verdict, and whether the screen rules the volunteer out: when the verdict is
    -- certain (no shared availability for sure, or another filter failed and the availability test
    -- was exact). The inner query is kept apart (OFFSET 0) so that each subplan runs once per
    -- volunteer; one materialized CTE rather than two measured about 5 ms less.
    verdicts AS MATERIALIZED (
      SELECT f.*, (availability OR (steady AND (language OR capacity OR conflict OR opt_out OR required))) AS ruled_out FROM (
      SELECT m.id, m.languages, m.capacity AS cap, m.seniority, m.zone, coalesce(pc.load, 0) AS load, coalesce(pc.completed, 0) AS completed,
        NOT (m.languages && ${[...need.languages]}::text[]) AS language,
        (m.lo IS NOT NULL AND m.id NOT IN (SELECT id FROM may_share)) AS availability,
        -- In a zone whose offset does not change around the reference week, the test above is exact both ways.
        coalesce(m.lo = m.hi, false) AS steady,
        (m.capacity <= 0 OR coalesce(pc.load, 0) >= m.capacity) AS capacity,
        m.id IN (SELECT c."volunteerId" FROM "ConflictOfInterest" c WHERE c."organisationId" = ${need.organisationId}) AS conflict,
        m.id IN (
          SELECT o."volunteerId" FROM "VolunteerOptOut" o
          WHERE (o.kind = 'NEED_TYPE' AND o.value = ${need.needType}) OR (o.kind = 'SECTOR' AND o.value = ${sector} AND o.value <> '')
             OR (o.kind = 'ORGANISATION' AND o.value = ${need.organisationId})) AS opt_out,
        ${requiredSql} AS required,
        m.id IN (SELECT i."volunteerId" FROM "VolunteerInterest" i WHERE i."needId" = ${need.id} AND i."withdrawnAt" IS NULL) AS interested
      FROM base m
        LEFT JOIN (${pairingCountsSql(now)}) pc ON pc."volunteerId" = m.id
      OFFSET 0) f
    ),
    -- The volunteers left for the engine, numbered in the order of the profiles payload: the other
    -- payloads name them by that number rather than by id (fewer bytes, and no lookup by id).
    evaluated AS MATERIALIZED (
      SELECT id, (row_number() OVER (ORDER BY id COLLATE "C") - 1)::int AS n FROM verdicts WHERE NOT ruled_out
    )
    SELECT count(*)::int AS pool,
      -- The profiles of the volunteers left for the engine come from the rows above, not from a second
      -- pass over the profiles, users and roles.
      (SELECT string_agg(${profileRecordSql({
        id: Prisma.sql`e.id`,
        languages: Prisma.sql`e.languages`,
        seniority: Prisma.sql`e.seniority`,
        capacity: Prisma.sql`e.cap`,
        timeZone: Prisma.sql`e.zone`,
        load: Prisma.sql`e.load`,
        completed: Prisma.sql`e.completed`,
        satisfaction: Prisma.sql`o.satisfaction`,
      })}, chr(30) ORDER BY e.id COLLATE "C")
       FROM verdicts e LEFT JOIN (${meanSatisfactionSql}) o ON o."volunteerId" = e.id WHERE NOT e.ruled_out) AS profiles,
      (${payload.skills}) AS skills, (${payload.sectors}) AS sectors,
      (${payload.slots}) AS slots, (${payload.lists}) AS lists,
      count(*) FILTER (WHERE ruled_out)::int AS ruled_out,
      count(*) FILTER (WHERE ruled_out AND language)::int AS language,
      count(*) FILTER (WHERE ruled_out AND availability)::int AS availability,
      count(*) FILTER (WHERE ruled_out AND capacity)::int AS capacity,
      count(*) FILTER (WHERE ruled_out AND conflict)::int AS conflict,
      count(*) FILTER (WHERE ruled_out AND opt_out)::int AS opt_out,
      count(*) FILTER (WHERE ruled_out AND required)::int AS required,
      (SELECT json_agg(json_build_array(l.id, l.language, l.availability, l.capacity, l.conflict, l.opt_out, l.required, l.interested))
       FROM (SELECT * FROM verdicts WHERE ruled_out ORDER BY interested DESC, id COLLATE "C" LIMIT ${options.listLimit}) l) AS first
    FROM verdicts`);
  mark = phase(options.profile, "screen statement (round trip)", mark);

  const counts = Object.fromEntries(HARD_FILTERS.map((f) => [f, 0])) as Record<HardFilterId, number>;
  if (!row) return { poolSize: 0, toEvaluate: [], ruledOut: { count: 0, counts, first: [] } };
  const payloads = { profiles: row.profiles ?? "", skills: row.skills ?? "", sectors: row.sectors ?? "", slots: row.slots ?? "", lists: row.lists ?? "" };
  const toEvaluate = parseVolunteerPayloads(payloads, { keys: "position" });
  if (options.profile) {
    phase(options.profile, "payload parsing", mark);
    for (const [name, text] of Object.entries(payloads)) options.profile(`payload ${name} (KiB)`, text.length / 1024);
  }
  counts.language = row.language;
  counts.availability = row.availability;
  counts.capacity = row.capacity;
  counts.conflictOfInterest = row.conflict;
  counts.optOut = row.opt_out;
  counts.requiredPreference = row.required;
  const first = (row.first ?? []).map(([volunteerId, language, availability, capacity, conflict, optOut, requiredPreference, interested]) => {
    const failed: Record<HardFilterId, boolean> = { language, availability, capacity, conflictOfInterest: conflict, optOut, requiredPreference };
    return { volunteerId, filters: HARD_FILTERS.filter((f) => failed[f]), interested };
  });
  return { poolSize: row.pool, toEvaluate, ruledOut: { count: row.ruled_out, counts, first } };
}
