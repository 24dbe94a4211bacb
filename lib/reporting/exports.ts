// CSV exports for coordinators: needs, pairings, sessions and close-out survey results of the
// programs and period of a ReportFilter. Rows are read page by page (keyset pagination on the
// primary key, PAGE_SIZE rows at a time) only as the download consumes them, so an export of
// every session of a national program never sits in memory (see toCsvStream).
//
// Privacy: no export contains identity self-identification, the organisation's lived-experience
// request, session agendas, notes or decisions, decline reasons, or a testimonial whose author
// did not consent to its publication.
import type { CsvCell } from "@/lib/csv/write";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ReportFilter } from "./filters";

export const EXPORT_KINDS = ["needs", "pairings", "sessions", "surveys"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const PAGE_SIZE = 1000;

export const isExportKind = (value: unknown): value is ExportKind => (EXPORT_KINDS as readonly unknown[]).includes(value);

/** Reads a query page by page, after the last id of the previous page, until a short page. */
async function* keyset<Row extends { id: string }>(query: (after: string) => Promise<Row[]>): AsyncGenerator<Row> {
  let after = "";
  for (;;) {
    const rows = await query(after);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || !last) return;
    after = last.id;
  }
}

const programName = (locale: AppLocale) => Prisma.raw(locale === "fr" ? `pr."nameFr"` : `pr."nameEn"`);
const typeName = (locale: AppLocale) => Prisma.raw(locale === "fr" ? `nt."nameFr"` : `nt."nameEn"`);

const COLUMNS: Record<ExportKind, readonly string[]> = {
  needs: ["id", "program", "organisation", "region", "type", "title", "status", "languages", "durationWeeks", "submittedAt", "approvedAt", "matchedAt", "closedAt"],
  pairings: ["id", "program", "needId", "organisation", "volunteer", "status", "proposedAt", "respondBy", "respondedAt", "activatedAt", "endedAt", "matchScore", "sessionsHeld", "volunteerMinutes"],
  sessions: ["id", "program", "pairingId", "organisation", "volunteer", "startsAt", "status", "durationMinutes", "volunteerPresent", "rating", "loggedAt"],
  surveys: ["id", "program", "pairingId", "organisation", "volunteer", "side", "submittedAt", "satisfaction", "goalsAchieved", "goalsPartly", "goalsNot", "keep", "testimonial"],
};

export function exportHeader(kind: ExportKind, t: Translate): string[] {
  return COLUMNS[kind].map((column) => t(`reporting.exports.columns.${column}`));
}

type Row = { id: string } & Record<string, CsvCell>;

