// At-risk pairings for the dashboard, computed in SQL over every pairing of the chosen programs.
//
// The rules are the pure `assessPairingHealth` (lib/scheduling/pairing-health.ts): its
// thresholds (DEFAULT_HEALTH_THRESHOLDS) are the SQL's parameters, and the SQL mirrors its
// branches one for one. tests/integration/reporting-at-risk.test.ts runs both on the same
// fixture and requires the same reason codes for every pairing. The SQL selects the pairings and
// counts reasons; the list then shows each flagged pairing's reasons as the pure function words
// them, from the facts the SQL returned (`toHealthInput`).
//
// Facts, as the pure function expects them:
// - only ACTIVE pairings can be inactive or badly rated; only PROPOSED ones can be overdue;
// - the last logged session is the latest start of a session marked held with a log, not in the
//   future; with none, inactivity counts from activation;
// - a recent rating is a logged rating of a session that started within the rating window.
import { Prisma } from "@/lib/generated/prisma/client";
import {
  assessPairingHealth,
  DEFAULT_HEALTH_THRESHOLDS,
  type AtRiskCode,
  type AtRiskReason,
  type HealthThresholds,
  type PairingHealthInput,
} from "@/lib/scheduling";

export const AT_RISK_CODES: readonly AtRiskCode[] = ["no_session_logged", "proposal_overdue", "proposal_deadline_near", "low_session_rating"];

export interface AtRiskRow {
  id: string;
  status: "ACTIVE" | "PROPOSED";
  activatedAt: Date | null;
  respondBy: Date;
  lastLoggedAt: Date | null;
  /** Low ratings within the window, as JSON from the database. */
  lowRatings: { rating: number; at: string }[] | null;
  codes: AtRiskCode[];
  organisationName: string;
  volunteerName: string;
  needTitle: string;
  /** How many pairings are at risk in all (the list itself is limited). */
  total: number;
  /** How many at-risk pairings have each reason, in all. */
  codeCounts: Record<AtRiskCode, number>;
}

/**
 * One query: every at-risk pairing of the programs (at most `limit` rows, most overdue first),
 * each with its reason codes and the facts behind them, plus the totals (all pairings, and per
 * reason) repeated on every row.
 */
export function atRiskQuery(options: { programIds: string[]; now: Date; limit: number; thresholds?: HealthThresholds }): Prisma.Sql {
  const th = options.thresholds ?? DEFAULT_HEALTH_THRESHOLDS;
  const now = options.now;
  return Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT p.id, p.status::text AS status, p."activatedAt", p."respondBy", p."needId", p."volunteerId"
      FROM "Pairing" p
      WHERE p."programId" = ANY(${options.programIds}::text[]) AND p.status IN ('ACTIVE', 'PROPOSED')
    ),
    -- Materialised so each fact is computed once per pairing: the latest logged session is one
    -- backward step on the (pairingId, startsAt) index, the low ratings a scan of the window only.
    facts AS MATERIALIZED (
      SELECT c.*,
        (SELECT o."startsAt" FROM "SessionOccurrence" o
          WHERE o."pairingId" = c.id AND o.status = 'HELD' AND o."loggedAt" IS NOT NULL AND o."startsAt" <= ${now}
          ORDER BY o."startsAt" DESC LIMIT 1) AS "lastLoggedAt",
        CASE WHEN c.status = 'ACTIVE' THEN
          (SELECT json_agg(json_build_object('rating', o.rating, 'at', o."startsAt") ORDER BY o."startsAt") FROM "SessionOccurrence" o
            WHERE o."pairingId" = c.id AND o.rating IS NOT NULL AND o.rating <= ${th.lowRating}
              AND o."startsAt" >= ${now}::timestamptz - make_interval(days => ${th.ratingWindowDays}) AND o."startsAt" <= ${now})
        END AS "lowRatings"
      FROM candidates c
    ),
    flagged AS MATERIALIZED (
      SELECT f.*, array_remove(ARRAY[
        CASE WHEN f.status = 'ACTIVE' AND COALESCE(f."lastLoggedAt", f."activatedAt") IS NOT NULL
              AND ${now}::timestamptz - COALESCE(f."lastLoggedAt", f."activatedAt") >= make_interval(days => ${th.daysWithoutSession})
             THEN 'no_session_logged' END,
        CASE WHEN f.status = 'PROPOSED' AND f."respondBy" <= ${now} THEN 'proposal_overdue' END,
        CASE WHEN f.status = 'PROPOSED' AND f."respondBy" > ${now}
              AND f."respondBy" <= ${now}::timestamptz + make_interval(hours => ${th.proposalWarningHours})
             THEN 'proposal_deadline_near' END,
        CASE WHEN f."lowRatings" IS NOT NULL THEN 'low_session_rating' END
      ], NULL) AS codes
      FROM facts f
    )
    SELECT fl.id, fl.status, fl."activatedAt", fl."respondBy", fl."lastLoggedAt", fl."lowRatings", fl.codes,
      o.name AS "organisationName", u.name AS "volunteerName", n.title AS "needTitle",
      (count(*) OVER ())::int AS total,
      json_build_object(${Prisma.join(AT_RISK_CODES.map((code) => Prisma.sql`${code}::text, sum((${code} = ANY(fl.codes))::int) OVER ()`))}) AS "codeCounts"
    FROM flagged fl
    JOIN "Need" n ON n.id = fl."needId"
    JOIN "Organisation" o ON o.id = n."organisationId"
    JOIN "User" u ON u.id = fl."volunteerId"
    WHERE cardinality(fl.codes) > 0
    ORDER BY COALESCE(fl."lastLoggedAt", fl."activatedAt", fl."respondBy") ASC, fl.id
    LIMIT ${options.limit}`;
}

/** The facts of one row, as the pure health check takes them. */
export function toHealthInput(row: Pick<AtRiskRow, "status" | "activatedAt" | "respondBy" | "lastLoggedAt" | "lowRatings">, now: Date): PairingHealthInput {
  return {
    now,
    status: row.status === "ACTIVE" ? "active" : "proposed",
    startedAt: row.activatedAt,
    lastLoggedSessionAt: row.lastLoggedAt,
    pendingProposalDeadline: row.status === "PROPOSED" ? row.respondBy : null,
    recentSessionRatings: (row.lowRatings ?? []).map((r) => ({ rating: r.rating, at: new Date(r.at) })),
  };
}

/** The reasons of one flagged pairing, worded by the pure function. */
export function reasonsFor(row: AtRiskRow, now: Date): AtRiskReason[] {
  return assessPairingHealth(toHealthInput(row, now));
}
