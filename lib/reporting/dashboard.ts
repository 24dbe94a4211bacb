// The coordinator dashboard: every figure aggregated in PostgreSQL, in six queries run side by
// side, over the programs and period of a ReportFilter. No query returns one row per need,
// pairing or session: they return counts, sums and percentiles (`percentile_cont`, the "linear"
// method of lib/reporting/stats.ts), a row per month and program, and at most AT_RISK_LIMIT
// at-risk pairings. tests/integration/reporting-dashboard.test.ts recomputes every figure by
// hand on a small fixture; `npm run bench:dashboard` measures it at national scale.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { donatedTimeValueCents } from "@/lib/scheduling";
import { rate } from "./stats";
import type { AtRiskCode } from "@/lib/scheduling";
import { AT_RISK_CODES, atRiskQuery, reasonsFor, type AtRiskRow } from "./at-risk";
import type { ReportFilter } from "./filters";
import { OUTCOME_RESULTS, type OutcomeResult } from "./outcomes";

export const AT_RISK_LIMIT = 50;
/** Funnel stages a need passes through, in order. */
export const FUNNEL_STAGES = ["submitted", "approved", "matched", "completed"] as const;
export const PIPELINE_STATUSES = ["SUBMITTED", "RETURNED", "APPROVED", "MATCHING", "MATCHED", "CLOSED", "WITHDRAWN"] as const;
/** Days from submission to match, bucketed for the chart: upper bounds, the last one open. */
export const MATCH_DAY_BUCKETS = [7, 14, 30, 60] as const;
export const PROPOSAL_OUTCOMES = ["accepted", "declined", "expired", "withdrawn", "pending"] as const;
export const SIDES = ["ORGANISATION", "VOLUNTEER"] as const;
export type Side = (typeof SIDES)[number];

/** Statuses a pairing reaches only after the volunteer said yes. */
const ACCEPTED_STATUSES = Prisma.sql`('ACCEPTED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY')`;

export interface DashboardData {
  funnel: Record<(typeof FUNNEL_STAGES)[number], number>;
  needsByStatus: Record<(typeof PIPELINE_STATUSES)[number], number>;
  timeToMatch: { count: number; medianDays: number | null; p90Days: number | null; buckets: number[] };
  proposals: { counts: Record<(typeof PROPOSAL_OUTCOMES)[number], number>; proposed: number; acceptanceRate: number | null; responseMedianHours: number | null; responseP90Hours: number | null };
  pairings: { activeNow: number; pausedNow: number; activeDuringPeriod: number; started: number; completed: number; endedEarly: number; completionRate: number | null };
  atRisk: { total: number; byCode: Record<AtRiskCode, number>; rows: (AtRiskRow & { reasons: ReturnType<typeof reasonsFor> })[] };
  sessions: { held: number; attended: number; minutes: number; valueCents: number; byMonth: { month: string; held: number; minutes: number }[] };
  surveys: { responses: Record<Side, number>; meanSatisfaction: Record<Side, number | null>; satisfaction: Record<Side, number[]>; outcomes: Record<OutcomeResult, number> };
  alumni: { total: number; volunteers: number; mentees: number; volunteeredAgain: number; attendedEvent: number; referred: number; reengaged: number; directoryOptIn: number; newsletterOptIn: number; eventsOptIn: number; ambassadors: number };
}

interface NeedRow {
  submitted: number; approved: number; matched: number; completed: number;
  SUBMITTED: number; RETURNED: number; APPROVED: number; MATCHING: number; MATCHED: number; CLOSED: number; WITHDRAWN: number;
  matchCount: number; matchMedian: number | null; matchP90: number | null;
  b0: number; b1: number; b2: number; b3: number; b4: number;
}

