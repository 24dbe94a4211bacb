/**
 * Benchmark of Tandem's matching engine and cohort solver (pure, in memory).
 *
 *   npx tsx scripts/bench/matching-engine.ts            # everything
 *   npx tsx scripts/bench/matching-engine.ts --quick    # skips the 3,000 × 3,000 munkres run
 *
 * Prints one table per part with PASS/FAIL against the budgets, and exits non-zero when the
 * optimum of our solver differs from munkres' (a correctness failure, not a speed one).
 * All instances come from seeded generators, exported below for the DB-backed benchmark.
 */
import { pathToFileURL } from "node:url";
import { munkres } from "munkres";
import { assignCohort } from "@/lib/matching/assign-cohort";
import { randomBipartiteInstance } from "@/lib/matching/generators/bipartite-instances";
import { generateNeeds, generateVolunteers, sampleContext } from "@/lib/matching/generators/matching-instances";
import { rankCandidates } from "@/lib/matching/rank-candidates";
import type { BipartiteInstance } from "@/lib/matching/solver/bipartite-graph";
import { maxWeightAssignment } from "@/lib/matching/solver/max-weight-assignment";
import { prepareVolunteerPool } from "@/lib/matching/volunteer-pool";

export { randomBipartiteInstance } from "@/lib/matching/generators/bipartite-instances";
export type { RandomBipartiteOptions } from "@/lib/matching/generators/bipartite-instances";
export {
  DEFAULT_WEIGHTS,
  generateNeeds,
  generateVolunteers,
  sampleContext,
} from "@/lib/matching/generators/matching-instances";
export { SeededRandom } from "@/lib/matching/generators/seeded-random";

