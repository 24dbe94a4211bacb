// The program and period every coordinator list and report is filtered by, read from the
// query string (`?program=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD`) and scoped to the programs the
// actor coordinates. A program outside that scope is treated as "not found", never as a hint
// that it exists.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Without a period in the query string, reports cover the last twelve months. */
export const DEFAULT_PERIOD_DAYS = 365;

export interface ReportPeriod {
  /** First day included, YYYY-MM-DD. */
  from: string;
  /** Last day included, YYYY-MM-DD. */
  to: string;
  /** Midnight UTC of `from`. */
  start: Date;
  /** Midnight UTC of the day after `to`: the period is [start, end). */
  end: Date;
}

export interface ReportFilter {
  /** The one program chosen, or null for "all my programs". */
  programId: string | null;
  /** Programs the figures cover: the chosen one, or every program the actor coordinates. */
  programIds: string[];
  period: ReportPeriod;
}

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

function validIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A period from two typed dates; missing or invalid ones fall back to the last twelve months up to `now`. */
export function parsePeriod(from: unknown, to: unknown, now: Date = new Date()): ReportPeriod {
  const toDay = validIsoDate(to) ? to : isoDay(now);
  const defaultFrom = isoDay(new Date(new Date(`${toDay}T00:00:00Z`).getTime() - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS));
  let fromDay = validIsoDate(from) ? from : defaultFrom;
  // A reversed period is most likely two dates typed in the wrong boxes.
  let lastDay = toDay;
  if (fromDay > lastDay) [fromDay, lastDay] = [lastDay, fromDay];
  const start = new Date(`${fromDay}T00:00:00Z`);
  const end = new Date(new Date(`${lastDay}T00:00:00Z`).getTime() + DAY_MS);
  return { from: fromDay, to: lastDay, start, end };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Programs the actor reports on: the ones they coordinate (every program for an admin). */
export async function reportableProgramIds(actor: Actor): Promise<string[]> {
  if (!isCoordinator(actor)) return [];
  if (isAdmin(actor)) return (await db.program.findMany({ select: { id: true } })).map((p) => p.id);
  return actor.coordinatedProgramIds;
}

/** Reads and scopes the filter; throws not-found for a program the actor may not report on. */
export async function resolveReportFilter(actor: Actor, params: SearchParamsRecord, now: Date = new Date()): Promise<ReportFilter> {
  if (!isCoordinator(actor)) throw notFound();
  const allowed = await reportableProgramIds(actor);
  const requested = first(params.program);
  const period = parsePeriod(first(params.from), first(params.to), now);
  if (requested) {
    if (!allowed.includes(requested)) throw notFound();
    return { programId: requested, programIds: [requested], period };
  }
  return { programId: null, programIds: allowed, period };
}

/** The query string of a filter, for links between reports and exports. */
export function filterQuery(filter: ReportFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(filter.programId ? { program: filter.programId } : {}), from: filter.period.from, to: filter.period.to, ...extra });
  return params.toString();
}
