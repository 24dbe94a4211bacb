// Independent optima of a bipartite instance, for checking the cohort solvers: exhaustive search
// (small instances) and an LP (bipartite b-matching is totally unimodular, so the LP optimum is
// the integer optimum; it ignores minWeight). Shared by the solver tests.
import { expect } from "vitest";
import lpSolver from "javascript-lp-solver";
import type { Model } from "javascript-lp-solver";
import type { BipartiteInstance } from "@/lib/matching/solver/bipartite-graph";

/** Best total over every subset of pairs that respects the capacities and the minimum weight. */
export function exhaustiveOptimum(instance: BipartiteInstance): number {
  const count = instance.pairWeight.length;
  const leftLoad = new Array<number>(instance.leftCapacities.length).fill(0);
  const rightLoad = new Array<number>(instance.rightCapacities.length).fill(0);
  const minWeight = instance.minWeight ?? Number.NEGATIVE_INFINITY;
  let best = 0;
  const visit = (k: number, total: number): void => {
    if (k === count) {
      if (total > best) best = total;
      return;
    }
    visit(k + 1, total);
    const left = instance.pairLeft[k] ?? 0;
    const right = instance.pairRight[k] ?? 0;
    const weight = instance.pairWeight[k] ?? 0;
    if (weight <= 0 || weight < minWeight) return;
    if ((leftLoad[left] ?? 0) < (instance.leftCapacities[left] ?? 0) && (rightLoad[right] ?? 0) < (instance.rightCapacities[right] ?? 0)) {
      leftLoad[left] = (leftLoad[left] ?? 0) + 1;
      rightLoad[right] = (rightLoad[right] ?? 0) + 1;
      visit(k + 1, total + weight);
      leftLoad[left] = (leftLoad[left] ?? 0) - 1;
      rightLoad[right] = (rightLoad[right] ?? 0) - 1;
    }
  };
  visit(0, 0);
  return best;
}

/** The LP optimum (capacities on both sides, each pair at most once). */
export function lpOptimum(instance: BipartiteInstance): number {
  const constraints: Model["constraints"] = {};
  const variables: Model["variables"] = {};
  for (let l = 0; l < instance.leftCapacities.length; l++) constraints[`L${l}`] = { max: instance.leftCapacities[l] ?? 0 };
  for (let r = 0; r < instance.rightCapacities.length; r++) constraints[`R${r}`] = { max: instance.rightCapacities[r] ?? 0 };
  for (let k = 0; k < instance.pairWeight.length; k++) {
    constraints[`P${k}`] = { max: 1 };
    variables[`x${k}`] = {
      total: instance.pairWeight[k] ?? 0,
      [`L${instance.pairLeft[k] ?? 0}`]: 1,
      [`R${instance.pairRight[k] ?? 0}`]: 1,
      [`P${k}`]: 1,
    };
  }
  const result = lpSolver.Solve({ optimize: "total", opType: "max", constraints, variables }) as { feasible: boolean; result: number };
  expect(result.feasible).toBe(true);
  return result.result;
}
