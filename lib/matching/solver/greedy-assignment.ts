import { compactGraph, resultFromEdges } from "./bipartite-graph";
import type { AssignmentResult, BipartiteInstance, CompactGraph } from "./bipartite-graph";

/**
 * Greedy assignment for comparison with the optimum: take pairs from the heaviest down, keeping
 * each one whose two sides still have capacity. Equal weights are taken by left index, then by
 * input order. It is what a coordinator does by hand, and can be far from optimal when the best
 * volunteer of one need is the only good option of another.
 */
export function greedyAssignment(instance: BipartiteInstance): AssignmentResult {
  return greedyCompact(compactGraph(instance));
}

export function greedyCompact(graph: CompactGraph): AssignmentResult {
  const edgeCount = graph.edgeWeight.length;
  const order = heaviestFirst(graph);
  const leftLoad = new Int32Array(graph.leftCount);
  const rightLoad = new Int32Array(graph.rightCount);
  const chosen = new Uint8Array(edgeCount);
  for (let k = 0; k < edgeCount; k++) {
    const e = order[k] ?? 0;
    const left = graph.edgeLeft[e] ?? 0;
    const right = graph.edgeRight[e] ?? 0;
    if ((leftLoad[left] ?? 0) >= (graph.leftCapacity[left] ?? 0)) continue;
    if ((rightLoad[right] ?? 0) >= (graph.rightCapacity[right] ?? 0)) continue;
    leftLoad[left] = (leftLoad[left] ?? 0) + 1;
    rightLoad[right] = (rightLoad[right] ?? 0) + 1;
    chosen[e] = 1;
  }
  return resultFromEdges(graph, chosen);
}

/**
 * Edge positions sorted by weight descending, then position ascending. Compact edges are ordered
 * by left index then input order, so this is exactly the documented rule. With integer weights
 * (the cohort case) both keys are packed into one float and sorted natively, several times faster
 * than a comparator sort on a million edges.
 */
function heaviestFirst(graph: CompactGraph): Int32Array {
  const weight = graph.edgeWeight;
  const edgeCount = weight.length;
  const order = new Int32Array(edgeCount);
  let integral = true;
  for (let e = 0; e < edgeCount && integral; e++) integral = Number.isInteger(weight[e] ?? 0);
  if (integral && graph.maxWeight <= 1 << 20) {
    // Counting sort on the weight: linear time and stable, so positions stay ascending per weight.
    const top = graph.maxWeight;
    const bucketStart = new Int32Array(top + 2);
    for (let e = 0; e < edgeCount; e++) {
      const bucket = top - (weight[e] ?? 0) + 1;
      bucketStart[bucket] = (bucketStart[bucket] ?? 0) + 1;
    }
    for (let b = 1; b < bucketStart.length; b++) bucketStart[b] = (bucketStart[b] ?? 0) + (bucketStart[b - 1] ?? 0);
    for (let e = 0; e < edgeCount; e++) {
      const bucket = top - (weight[e] ?? 0);
      const at = bucketStart[bucket] ?? 0;
      order[at] = e;
      bucketStart[bucket] = at + 1;
    }
    return order;
  }
  if (integral && (graph.maxWeight + 1) * (edgeCount + 1) < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(edgeCount);
    for (let e = 0; e < edgeCount; e++) keys[e] = (graph.maxWeight - (weight[e] ?? 0)) * edgeCount + e;
    keys.sort();
    for (let k = 0; k < edgeCount; k++) order[k] = (keys[k] ?? 0) % edgeCount;
    return order;
  }
  for (let e = 0; e < edgeCount; e++) order[e] = e;
  order.sort((a, b) => (weight[b] ?? 0) - (weight[a] ?? 0) || a - b);
  return order;
}
