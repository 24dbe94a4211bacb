import { failedFilters, scoreAllTenths } from "./evaluate-pair";
import { MatchingInputError } from "./errors";
import { exclusionReasons } from "./exclusion-reasons";
import { prepareNeed } from "./prepared-need";
import type { PreparedNeed } from "./prepared-need";
import { scoreEligiblePair } from "./score-breakdown";
import { compactGraph } from "./solver/bipartite-graph";
import type { AssignmentResult, CompactGraph } from "./solver/bipartite-graph";
import { greedyCompact } from "./solver/greedy-assignment";
import { solveCompact } from "./solver/max-weight-assignment";
import type { ExclusionReason, MatchingContext, NeedInput } from "./types";
import type { VolunteerPool } from "./volunteer-pool";
import { compareIds } from "./volunteer-pool";

export interface CohortPair {
  needId: string;
  volunteerId: string;
}

export interface AssignCohortOptions {
  /** Open needs of the cohort; each receives at most one volunteer. */
  needs: readonly NeedInput[];
  pool: VolunteerPool;
  context: MatchingContext;
  /** Pairs a coordinator kept: they are part of every draft and use up capacity. */
  fixedPairs?: readonly CohortPair[];
  /** Pairs a coordinator removed: never proposed. */
  forbiddenPairs?: readonly CohortPair[];
}

export interface DraftPair {
  needId: string;
  volunteerId: string;
  /** 0–100 with one decimal; 0 for a fixed pair that fails a hard filter. */
  score: number;
  scoreTenths: number;
  fixed: boolean;
  /** Only for a fixed pair the coordinator kept although it fails hard filters other than capacity. */
  exclusionReasons?: ExclusionReason[];
}

export interface CohortDraft {
  /** Sorted by need id. */
  pairs: DraftPair[];
  /** Sum of the pairs' scores, in points and in exact tenths. */
  total: number;
  totalTenths: number;
  /** Needs left without a volunteer, sorted by id. */
  unassignedNeedIds: string[];
}

export type IgnoredFixedPairReason = "unknownNeed" | "unknownVolunteer" | "needAlreadyFixed" | "forbidden" | "noCapacityLeft";

export interface CohortResult {
  optimal: CohortDraft;
  greedy: CohortDraft;
  /** optimal.total − greedy.total, never negative. */
  gap: number;
  gapTenths: number;
  /** Gap as a percentage of the optimal total (0 when the optimum is 0). */
  gapPercent: number;
  ignoredFixedPairs: { pair: CohortPair; reason: IgnoredFixedPairReason }[];
  stats: { needs: number; volunteers: number; allowedPairs: number };
}

class IntBuilder {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Builds the cohort's bipartite graph with the engine (needs on the left with capacity 1,
 * volunteers on the right with their remaining capacity, one pair per eligible combination at or
 * above the program minimum, weighted by its score in tenths) and returns the optimal and greedy
 * drafts. Needs are taken in id order and volunteers in id order, so the drafts do not depend on
 * the order of the inputs. Nothing is persisted or sent: these are drafts for coordinator review.
 */
export function assignCohort(options: AssignCohortOptions): CohortResult {
  const { pool, context } = options;
  const needs = [...options.needs].sort((a, b) => compareIds(a.id, b.id));
  for (let k = 1; k < needs.length; k++) {
    if (needs[k]?.id === needs[k - 1]?.id) throw new MatchingInputError("matching.errors.duplicateNeed", { id: needs[k]?.id ?? "" });
  }
  const needById = new Map(needs.map((need) => [need.id, need]));
  const forbidden = new Set((options.forbiddenPairs ?? []).map((pair) => pairKey(pair)));

  const remaining = new Int32Array(pool.size);
  for (let i = 0; i < pool.size; i++) remaining[i] = Math.max(0, (pool.capacity[i] ?? 0) - (pool.activePairings[i] ?? 0));

  const prepared = new Map<string, PreparedNeed>();
  const preparedFor = (need: NeedInput): PreparedNeed => {
    let result = prepared.get(need.id);
    if (!result) {
      result = prepareNeed(need, pool, context);
      prepared.set(need.id, result);
    }
    return result;
  };

  const fixedDraftPairs: DraftPair[] = [];
  const fixedNeedIds = new Set<string>();
  const ignoredFixedPairs: CohortResult["ignoredFixedPairs"] = [];
  const fixedPairs = [...(options.fixedPairs ?? [])].sort(
    (a, b) => compareIds(a.needId, b.needId) || compareIds(a.volunteerId, b.volunteerId),
  );
  for (const pair of fixedPairs) {
    const need = needById.get(pair.needId);
    const index = pool.indexById.get(pair.volunteerId);
    let reason: IgnoredFixedPairReason | null = null;
    if (!need) reason = "unknownNeed";
    else if (index === undefined) reason = "unknownVolunteer";
    else if (fixedNeedIds.has(pair.needId)) reason = "needAlreadyFixed";
    else if (forbidden.has(pairKey(pair))) reason = "forbidden";
    else if ((remaining[index] ?? 0) <= 0) reason = "noCapacityLeft";
    if (reason !== null || !need || index === undefined) {
      ignoredFixedPairs.push({ pair, reason: reason ?? "unknownNeed" });
      continue;
    }
    fixedNeedIds.add(pair.needId);
    remaining[index] = (remaining[index] ?? 0) - 1;
    fixedDraftPairs.push(scoreFixedPair(pool, index, preparedFor(need)));
  }

  const openNeeds = needs.filter((need) => !fixedNeedIds.has(need.id));
  const graph = buildGraph(openNeeds.map(preparedFor), pool, remaining, forbidden);
  const optimal = solveCompact(graph);
  const greedy = greedyCompact(graph);
  const optimalDraft = toDraft(optimal, graph, openNeeds, pool, fixedDraftPairs);
  const greedyDraft = toDraft(greedy, graph, openNeeds, pool, fixedDraftPairs);
  const gapTenths = Math.max(0, optimalDraft.totalTenths - greedyDraft.totalTenths);
  return {
    optimal: optimalDraft,
    greedy: greedyDraft,
    gap: gapTenths / 10,
    gapTenths,
    gapPercent: optimalDraft.totalTenths > 0 ? (100 * gapTenths) / optimalDraft.totalTenths : 0,
    ignoredFixedPairs,
    stats: { needs: needs.length, volunteers: pool.size, allowedPairs: graph.edgeWeight.length },
  };
}