function needsQuery(f: ReportFilter) {
  const { start, end } = f.period;
  const submittedIn = Prisma.sql`n."submittedAt" >= ${start} AND n."submittedAt" < ${end}`;
  const matchedIn = Prisma.sql`n."matchedAt" >= ${start} AND n."matchedAt" < ${end} AND n."submittedAt" IS NOT NULL`;
  const days = Prisma.sql`(extract(epoch FROM n."matchedAt" - n."submittedAt") / 86400.0)::float8`;
  const [d1, d2, d3, d4] = MATCH_DAY_BUCKETS;
  const status = (s: string) => Prisma.sql`count(*) FILTER (WHERE ${submittedIn} AND n.status = ${s}::"NeedStatus")::int AS ${Prisma.raw(`"${s}"`)}`;
  return db.$queryRaw<NeedRow[]>`
    SELECT
      count(*) FILTER (WHERE ${submittedIn})::int AS submitted,
      count(*) FILTER (WHERE ${submittedIn} AND n."approvedAt" IS NOT NULL)::int AS approved,
      count(*) FILTER (WHERE ${submittedIn} AND n."matchedAt" IS NOT NULL)::int AS matched,
      count(*) FILTER (WHERE ${submittedIn} AND EXISTS (SELECT 1 FROM "Pairing" p WHERE p."needId" = n.id AND p.status = 'COMPLETED'))::int AS completed,
      ${Prisma.join(PIPELINE_STATUSES.map(status), ",\n      ")},
      count(*) FILTER (WHERE ${matchedIn})::int AS "matchCount",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) FILTER (WHERE ${matchedIn}) AS "matchMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days}) FILTER (WHERE ${matchedIn}) AS "matchP90",
      count(*) FILTER (WHERE ${matchedIn} AND ${days} <= ${d1})::int AS b0,
      count(*) FILTER (WHERE ${matchedIn} AND ${days} > ${d1} AND ${days} <= ${d2})::int AS b1,
      count(*) FILTER (WHERE ${matchedIn} AND ${days} > ${d2} AND ${days} <= ${d3})::int AS b2,
      count(*) FILTER (WHERE ${matchedIn} AND ${days} > ${d3} AND ${days} <= ${d4})::int AS b3,
      count(*) FILTER (WHERE ${matchedIn} AND ${days} > ${d4})::int AS b4
    FROM "Need" n
    WHERE n."programId" = ANY(${f.programIds}::text[])`;
}

interface PairingRow {
  proposed: number; accepted: number; declined: number; expired: number; withdrawn: number; pending: number;
  responseMedian: number | null; responseP90: number | null;
  activeNow: number; pausedNow: number; activeDuringPeriod: number; started: number; completed: number; endedEarly: number;
}

function pairingsQuery(f: ReportFilter) {
  const { start, end } = f.period;
  const proposedIn = Prisma.sql`p."proposedAt" >= ${start} AND p."proposedAt" < ${end}`;
  const endedIn = Prisma.sql`p."endedAt" >= ${start} AND p."endedAt" < ${end}`;
  const responded = Prisma.sql`${proposedIn} AND p."respondedAt" IS NOT NULL AND p.status NOT IN ('EXPIRED', 'WITHDRAWN')`;
  const hours = Prisma.sql`(extract(epoch FROM p."respondedAt" - p."proposedAt") / 3600.0)::float8`;
  return db.$queryRaw<PairingRow[]>`
    SELECT
      count(*) FILTER (WHERE ${proposedIn})::int AS proposed,
      count(*) FILTER (WHERE ${proposedIn} AND p.status IN ${ACCEPTED_STATUSES})::int AS accepted,
      count(*) FILTER (WHERE ${proposedIn} AND p.status = 'DECLINED')::int AS declined,
      count(*) FILTER (WHERE ${proposedIn} AND p.status = 'EXPIRED')::int AS expired,
      count(*) FILTER (WHERE ${proposedIn} AND p.status = 'WITHDRAWN')::int AS withdrawn,
      count(*) FILTER (WHERE ${proposedIn} AND p.status = 'PROPOSED')::int AS pending,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours}) FILTER (WHERE ${responded}) AS "responseMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours}) FILTER (WHERE ${responded}) AS "responseP90",
      count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS "activeNow",
      count(*) FILTER (WHERE p.status = 'PAUSED')::int AS "pausedNow",
      count(*) FILTER (WHERE p."activatedAt" < ${end} AND (p."endedAt" IS NULL OR p."endedAt" >= ${start}))::int AS "activeDuringPeriod",
      count(*) FILTER (WHERE p."activatedAt" >= ${start} AND p."activatedAt" < ${end})::int AS started,
      count(*) FILTER (WHERE ${endedIn} AND p.status = 'COMPLETED')::int AS completed,
      count(*) FILTER (WHERE ${endedIn} AND p.status = 'ENDED_EARLY')::int AS "endedEarly"
    FROM "Pairing" p
    WHERE p."programId" = ANY(${f.programIds}::text[])`;
}

interface SessionRow {
  month: string;
  hourlyValueCents: number;
  held: number;
  attended: number;
  minutes: number;
}

/**
 * Held sessions by program and month (UTC). Volunteer hours count the sessions the volunteer
 * did not miss (no attendance row saying absent), at their logged length, or their planned
 * length when none was logged — the rule of lib/scheduling's volunteerHours.
 */