const REFERENCE_DATE = "2026-03-11";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function verdict(ok: boolean): string {
  return ok ? "PASS" : "FAIL";
}

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((cell, c) => Math.max(cell.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** Part 1: rank one need against N prepared volunteers. */
export function benchRanking(sizes: readonly number[] = [1_000, 10_000, 100_000], runs = 21): boolean {
  const budgets: Record<number, number> = { 1_000: 2, 10_000: 20, 100_000: 200 };
  const context = sampleContext();
  const warmUp = 30;
  const needs = generateNeeds({ seed: 101, count: runs + warmUp });
  const rows: string[][] = [];
  let allPass = true;
  for (const size of sizes) {
    const volunteers = generateVolunteers({ seed: 202, count: size, needIds: needs.map((n) => n.id) });
    const prepared = timed(() => prepareVolunteerPool({ volunteers, referenceDate: REFERENCE_DATE }));
    const pool = prepared.value;
    // Warm-up rankings on other needs: a server ranks needs in a warm process, and the first
    // calls mostly measure the JIT compiler.
    for (const need of needs.slice(0, warmUp)) rankCandidates({ need, pool, context });
    const times: number[] = [];
    let eligible = 0;
    let excluded = 0;
    for (const need of needs.slice(warmUp)) {
      const run = timed(() => rankCandidates({ need, pool, context }));
      times.push(run.ms);
      eligible += run.value.candidateCount + run.value.belowMinimum.length;
      excluded += run.value.excluded.length;
    }
    const fullTimes: number[] = [];
    for (const need of needs.slice(warmUp, warmUp + 5)) {
      fullTimes.push(timed(() => rankCandidates({ need, pool, context, limit: Number.POSITIVE_INFINITY })).ms);
    }
    const budget = budgets[size] ?? Number.POSITIVE_INFINITY;
    const ok = median(times) <= budget;
    allPass &&= ok;
    rows.push([
      size.toLocaleString("en-US"),
      ms(prepared.ms),
      ms(median(times)),
      ms(percentile(times, 90)),
      String(Math.round(eligible / times.length)),
      String(Math.round(excluded / times.length)),
      ms(median(fullTimes)),
      `≤ ${budget}`,
      verdict(ok),
    ]);
  }
  printTable(
    `Rank one need (median of ${runs} needs after ${warmUp} warm-up runs on other needs; default options: top 100 explained, every exclusion listed with its filters)`,
    ["volunteers", "prepare ms", "median ms", "p90 ms", "eligible", "excluded", "all explained ms", "budget ms", "result"],
    rows,
  );
  return allPass;
}

/** Part 2: cohort assignment (engine scoring + exact solver + greedy). */
export function benchCohorts(runs = 3): boolean {
  const cases = [
    { needs: 200, volunteers: 1_000, budgetMs: 500 },
    { needs: 1_000, volunteers: 5_000, budgetMs: 5_000 },
  ];
  const context = sampleContext();
  const rows: string[][] = [];
  let allPass = true;
  for (const c of cases) {
    const needs = generateNeeds({ seed: 303 + c.needs, count: c.needs });
    const volunteers = generateVolunteers({
      seed: 404 + c.volunteers,
      count: c.volunteers,
      needIds: needs.map((n) => n.id),
      minCapacity: 1,
      maxCapacity: 3,
    });
    const pool = prepareVolunteerPool({ volunteers, referenceDate: REFERENCE_DATE });
    const times: number[] = [];
    let result = assignCohort({ needs, pool, context });
    for (let r = 0; r < runs; r++) {
      const run = timed(() => assignCohort({ needs, pool, context }));
      times.push(run.ms);
      result = run.value;
    }
    const ok = median(times) <= c.budgetMs;
    allPass &&= ok;
    rows.push([
      `${c.needs.toLocaleString("en-US")} × ${c.volunteers.toLocaleString("en-US")}`,
      result.stats.allowedPairs.toLocaleString("en-US"),
      ms(median(times)),
      result.optimal.total.toFixed(1),
      result.greedy.total.toFixed(1),
      `${result.gap.toFixed(1)} (${result.gapPercent.toFixed(2)} %)`,
      String(result.optimal.pairs.length),
      String(result.greedy.pairs.length),
      `≤ ${c.budgetMs}`,
      verdict(ok),
    ]);
  }
  printTable(
    `Cohort assignment (median of ${runs}; capacities 1–3; time includes scoring every pair, the exact solver and greedy)`,
    ["needs × volunteers", "allowed pairs", "ms", "optimal total", "greedy total", "gap", "opt pairs", "greedy pairs", "budget ms", "result"],
    rows,
  );
  return allPass;
}

/**
 * munkres solves a perfect assignment on a full cost matrix. A forbidden pair gets cost M (the
 * largest weight), exactly the cost of leaving both sides unmatched in our max-weight model, and
 * allowed pairs cost M − weight; both optima are then the same number.
 */
function munkresOptimum(instance: BipartiteInstance): { total: number; ms: number } {
  let maxWeight = 0;
  for (let k = 0; k < instance.pairWeight.length; k++) maxWeight = Math.max(maxWeight, instance.pairWeight[k] ?? 0);
  const rows = instance.leftCapacities.length;
  const cols = instance.rightCapacities.length;
  const cost = Array.from({ length: rows }, () => new Array<number>(cols).fill(maxWeight));
  for (let k = 0; k < instance.pairWeight.length; k++) {
    const row = cost[instance.pairLeft[k] ?? 0];
    if (row) row[instance.pairRight[k] ?? 0] = maxWeight - (instance.pairWeight[k] ?? 0);
  }
  const run = timed(() => munkres(cost));
  let total = 0;
  for (const [y, x] of run.value) total += maxWeight - (cost[y]?.[x] ?? maxWeight);
  return { total, ms: run.ms };
}

/** Part 3: peer comparison with the `munkres` package on one-to-one instances. */
export function benchPeers(includeLarge = true): { pass: boolean; equal: boolean } {
  const cases: { name: string; instance: () => BipartiteInstance }[] = [
    {
      name: "dense 800 × 800",
      instance: () => randomBipartiteInstance({ seed: 505, leftCount: 800, rightCount: 800, density: 1, maxWeight: 1000 }),
    },
  ];
  if (includeLarge) {
    cases.push({
      name: "sparse 3,000 × 3,000, 100,000 pairs",
      instance: () => randomBipartiteInstance({ seed: 606, leftCount: 3000, rightCount: 3000, pairCount: 100_000, maxWeight: 1000 }),
    });
  }
  const rows: string[][] = [];
  let pass = true;
  let equal = true;
  for (const c of cases) {
    const instance = c.instance();
    // Best of three for ours (cheap); munkres runs once when slow.
    const ours = [0, 1, 2].map(() => timed(() => maxWeightAssignment(instance)));
    const oursMs = Math.min(...ours.map((r) => r.ms));
    const oursTotal = ours[0]?.value.totalWeight ?? Number.NaN;
    const peerRuns = [munkresOptimum(instance)];
    if ((peerRuns[0]?.ms ?? 0) < 2_000) peerRuns.push(munkresOptimum(instance), munkresOptimum(instance));
    const peerMs = Math.min(...peerRuns.map((r) => r.ms));
    const peerTotal = peerRuns[0]?.total ?? Number.NaN;
    const same = oursTotal === peerTotal;
    equal &&= same;
    const ratio = oursMs / peerMs;
    pass &&= ratio <= 1;
    rows.push([
      c.name,
      ms(oursMs),
      `${ms(peerMs)}${peerMs > 120_000 ? " (over 2 min)" : ""}`,
      String(oursTotal),
      String(peerTotal),
      same ? "yes" : "NO",
      ratio.toFixed(3),
      verdict(ratio <= 1),
    ]);
  }
  printTable(
    "Peer comparison with munkres (one-to-one, integer weights 1–1000; ours = best of 3, munkres = best of 3 or 1 run when slow; matrix building not timed)",
    ["instance", "ours ms", "munkres ms", "our optimum", "munkres optimum", "equal", "ratio ours/munkres", "goal ≤ 1"],
    rows,
  );
  return { pass, equal };
}

function main(): void {
  const quick = process.argv.includes("--quick");
  console.log(`Tandem matching benchmark — Node ${process.version}, reference week of ${REFERENCE_DATE}${quick ? " (quick)" : ""}`);
  const ranking = benchRanking();
  const cohorts = benchCohorts();
  const peers = benchPeers(!quick);
  console.log(
    `\nSummary: ranking ${verdict(ranking)}, cohorts ${verdict(cohorts)}, peer ratio goal ${verdict(peers.pass)}, optima equal: ${peers.equal ? "yes" : "NO"}`,
  );
  if (!peers.equal) process.exitCode = 1;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) main();