function pairKey(pair: CohortPair): string {
  return `${pair.needId}\u0000${pair.volunteerId}`;
}

function scoreFixedPair(pool: VolunteerPool, index: number, need: PreparedNeed): DraftPair {
  const base = { needId: need.input.id, volunteerId: pool.ids[index] ?? "", fixed: true };
  // Capacity was checked against the cohort's own bookkeeping; the remaining filters may be
  // overridden by a coordinator, and the draft says which ones.
  const failed = failedFilters(pool, index, need);
  if (failed !== 0) {
    return { ...base, score: 0, scoreTenths: 0, exclusionReasons: exclusionReasons(pool, index, need, failed) };
  }
  const scored = scoreEligiblePair(pool, index, need);
  return { ...base, score: scored.score, scoreTenths: scored.scoreTenths };
}

/** Left node k = needs[k]; right node = volunteer id rank (so right order is id order). */
function buildGraph(
  needs: readonly PreparedNeed[],
  pool: VolunteerPool,
  remaining: Int32Array,
  forbidden: ReadonlySet<string>,
): CompactGraph {
  const pairLeft = new IntBuilder();
  const pairRight = new IntBuilder();
  const pairWeight = new IntBuilder();
  const scores = new Int32Array(pool.size);
  const rightCapacities = new Int32Array(pool.size);
  for (let i = 0; i < pool.size; i++) rightCapacities[pool.idRank[i] ?? 0] = remaining[i] ?? 0;
  needs.forEach((need, left) => {
    scoreAllTenths(pool, need, scores);
    const minimum = Math.max(1, need.minimumTenths);
    for (let rank = 0; rank < pool.size; rank++) {
      const i = pool.indexByIdRank[rank] ?? 0;
      const score = scores[i] ?? -1;
      if (score < minimum || (remaining[i] ?? 0) <= 0) continue;
      if (forbidden.size > 0 && forbidden.has(`${need.input.id}\u0000${pool.ids[i] ?? ""}`)) continue;
      pairLeft.push(left);
      pairRight.push(rank);
      pairWeight.push(score);
    }
  });
  return compactGraph({
    leftCapacities: new Int32Array(needs.length).fill(1),
    rightCapacities,
    pairLeft: pairLeft.view(),
    pairRight: pairRight.view(),
    pairWeight: pairWeight.view(),
  });
}

function toDraft(
  result: AssignmentResult,
  graph: CompactGraph,
  openNeeds: readonly NeedInput[],
  pool: VolunteerPool,
  fixed: readonly DraftPair[],
): CohortDraft {
  const pairs: DraftPair[] = [...fixed];
  const assigned = new Uint8Array(openNeeds.length);
  for (const k of result.pairs) {
    // `result.pairs` index the input pair arrays, whose order is the compact edge order here
    // because the builder emits pairs row by row without duplicates.
    const left = graph.edgeLeft[k] ?? 0;
    const rank = graph.edgeRight[k] ?? 0;
    const scoreTenths = graph.edgeWeight[k] ?? 0;
    assigned[left] = 1;
    pairs.push({
      needId: openNeeds[left]?.id ?? "",
      volunteerId: pool.ids[pool.indexByIdRank[rank] ?? 0] ?? "",
      score: scoreTenths / 10,
      scoreTenths,
      fixed: false,
    });
  }
  pairs.sort((a, b) => compareIds(a.needId, b.needId));
  const totalTenths = pairs.reduce((sum, pair) => sum + pair.scoreTenths, 0);
  return {
    pairs,
    total: totalTenths / 10,
    totalTenths,
    unassignedNeedIds: openNeeds.filter((_, k) => assigned[k] !== 1).map((need) => need.id),
  };
}