function sessionsQuery(f: ReportFilter) {
  const { start, end } = f.period;
  const attended = Prisma.sql`a.present IS DISTINCT FROM false`;
  return db.$queryRaw<SessionRow[]>`
    SELECT to_char(s.month AT TIME ZONE 'UTC', 'YYYY-MM') AS month, pr."hourlyValueCents", s.held, s.attended, s.minutes
    FROM (
      SELECT date_trunc('month', o."startsAt", 'UTC') AS month, p."programId",
        count(*)::int AS held,
        count(*) FILTER (WHERE ${attended})::int AS attended,
        COALESCE(sum(COALESCE(o."durationMinutes", round(extract(epoch FROM o."endsAt" - o."startsAt") / 60)::int)) FILTER (WHERE ${attended}), 0)::int AS minutes
      FROM "SessionOccurrence" o
      JOIN "Pairing" p ON p.id = o."pairingId"
      LEFT JOIN "SessionAttendance" a ON a."occurrenceId" = o.id AND a."userId" = p."volunteerId"
      WHERE p."programId" = ANY(${f.programIds}::text[]) AND o.status = 'HELD' AND o."startsAt" >= ${start} AND o."startsAt" < ${end}
      GROUP BY 1, 2
    ) s
    JOIN "Program" pr ON pr.id = s."programId"
    ORDER BY s.month`;
}

interface SurveyRow {
  kind: "satisfaction" | "outcome";
  side: Side;
  key: string;
  n: number;
}

function surveysQuery(f: ReportFilter) {
  const { start, end } = f.period;
  const scope = Prisma.sql`p."programId" = ANY(${f.programIds}::text[]) AND s."submittedAt" >= ${start} AND s."submittedAt" < ${end}`;
  return db.$queryRaw<SurveyRow[]>`
    SELECT 'satisfaction' AS kind, s.side::text AS side, s.satisfaction::text AS key, count(*)::int AS n
    FROM "CloseoutSurvey" s JOIN "Pairing" p ON p.id = s."pairingId"
    WHERE ${scope}
    GROUP BY s.side, s.satisfaction
    UNION ALL
    SELECT 'outcome', s.side::text, e.value ->> 'result', count(*)::int
    FROM "CloseoutSurvey" s JOIN "Pairing" p ON p.id = s."pairingId",
      jsonb_array_elements(CASE WHEN jsonb_typeof(s.outcomes) = 'array' THEN s.outcomes ELSE '[]'::jsonb END) e
    WHERE ${scope} AND e.value ->> 'result' IN (${Prisma.join([...OUTCOME_RESULTS])})
    GROUP BY s.side, e.value ->> 'result'`;
}

type AlumniRow = DashboardData["alumni"];