function pageQuery(kind: ExportKind, filter: ReportFilter, locale: AppLocale, after: string): Promise<Row[]> {
  const { start, end } = filter.period;
  const programs = Prisma.sql`p."programId" = ANY(${filter.programIds}::text[])`;
  switch (kind) {
    case "needs":
      return db.$queryRaw<Row[]>`
        SELECT n.id, ${programName(locale)} AS program, o.name AS organisation, o.region, ${typeName(locale)} AS type, n.title,
          n.status::text AS status, array_to_string(n.languages, ' ') AS languages, n."durationWeeks", n."submittedAt", n."approvedAt", n."matchedAt", n."closedAt"
        FROM "Need" n
        JOIN "Program" pr ON pr.id = n."programId"
        JOIN "Organisation" o ON o.id = n."organisationId"
        JOIN "NeedType" nt ON nt.id = n."needTypeId"
        WHERE n."programId" = ANY(${filter.programIds}::text[]) AND n."submittedAt" >= ${start} AND n."submittedAt" < ${end} AND n.id > ${after}
        ORDER BY n.id LIMIT ${PAGE_SIZE}`;
    case "pairings":
      return db.$queryRaw<Row[]>`
        SELECT p.id, ${programName(locale)} AS program, p."needId", o.name AS organisation, u.name AS volunteer, p.status::text AS status,
          p."proposedAt", p."respondBy", p."respondedAt", p."activatedAt", p."endedAt", p."matchScore",
          s.held AS "sessionsHeld", s.minutes AS "volunteerMinutes"
        FROM "Pairing" p
        JOIN "Program" pr ON pr.id = p."programId"
        JOIN "Need" n ON n.id = p."needId"
        JOIN "Organisation" o ON o.id = n."organisationId"
        JOIN "User" u ON u.id = p."volunteerId"
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS held, COALESCE(sum(so."durationMinutes"), 0)::int AS minutes
          FROM "SessionOccurrence" so WHERE so."pairingId" = p.id AND so.status = 'HELD'
        ) s
        WHERE ${programs} AND p."proposedAt" >= ${start} AND p."proposedAt" < ${end} AND p.id > ${after}
        ORDER BY p.id LIMIT ${PAGE_SIZE}`;
    case "sessions":
      return db.$queryRaw<Row[]>`
        SELECT so.id, ${programName(locale)} AS program, so."pairingId", o.name AS organisation, u.name AS volunteer, so."startsAt",
          so.status::text AS status, so."durationMinutes", a.present AS "volunteerPresent", so.rating, so."loggedAt"
        FROM "SessionOccurrence" so
        JOIN "Pairing" p ON p.id = so."pairingId"
        JOIN "Program" pr ON pr.id = p."programId"
        JOIN "Need" n ON n.id = p."needId"
        JOIN "Organisation" o ON o.id = n."organisationId"
        JOIN "User" u ON u.id = p."volunteerId"
        LEFT JOIN "SessionAttendance" a ON a."occurrenceId" = so.id AND a."userId" = p."volunteerId"
        WHERE ${programs} AND so."startsAt" >= ${start} AND so."startsAt" < ${end} AND so.id > ${after}
        ORDER BY so.id LIMIT ${PAGE_SIZE}`;
    case "surveys":
      return db.$queryRaw<Row[]>`
        SELECT s.id, ${programName(locale)} AS program, s."pairingId", o.name AS organisation, u.name AS volunteer, s.side::text AS side,
          s."submittedAt", s.satisfaction,
          (SELECT count(*) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.outcomes) = 'array' THEN s.outcomes ELSE '[]'::jsonb END) e WHERE e.value ->> 'result' = 'achieved')::int AS "goalsAchieved",
          (SELECT count(*) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.outcomes) = 'array' THEN s.outcomes ELSE '[]'::jsonb END) e WHERE e.value ->> 'result' = 'partly')::int AS "goalsPartly",
          (SELECT count(*) FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.outcomes) = 'array' THEN s.outcomes ELSE '[]'::jsonb END) e WHERE e.value ->> 'result' = 'not')::int AS "goalsNot",
          s.keep, CASE WHEN s."testimonialConsent" THEN s.testimonial ELSE '' END AS testimonial
        FROM "CloseoutSurvey" s
        JOIN "Pairing" p ON p.id = s."pairingId"
        JOIN "Program" pr ON pr.id = p."programId"
        JOIN "Need" n ON n.id = p."needId"
        JOIN "Organisation" o ON o.id = n."organisationId"
        JOIN "User" u ON u.id = p."volunteerId"
        WHERE ${programs} AND s."submittedAt" >= ${start} AND s."submittedAt" < ${end} AND s.id > ${after}
        ORDER BY s.id LIMIT ${PAGE_SIZE}`;
  }
}

/** The export's rows, as CSV cells in column order, fetched lazily page by page. */
export async function* exportRows(kind: ExportKind, filter: ReportFilter, locale: AppLocale, t: Translate): AsyncGenerator<CsvCell[]> {
  const columns = COLUMNS[kind];
  const translated: Partial<Record<string, (value: CsvCell) => CsvCell>> = {
    status: (v) => (typeof v === "string" ? t(kind === "needs" ? `needs.status.${v}` : kind === "sessions" ? `reporting.sessionStatus.${v}` : `pairing.status.${v}`) : v),
    side: (v) => (typeof v === "string" ? t(`reporting.sides.${v}`) : v),
  };
  for await (const row of keyset((after) => pageQuery(kind, filter, locale, after))) {
    yield columns.map((column) => {
      const value = row[column];
      return translated[column]?.(value) ?? value;
    });
  }
}

export function exportFileName(kind: ExportKind, filter: ReportFilter): string {
  return `tandem-${kind}-${filter.period.from}_${filter.period.to}.csv`;
}
