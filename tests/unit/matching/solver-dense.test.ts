import { describe, expect, it } from "vitest";
import { randomBipartiteInstance } from "@/lib/matching/generators/bipartite-instances";
import { SeededRandom } from "@/lib/matching/generators/seeded-random";
import { compactGraph } from "@/lib/matching/solver/bipartite-graph";
import type { AssignmentResult, BipartiteInstance } from "@/lib/matching/solver/bipartite-graph";
import { maxWeightAssignment, solveCompact } from "@/lib/matching/solver/max-weight-assignment";
import { exhaustiveOptimum, lpOptimum } from "./reference-optima";

/**
 * The dense path (weight matrix, auction warm start, batched Dijkstra) and the sparse path
 * (compact graph, heap Dijkstra) are forced on the same instances: both must be feasible and reach
 * the same optimum, which is checked independently (exhaustive search, LP).
 */

/** Checks capacities and distinct pairs; returns the total weight recomputed from the input. */
function checkFeasible(instance: BipartiteInstance, result: AssignmentResult): number {
  const leftLoad = new Array<number>(instance.leftCapacities.length).fill(0);
  const rightLoad = new Array<number>(instance.rightCapacities.length).fill(0);
  const seen = new Set<string>();
  let total = 0;
  let previous = -1;
  for (const k of result.pairs) {
    expect(k).toBeGreaterThan(previous);
    previous = k;
    const left = instance.pairLeft[k] ?? -1;
    const right = instance.pairRight[k] ?? -1;
    const key = `${left}/${right}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    leftLoad[left] = (leftLoad[left] ?? 0) + 1;
    rightLoad[right] = (rightLoad[right] ?? 0) + 1;
    expect(instance.pairWeight[k] ?? 0).toBeGreaterThan(0);
    expect(instance.pairWeight[k] ?? 0).toBeGreaterThanOrEqual(instance.minWeight ?? 0);
    total += instance.pairWeight[k] ?? 0;
  }
  leftLoad.forEach((load, l) => {
    expect(load).toBeLessThanOrEqual(instance.leftCapacities[l] ?? 0);
    expect(result.leftLoad[l]).toBe(load);
  });
  rightLoad.forEach((load, r) => {
    expect(load).toBeLessThanOrEqual(instance.rightCapacities[r] ?? 0);
    expect(result.rightLoad[r]).toBe(load);
  });
  expect(Math.abs(total - result.totalWeight)).toBeLessThan(1e-9 * Math.max(1, total));
  return total;
}

function bothPaths(instance: BipartiteInstance): { dense: AssignmentResult; sparse: AssignmentResult } {
  const graph = compactGraph(instance);
  const dense = solveCompact(graph, "dense");
  const sparse = solveCompact(graph, "sparse");
  checkFeasible(instance, dense);
  checkFeasible(instance, sparse);
  return { dense, sparse };
}

/** Random instance with forbidden pairs, a minimum weight and capacities 0–3 on both sides. */
function mixedInstance(seed: number, leftCount: number, rightCount: number, density: number, maxWeight: number, real: boolean): BipartiteInstance {
  const random = new SeededRandom(seed);
  const instance = randomBipartiteInstance({
    seed,
    leftCount,
    rightCount,
    density,
    minCapacity: 0,
    maxCapacity: 3,
    maxWeight,
    realWeights: real,
  });
  return { ...instance, minWeight: random.chance(0.5) ? maxWeight * 0.2 : undefined };
}

describe("dense and sparse paths of maxWeightAssignment", () => {
  it("both reach the exhaustive optimum on small instances with capacities, ties and forbidden pairs", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = randomBipartiteInstance({
        seed,
        leftCount: 1 + (seed % 4),
        rightCount: 1 + ((seed * 3) % 4),
        density: 0.5 + (seed % 5) / 10,
        minCapacity: 1,
        maxCapacity: 1 + (seed % 3),
        maxWeight: seed % 3 === 0 ? 3 : 40,
      });
      if (instance.pairWeight.length > 13) continue;
      const expected = exhaustiveOptimum(instance);
      const { dense, sparse } = bothPaths(instance);
      expect(dense.totalWeight, `dense, seed ${seed}`).toBe(expected);
      expect(sparse.totalWeight, `sparse, seed ${seed}`).toBe(expected);
    }
  });

  it("both reach the exhaustive optimum with real weights and a minimum weight", () => {
    for (let seed = 2000; seed < 2150; seed++) {
      const instance = mixedInstance(seed, 2 + (seed % 3), 2 + (seed % 4), 0.7, 10, true);
      if (instance.pairWeight.length > 13) continue;
      const expected = exhaustiveOptimum(instance);
      const { dense, sparse } = bothPaths(instance);
      expect(dense.totalWeight).toBeCloseTo(expected, 9);
      expect(sparse.totalWeight).toBeCloseTo(expected, 9);
    }
  });

  it("agree with each other and with the LP on medium capacitated instances", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const instance = mixedInstance(300 + seed, 14 + seed, 18, 0.6, 100, false);
      const { dense, sparse } = bothPaths(instance);
      expect(dense.totalWeight, `seed ${seed}`).toBe(sparse.totalWeight);
      expect(dense.totalWeight, `seed ${seed}`).toBe(Math.round(lpOptimum(instance)));
    }
  });

  it("agree on larger instances: integer, tied, real, rectangular both ways, complete and not", () => {
    const cases: BipartiteInstance[] = [];
    for (let seed = 1; seed <= 4; seed++) {
      cases.push(mixedInstance(400 + seed, 60, 90, 1, 1000, false));
      cases.push(mixedInstance(410 + seed, 90, 60, 0.5, 1000, false));
      cases.push(mixedInstance(420 + seed, 70, 70, 0.8, 3, false));
      cases.push(randomBipartiteInstance({ seed: 430 + seed, leftCount: 80, rightCount: 80, density: 1, maxWeight: 1000 }));
      cases.push(randomBipartiteInstance({ seed: 440 + seed, leftCount: 50, rightCount: 120, density: 0.9, maxWeight: 5 }));
      cases.push(randomBipartiteInstance({ seed: 450 + seed, leftCount: 120, rightCount: 40, density: 1, maxCapacity: 2, maxWeight: 50 }));
    }
    cases.forEach((instance, index) => {
      const { dense, sparse } = bothPaths(instance);
      expect(dense.totalWeight, `case ${index}`).toBe(sparse.totalWeight);
    });
    for (let seed = 1; seed <= 6; seed++) {
      const instance = mixedInstance(460 + seed, 60, 70, 0.9, 1, true);
      const { dense, sparse } = bothPaths(instance);
      expect(Math.abs(dense.totalWeight - sparse.totalWeight), `real ${seed}`).toBeLessThan(1e-9);
    }
  });

  it("builds the matrix straight from the input with the compact graph's rules", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const base = mixedInstance(500 + seed, 25, 30, 0.8, 50, seed % 2 === 0);
      // Shuffle the pairs and add duplicates (heavier, lighter, equal) and unusable pairs.
      const random = new SeededRandom(600 + seed);
      const pairLeft = Array.from(base.pairLeft);
      const pairRight = Array.from(base.pairRight);
      const pairWeight = Array.from(base.pairWeight);
      for (let k = 0; k < 40; k++) {
        const at = random.int(0, pairLeft.length - 1);
        pairLeft.push(pairLeft[at] ?? 0);
        pairRight.push(pairRight[at] ?? 0);
        pairWeight.push((pairWeight[at] ?? 0) + random.int(-1, 1));
      }
      pairLeft.push(-1, 0.5, 3, 2);
      pairRight.push(0, 1, 99, 3);
      pairWeight.push(10, 10, 10, Number.NaN);
      for (let k = pairLeft.length - 1; k > 0; k--) {
        const j = random.int(0, k);
        [pairLeft[k], pairLeft[j]] = [pairLeft[j] ?? 0, pairLeft[k] ?? 0];
        [pairRight[k], pairRight[j]] = [pairRight[j] ?? 0, pairRight[k] ?? 0];
        [pairWeight[k], pairWeight[j]] = [pairWeight[j] ?? 0, pairWeight[k] ?? 0];
      }
      const instance: BipartiteInstance = { ...base, pairLeft, pairRight, pairWeight };
      const direct = maxWeightAssignment(instance);
      const viaGraph = solveCompact(compactGraph(instance), "dense");
      expect(Array.from(direct.pairs), `seed ${seed}`).toEqual(Array.from(viaGraph.pairs));
      // Same pairs; the totals may be summed in another order (real weights).
      expect(direct.totalWeight).toBeCloseTo(viaGraph.totalWeight, 9);
      checkFeasible(instance, direct);
      expect(direct.totalWeight).toBeCloseTo(solveCompact(compactGraph(instance), "sparse").totalWeight, 9);
    }
  });

  it("reads sorted input without an index matrix, and input that stops being sorted", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const base = randomBipartiteInstance({ seed: 700 + seed, leftCount: 20, rightCount: 24, density: 0.7, maxCapacity: 2, maxWeight: 30 });
      const pairLeft = Array.from(base.pairLeft);
      const pairRight = Array.from(base.pairRight);
      const pairWeight = Array.from(base.pairWeight);
      // Unusable pairs inside sorted input: weight 0, negative, below the minimum.
      for (let k = seed; k < pairWeight.length; k += 7) pairWeight[k] = [0, -4, 2][k % 3] ?? 0;
      const variants: BipartiteInstance[] = [
        { ...base, pairLeft, pairRight, pairWeight, minWeight: 3 },
        // Out of order in the middle (an invalid pair, then a repeated cell), and a heavier duplicate at the end.
        {
          ...base,
          pairLeft: [...pairLeft.slice(0, 50), 1.5, ...pairLeft.slice(50), pairLeft[10] ?? 0, pairLeft[60] ?? 0],
          pairRight: [...pairRight.slice(0, 50), 3, ...pairRight.slice(50), pairRight[10] ?? 0, pairRight[60] ?? 0],
          pairWeight: [...pairWeight.slice(0, 50), 9, ...pairWeight.slice(50), 100, pairWeight[60] ?? 0],
          minWeight: 3,
        },
        { ...base, pairLeft: [...pairLeft, 0], pairRight: [...pairRight, 0], pairWeight: [...pairWeight, 1000] },
      ];
      for (const instance of variants) {
        const direct = maxWeightAssignment(instance);
        const viaGraph = solveCompact(compactGraph(instance), "dense");
        expect(Array.from(direct.pairs), `seed ${seed}`).toEqual(Array.from(viaGraph.pairs));
        expect(direct.totalWeight).toBe(solveCompact(compactGraph(instance), "sparse").totalWeight);
        checkFeasible(instance, direct);
      }
    }
  });

  it("is deterministic, prefers the lower left node on an exact tie and moves a pair when that gains", () => {
    const instance = randomBipartiteInstance({ seed: 9, leftCount: 60, rightCount: 60, density: 1, maxWeight: 3, maxCapacity: 2 });
    const a = solveCompact(compactGraph(instance), "dense");
    const b = solveCompact(compactGraph(instance), "dense");
    expect(Array.from(a.pairs)).toEqual(Array.from(b.pairs));
    const flat: BipartiteInstance = { leftCapacities: [1, 1, 1], rightCapacities: [1], pairLeft: [0, 1, 2], pairRight: [0, 0, 0], pairWeight: [2, 2, 2] };
    expect(Array.from(solveCompact(compactGraph(flat), "dense").pairs)).toEqual([0]);
    // Left node 0 must give right node 0 up for left node 1 (the only optimum).
    const swap: BipartiteInstance = {
      leftCapacities: [1, 1],
      rightCapacities: [1, 1],
      pairLeft: [0, 0, 1],
      pairRight: [0, 1, 0],
      pairWeight: [5, 5, 5],
    };
    const result = solveCompact(compactGraph(swap), "dense");
    expect(result.totalWeight).toBe(10);
    expect(Array.from(result.pairs)).toEqual([1, 2]);
  });

  it("handles empty rows, capacity 0 and graphs with no usable pair", () => {
    const instance: BipartiteInstance = {
      leftCapacities: [0, 2, 1, 3],
      rightCapacities: [1, 0, 2],
      pairLeft: [0, 1, 1, 2, 2, 1, 3],
      pairRight: [0, 0, 2, 1, 2, 1, 2],
      pairWeight: [9, 4, 3, 8, 6, 7, 1],
    };
    const { dense, sparse } = bothPaths(instance);
    expect(dense.totalWeight).toBe(exhaustiveOptimum(instance));
    expect(sparse.totalWeight).toBe(dense.totalWeight);
    const empty: BipartiteInstance = { leftCapacities: [1, 1], rightCapacities: [1], pairLeft: [0], pairRight: [0], pairWeight: [0] };
    expect(maxWeightAssignment(empty).pairs.length).toBe(0);
    expect(solveCompact(compactGraph(empty), "dense").pairs.length).toBe(0);
  });
});
