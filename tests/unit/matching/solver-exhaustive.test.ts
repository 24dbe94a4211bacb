import { describe, expect, it } from "vitest";
import { randomBipartiteInstance } from "@/lib/matching/generators/bipartite-instances";
import { greedyAssignment } from "@/lib/matching/solver/greedy-assignment";
import { maxWeightAssignment } from "@/lib/matching/solver/max-weight-assignment";
import type { BipartiteInstance } from "@/lib/matching/solver/bipartite-graph";
import { exhaustiveOptimum } from "./reference-optima";

function checkFeasible(instance: BipartiteInstance, pairs: Int32Array): number {
  const leftLoad = new Map<number, number>();
  const rightLoad = new Map<number, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const k of pairs) {
    const left = instance.pairLeft[k] ?? -1;
    const right = instance.pairRight[k] ?? -1;
    const key = `${left}/${right}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    leftLoad.set(left, (leftLoad.get(left) ?? 0) + 1);
    rightLoad.set(right, (rightLoad.get(right) ?? 0) + 1);
    expect(leftLoad.get(left)).toBeLessThanOrEqual(instance.leftCapacities[left] ?? 0);
    expect(rightLoad.get(right)).toBeLessThanOrEqual(instance.rightCapacities[right] ?? 0);
    total += instance.pairWeight[k] ?? 0;
  }
  return total;
}

describe("maxWeightAssignment against exhaustive search", () => {
  it("finds the optimum of 400 small random instances with integer weights", () => {
    let nonTrivial = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const instance = randomBipartiteInstance({
        seed,
        leftCount: 1 + (seed % 4),
        rightCount: 1 + ((seed * 7) % 5),
        pairCount: 3 + (seed % 10),
        minCapacity: 1,
        maxCapacity: 1 + (seed % 3),
        maxWeight: seed % 2 === 0 ? 5 : 50,
      });
      const expected = exhaustiveOptimum(instance);
      const optimal = maxWeightAssignment(instance);
      const greedy = greedyAssignment(instance);
      expect(optimal.totalWeight, `seed ${seed}`).toBe(expected);
      expect(checkFeasible(instance, optimal.pairs)).toBe(optimal.totalWeight);
      expect(checkFeasible(instance, greedy.pairs)).toBe(greedy.totalWeight);
      expect(greedy.totalWeight).toBeLessThanOrEqual(optimal.totalWeight);
      if (greedy.totalWeight < optimal.totalWeight) nonTrivial++;
    }
    // The instances must actually exercise the difference between greedy and optimal.
    expect(nonTrivial).toBeGreaterThan(10);
  });

  it("finds the optimum of 200 small random instances with real weights", () => {
    for (let seed = 1000; seed < 1200; seed++) {
      const instance = randomBipartiteInstance({
        seed,
        leftCount: 2 + (seed % 3),
        rightCount: 2 + (seed % 4),
        pairCount: 4 + (seed % 9),
        minCapacity: 1,
        maxCapacity: 2,
        maxWeight: 10,
        realWeights: true,
      });
      expect(maxWeightAssignment(instance).totalWeight).toBeCloseTo(exhaustiveOptimum(instance), 9);
    }
  });
});
