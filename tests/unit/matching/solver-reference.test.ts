import { describe, expect, it } from "vitest";
import { munkres } from "munkres";
import { randomBipartiteInstance } from "@/lib/matching/generators/bipartite-instances";
import { greedyAssignment } from "@/lib/matching/solver/greedy-assignment";
import { maxWeightAssignment } from "@/lib/matching/solver/max-weight-assignment";
import type { BipartiteInstance } from "@/lib/matching/solver/bipartite-graph";
import { lpOptimum } from "./reference-optima";

/**
 * Larger instances checked against independent solvers: an LP (bipartite b-matching is totally
 * unimodular, so the LP optimum is the integer optimum) and the Hungarian algorithm from `munkres`
 * for one-to-one instances, where a forbidden pair costs as much as leaving both sides unmatched.
 */
function munkresOptimum(instance: BipartiteInstance): number {
  let maxWeight = 0;
  for (let k = 0; k < instance.pairWeight.length; k++) maxWeight = Math.max(maxWeight, instance.pairWeight[k] ?? 0);
  const rows = instance.leftCapacities.length;
  const cols = instance.rightCapacities.length;
  const cost = Array.from({ length: rows }, () => new Array<number>(cols).fill(maxWeight));
  for (let k = 0; k < instance.pairWeight.length; k++) {
    const row = cost[instance.pairLeft[k] ?? 0];
    if (row) row[instance.pairRight[k] ?? 0] = maxWeight - (instance.pairWeight[k] ?? 0);
  }
  let total = 0;
  for (const [y, x] of munkres(cost)) total += maxWeight - (cost[y]?.[x] ?? maxWeight);
  return total;
}

describe("maxWeightAssignment against independent solvers", () => {
  it("matches the LP optimum on capacitated instances with integer weights", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const instance = randomBipartiteInstance({
        seed,
        leftCount: 15 + seed,
        rightCount: 25,
        pairCount: 120 + 10 * seed,
        minCapacity: 1,
        maxCapacity: 3,
        maxWeight: 1000,
      });
      const optimal = maxWeightAssignment(instance);
      expect(optimal.totalWeight, `seed ${seed}`).toBe(Math.round(lpOptimum(instance)));
      expect(greedyAssignment(instance).totalWeight).toBeLessThanOrEqual(optimal.totalWeight);
    }
  });

  it("matches the LP optimum with real weights within a tolerance", () => {
    for (let seed = 50; seed < 56; seed++) {
      const instance = randomBipartiteInstance({
        seed,
        leftCount: 20,
        rightCount: 20,
        pairCount: 150,
        maxCapacity: 2,
        maxWeight: 1,
        realWeights: true,
      });
      expect(Math.abs(maxWeightAssignment(instance).totalWeight - lpOptimum(instance))).toBeLessThan(1e-6);
    }
  });

  it("matches munkres on one-to-one instances, sparse and dense, integer and real", () => {
    for (let seed = 100; seed < 110; seed++) {
      const sparse = randomBipartiteInstance({ seed, leftCount: 120, rightCount: 140, density: 0.05, maxWeight: 1000 });
      expect(maxWeightAssignment(sparse).totalWeight, `sparse ${seed}`).toBe(munkresOptimum(sparse));
      const dense = randomBipartiteInstance({ seed, leftCount: 60, rightCount: 50, density: 1, maxWeight: 20 });
      expect(maxWeightAssignment(dense).totalWeight, `dense ${seed}`).toBe(munkresOptimum(dense));
      const real = randomBipartiteInstance({ seed, leftCount: 80, rightCount: 80, density: 0.2, maxWeight: 1, realWeights: true });
      expect(Math.abs(maxWeightAssignment(real).totalWeight - munkresOptimum(real))).toBeLessThan(1e-7);
    }
  });

  it("ignores pairs of weight ≤ 0 or below the minimum and merges duplicates", () => {
    const instance: BipartiteInstance = {
      leftCapacities: [1, 1],
      rightCapacities: [1, 1],
      pairLeft: [0, 0, 1, 1, 0],
      pairRight: [0, 1, 0, 1, 0],
      pairWeight: [5, -3, 0, 4, 7],
      minWeight: 4.5,
    };
    const result = maxWeightAssignment(instance);
    expect(Array.from(result.pairs)).toEqual([4]);
    expect(result.totalWeight).toBe(7);
  });

  it("is deterministic and prefers no pair over a pair that adds nothing", () => {
    const instance = randomBipartiteInstance({ seed: 7, leftCount: 40, rightCount: 40, density: 0.3, maxWeight: 3, maxCapacity: 2 });
    const a = maxWeightAssignment(instance);
    const b = maxWeightAssignment(instance);
    expect(Array.from(a.pairs)).toEqual(Array.from(b.pairs));
    // Equal weights everywhere: the optimum pairs as many as possible, greedy too.
    const flat: BipartiteInstance = { leftCapacities: [1, 1], rightCapacities: [1], pairLeft: [0, 1], pairRight: [0, 0], pairWeight: [2, 2] };
    expect(Array.from(maxWeightAssignment(flat).pairs)).toEqual([0]);
  });
});
