/**
 * Benchmark of the coordinator dashboard and the sessions CSV export at national scale.
 *
 *   npm run bench:dashboard            # 20,000 volunteers, 5,000 organisations, 5,000 pairings, 100,000 sessions
 *   npm run bench:dashboard -- --keep  # reuse the data of a previous run (same embedded database)
 *
 * On a dedicated embedded PostgreSQL (.data/postgres/bench-dashboard) unless DATABASE_URL is set.
 * Prints the dashboard's server time (median and p90 of 20 warm runs; budget ≤ 300 ms) and the
 * number of SQL statements per render (budget ≤ 10), then streams the export of every session
 * and prints time to first byte, total time, rows, bytes and the peak heap growth while
 * streaming — which stays flat because rows are read a page at a time.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { db, disconnectDb } from "@/lib/db";
import { toCsvStream } from "@/lib/csv/write";
import { getTranslator } from "@/lib/i18n/server";
import { loadDashboard } from "@/lib/reporting/dashboard";
import { exportHeader, exportRows, PAGE_SIZE } from "@/lib/reporting/exports";
import type { ReportFilter } from "@/lib/reporting/filters";
import { parsePeriod } from "@/lib/reporting/filters";
import { DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";
import { generateLargeDataSet, generateLargeLifecycle } from "@/prisma/seed/large";
import { readyDatabase } from "../lib/database";
import { installCountingClient } from "../lib/query-counter";

const SIZE = { volunteers: 20_000, organisations: 5_000, pairings: 5_000, sessions: 100_000 };
const BUDGET_MS = 300;
const BUDGET_QUERIES = 10;
const RUNS = 20;

const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(value >= 100 ? 0 : 1);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
const sortedAt = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;

async function prepareData(keep: boolean) {
  const existing = await db.sessionOccurrence.count();
  if (keep && existing >= SIZE.sessions) {
    log(`Reusing ${existing.toLocaleString("en-US")} sessions already in the database.`);
    return;
  }
  const started = Date.now();
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  await generateLargeDataSet({ ...SIZE, seed: 20_26, log });
  await generateLargeLifecycle({ programId: DEMO_IDS.program, log });
  log(`Data generated in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function benchDashboard(filter: ReportFilter, databaseUrl: string) {
  const counter = await installCountingClient(databaseUrl);
  for (let i = 0; i < 3; i++) await loadDashboard(filter); // warm-up: connections, plans, JIT
  const times: number[] = [];
  const counts: number[] = [];
  const perStatement = new Map<string, number[]>();
  let figures = await loadDashboard(filter);
  for (let i = 0; i < RUNS; i++) {
    counter.reset();
    const start = performance.now();
    figures = await loadDashboard(filter);
    times.push(performance.now() - start);
    counts.push(counter.count);
    counter.statements.forEach((sql, i) => {
      const key = sql.replace(/\s+/g, " ").slice(0, 70);
      perStatement.set(key, [...(perStatement.get(key) ?? []), counter.durations[i] ?? NaN]);
    });
  }
  const median = sortedAt(times, 0.5);
  const p90 = sortedAt(times, 0.9);
  const queries = Math.max(...counts);
  log("\nDashboard of the program (all its data, last 12 months)");
  log(`  needs submitted ${figures.funnel.submitted}, pairings active ${figures.pairings.activeNow}, at risk ${figures.atRisk.total}, sessions held ${figures.sessions.held}, volunteer hours ${Math.round(figures.sessions.minutes / 60)}, surveys ${figures.surveys.responses.ORGANISATION + figures.surveys.responses.VOLUNTEER}, alumni ${figures.alumni.total}`);
  log(`  server time: median ${ms(median)} ms, p90 ${ms(p90)} ms over ${RUNS} runs (budget ≤ ${BUDGET_MS} ms for the median) → ${median <= BUDGET_MS ? "PASS" : "FAIL"}`);
  log(`  SQL statements per render: ${queries} (budget ≤ ${BUDGET_QUERIES}) → ${queries <= BUDGET_QUERIES ? "PASS" : "FAIL"}`);
  log("  median database time per statement (they run side by side):");
  for (const [sql, durations] of perStatement) log(`    ${ms(sortedAt(durations, 0.5)).padStart(6)} ms  ${sql}…`);
  await counter.disconnect();
  return median <= BUDGET_MS && queries <= BUDGET_QUERIES;
}

/** V8's garbage collector, exposed at run time so retained memory can be told from garbage. */
function collector(): () => void {
  setFlagsFromString("--expose_gc");
  return runInNewContext("gc") as () => void;
}

async function benchSessionsExport(filter: ReportFilter) {
  const t = getTranslator("fr");
  const gc = collector();
  gc();
  const before = process.memoryUsage().heapUsed;
  // The baseline is taken once the first pages are in flight (client, prepared statements).
  let baseline = Number.POSITIVE_INFINITY;
  let chunks = 0;
  let peak = 0;
  let bytes = 0;
  let firstByteMs = NaN;
  let rows = 0;
  const counted = (async function* () {
    for await (const row of exportRows("sessions", filter, "fr", t)) {
      rows += 1;
      yield row;
    }
  })();
  const start = performance.now();
  const reader = toCsvStream(counted, { delimiter: ";", decimalMark: ",", header: exportHeader("sessions", t) }).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - start;
    bytes += value.byteLength;
    // Every 20 chunks, collect garbage and sample what is still held.
    if (++chunks % 20 === 0) {
      gc();
      const used = process.memoryUsage().heapUsed;
      if (baseline === Number.POSITIVE_INFINITY) baseline = used;
      peak = Math.max(peak, used);
    }
  }
  const total = performance.now() - start;
  log("\nSessions CSV export (every session of the program, streamed)");
  log(`  ${rows.toLocaleString("en-US")} rows, ${mb(bytes)} MB, read ${PAGE_SIZE} rows per query`);
  log(`  time to first byte ${ms(firstByteMs)} ms, total ${ms(total)} ms`);
  const growth = peak - baseline;
  log(`  retained heap (after GC, every 20 chunks of 16 KiB): ${mb(baseline - before)} MB once started (client warm-up), then grows by at most ${mb(growth)} MB while ${mb(bytes)} MB of CSV flow through`);
  log(`  → ${growth < bytes / 4 ? "streams: memory does not grow with the number of rows" : "CHECK: memory grows with the export"}`);
  return growth < bytes / 4;
}

async function main() {
  const keep = process.argv.includes("--keep");
  const database = await readyDatabase({ name: "bench-dashboard", fresh: !keep, log });
  process.env.DATABASE_URL = database.url;
  try {
    await prepareData(keep);
    const counts = await Promise.all([db.user.count(), db.organisation.count(), db.pairing.count(), db.sessionOccurrence.count()]);
    log(`Database: ${counts[0].toLocaleString("en-US")} users, ${counts[1].toLocaleString("en-US")} organisations, ${counts[2].toLocaleString("en-US")} pairings, ${counts[3].toLocaleString("en-US")} sessions.`);
    const dashboardFilter: ReportFilter = { programId: DEMO_IDS.program, programIds: [DEMO_IDS.program], period: parsePeriod(undefined, undefined) };
    const exportFilter: ReportFilter = { ...dashboardFilter, period: parsePeriod("2020-01-01", "2030-12-31") };
    await disconnectDb();
    const dashboardOk = await benchDashboard(dashboardFilter, database.url);
    const exportOk = await benchSessionsExport(exportFilter);
    process.exitCode = dashboardOk && exportOk ? 0 : 1;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