/** Alumni of the programs (up to the period's end) and who re-engaged during the period. */
function alumniQuery(f: ReportFilter) {
  const { start, end } = f.period;
  return db.$queryRaw<AlumniRow[]>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE a.side = 'VOLUNTEER')::int AS volunteers,
      count(*) FILTER (WHERE a.side = 'ORGANISATION')::int AS mentees,
      count(*) FILTER (WHERE e."volunteeredAgain")::int AS "volunteeredAgain",
      count(*) FILTER (WHERE e."attendedEvent")::int AS "attendedEvent",
      count(*) FILTER (WHERE e.referred)::int AS referred,
      count(e."alumniId")::int AS reengaged,
      count(*) FILTER (WHERE a."directoryOptIn")::int AS "directoryOptIn",
      count(*) FILTER (WHERE a."newsletterOptIn")::int AS "newsletterOptIn",
      count(*) FILTER (WHERE a."eventsOptIn")::int AS "eventsOptIn",
      count(*) FILTER (WHERE a.ambassador)::int AS ambassadors
    FROM "Alumni" a
    LEFT JOIN (
      SELECT "alumniId",
        bool_or(kind = 'VOLUNTEERED_AGAIN') AS "volunteeredAgain",
        bool_or(kind = 'ATTENDED_EVENT') AS "attendedEvent",
        bool_or(kind = 'REFERRED') AS referred
      FROM "AlumniEngagement"
      WHERE "occurredAt" >= ${start} AND "occurredAt" < ${end}
      GROUP BY "alumniId"
    ) e ON e."alumniId" = a.id
    WHERE a."programId" = ANY(${f.programIds}::text[]) AND a.since < ${end}`;
}

/** Alumni and re-engagement figures alone, for the alumni pages. */
export async function loadAlumniFigures(filter: ReportFilter): Promise<DashboardData["alumni"]> {
  const [row] = await alumniQuery(filter);
  if (!row) throw new Error("Aggregate queries always return one row");
  return row;
}

const emptyBySide = <T>(value: () => T): Record<Side, T> => ({ ORGANISATION: value(), VOLUNTEER: value() });

export async function loadDashboard(filter: ReportFilter, options: { now?: Date } = {}): Promise<DashboardData> {
  const now = options.now ?? new Date();
  const [[needs], [pairings], atRiskRows, sessionRows, surveyRows, [alumni]] = await Promise.all([
    needsQuery(filter),
    pairingsQuery(filter),
    db.$queryRaw<AtRiskRow[]>(atRiskQuery({ programIds: filter.programIds, now, limit: AT_RISK_LIMIT })),
    sessionsQuery(filter),
    surveysQuery(filter),
    alumniQuery(filter),
  ]);
  if (!needs || !pairings || !alumni) throw new Error("Aggregate queries always return one row");

  const byMonth = new Map<string, { month: string; held: number; minutes: number }>();
  let held = 0;
  let attended = 0;
  let minutes = 0;
  let valueCents = 0;
  // One row per program and month: value is computed per program, at its own hourly value.
  for (const row of sessionRows) {
    held += row.held;
    attended += row.attended;
    minutes += row.minutes;
    valueCents += donatedTimeValueCents({ minutes: row.minutes, hourlyValueCents: row.hourlyValueCents });
    const entry = byMonth.get(row.month) ?? { month: row.month, held: 0, minutes: 0 };
    entry.held += row.held;
    entry.minutes += row.minutes;
    byMonth.set(row.month, entry);
  }

  const satisfaction = emptyBySide(() => [0, 0, 0, 0, 0]);
  const outcomes: Record<OutcomeResult, number> = { achieved: 0, partly: 0, not: 0 };
  for (const row of surveyRows) {
    if (row.kind === "satisfaction") {
      const score = Number(row.key);
      if (score >= 1 && score <= 5) satisfaction[row.side][score - 1] = (satisfaction[row.side][score - 1] ?? 0) + row.n;
    } else outcomes[row.key as OutcomeResult] += row.n;
  }
  const responses = emptyBySide(() => 0);
  const meanSatisfaction = emptyBySide<number | null>(() => null);
  for (const side of SIDES) {
    const counts = satisfaction[side];
    responses[side] = counts.reduce((a, b) => a + b, 0);
    meanSatisfaction[side] = rate(counts.reduce((sum, n, i) => sum + n * (i + 1), 0), responses[side]);
  }

  const byCode = Object.fromEntries(AT_RISK_CODES.map((code) => [code, Number(atRiskRows[0]?.codeCounts[code] ?? 0)])) as Record<AtRiskCode, number>;

  const decided = pairings.accepted + pairings.declined + pairings.expired;
  return {
    funnel: { submitted: needs.submitted, approved: needs.approved, matched: needs.matched, completed: needs.completed },
    needsByStatus: Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, needs[s]])) as DashboardData["needsByStatus"],
    timeToMatch: { count: needs.matchCount, medianDays: needs.matchMedian, p90Days: needs.matchP90, buckets: [needs.b0, needs.b1, needs.b2, needs.b3, needs.b4] },
    proposals: {
      proposed: pairings.proposed,
      counts: { accepted: pairings.accepted, declined: pairings.declined, expired: pairings.expired, withdrawn: pairings.withdrawn, pending: pairings.pending },
      acceptanceRate: rate(pairings.accepted, decided),
      responseMedianHours: pairings.responseMedian,
      responseP90Hours: pairings.responseP90,
    },
    pairings: {
      activeNow: pairings.activeNow,
      pausedNow: pairings.pausedNow,
      activeDuringPeriod: pairings.activeDuringPeriod,
      started: pairings.started,
      completed: pairings.completed,
      endedEarly: pairings.endedEarly,
      completionRate: rate(pairings.completed, pairings.completed + pairings.endedEarly),
    },
    atRisk: {
      total: atRiskRows[0]?.total ?? 0,
      byCode,
      rows: atRiskRows.map((row) => ({ ...row, reasons: reasonsFor(row, now) })),
    },
    sessions: { held, attended, minutes, valueCents, byMonth: [...byMonth.values()] },
    surveys: { responses, meanSatisfaction, satisfaction, outcomes },
    alumni,
  };
}
