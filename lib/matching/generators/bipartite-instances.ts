import type { BipartiteInstance } from "../solver/bipartite-graph";
import { SeededRandom } from "./seeded-random";

/**
 * Random bipartite instances for tests and benchmarks. Every generator is deterministic in its seed.
 */
export interface RandomBipartiteOptions {
  seed: number;
  leftCount: number;
  rightCount: number;
  /** Probability that a given (left, right) pair is allowed (used when `pairCount` is absent). */
  density?: number;
  /** Exact number of distinct allowed pairs (sampled without replacement). */
  pairCount?: number;
  minCapacity?: number;
  maxCapacity?: number;
  /** Separate capacity range for right nodes (defaults to the left one). */
  rightMinCapacity?: number;
  rightMaxCapacity?: number;
  /** Integer weights in [1, maxWeight], or reals in (0, maxWeight] when `realWeights`. */
  maxWeight?: number;
  realWeights?: boolean;
}

export function randomBipartiteInstance(options: RandomBipartiteOptions): BipartiteInstance {
  const random = new SeededRandom(options.seed);
  const minCapacity = options.minCapacity ?? 1;
  const maxCapacity = options.maxCapacity ?? 1;
  const rightMin = options.rightMinCapacity ?? minCapacity;
  const rightMax = options.rightMaxCapacity ?? maxCapacity;
  const maxWeight = options.maxWeight ?? 100;
  const leftCapacities = Array.from({ length: options.leftCount }, () => random.int(minCapacity, maxCapacity));
  const rightCapacities = Array.from({ length: options.rightCount }, () => random.int(rightMin, rightMax));
  const pairLeft: number[] = [];
  const pairRight: number[] = [];
  const pairWeight: number[] = [];
  const weight = (): number =>
    options.realWeights ? Math.max(1e-6, random.next() * maxWeight) : random.int(1, maxWeight);

  if (options.pairCount !== undefined) {
    const total = options.leftCount * options.rightCount;
    const wanted = Math.min(options.pairCount, total);
    const taken = new Set<number>();
    while (taken.size < wanted) {
      const cell = Math.floor(random.next() * total);
      if (taken.has(cell)) continue;
      taken.add(cell);
      pairLeft.push(Math.floor(cell / options.rightCount));
      pairRight.push(cell % options.rightCount);
      pairWeight.push(weight());
    }
  } else {
    const density = options.density ?? 1;
    for (let l = 0; l < options.leftCount; l++) {
      for (let r = 0; r < options.rightCount; r++) {
        if (density >= 1 || random.chance(density)) {
          pairLeft.push(l);
          pairRight.push(r);
          pairWeight.push(weight());
        }
      }
    }
  }
  return { leftCapacities, rightCapacities, pairLeft, pairRight, pairWeight };
}
