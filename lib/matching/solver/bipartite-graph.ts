/**
 * A generic weighted bipartite graph with node capacities: the input of both cohort solvers.
 * Nothing here knows about needs or volunteers.
 */
export interface BipartiteInstance {
  /** Maximum number of pairs per left node (non-negative integers). */
  leftCapacities: ArrayLike<number>;
  /** Maximum number of pairs per right node (non-negative integers). */
  rightCapacities: ArrayLike<number>;
  /** Allowed pairs as parallel arrays: pair k joins `pairLeft[k]` and `pairRight[k]` with `pairWeight[k]`. */
  pairLeft: ArrayLike<number>;
  pairRight: ArrayLike<number>;
  pairWeight: ArrayLike<number>;
  /** Pairs weighing less than this are not allowed; pairs weighing ≤ 0 never are. */
  minWeight?: number;
}

export interface AssignmentResult {
  /** Indices (into the input pair arrays) of the chosen pairs, ascending. */
  pairs: Int32Array;
  totalWeight: number;
  leftLoad: Int32Array;
  rightLoad: Int32Array;
}

/**
 * The usable pairs in compressed-row form by left node. Duplicate (left, right) pairs are merged,
 * keeping the heaviest (the earliest on equal weight); unusable pairs (bad index, weight ≤ 0 or
 * below the minimum, a side with no capacity) are dropped. Within a row pairs keep input order.
 */
export interface CompactGraph {
  leftCount: number;
  rightCount: number;
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  rowStart: Int32Array;
  edgeLeft: Int32Array;
  edgeRight: Int32Array;
  edgeWeight: Float64Array;
  /** Input pair index of each compact edge. */
  edgeInput: Int32Array;
  maxWeight: number;
}

function toCapacities(values: ArrayLike<number>): Int32Array {
  const result = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    result[i] = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  }
  return result;
}

export function compactGraph(instance: BipartiteInstance): CompactGraph {
  const leftCapacity = toCapacities(instance.leftCapacities);
  const rightCapacity = toCapacities(instance.rightCapacities);
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const pairCount = Math.min(instance.pairLeft.length, instance.pairRight.length, instance.pairWeight.length);
  const minWeight = instance.minWeight ?? Number.NEGATIVE_INFINITY;

  const usable = new Uint8Array(pairCount);
  const degree = new Int32Array(leftCount + 1);
  for (let k = 0; k < pairCount; k++) {
    const left = instance.pairLeft[k] ?? -1;
    const right = instance.pairRight[k] ?? -1;
    const weight = instance.pairWeight[k] ?? 0;
    if (!Number.isInteger(left) || !Number.isInteger(right)) continue;
    if (left < 0 || left >= leftCount || right < 0 || right >= rightCount) continue;
    if (!(weight > 0) || weight < minWeight || !Number.isFinite(weight)) continue;
    if ((leftCapacity[left] ?? 0) === 0 || (rightCapacity[right] ?? 0) === 0) continue;
    usable[k] = 1;
    degree[left + 1] = (degree[left + 1] ?? 0) + 1;
  }
  for (let l = 0; l < leftCount; l++) degree[l + 1] = (degree[l + 1] ?? 0) + (degree[l] ?? 0);
  const fill = degree.slice(0, leftCount);
  const rawInput = new Int32Array(degree[leftCount] ?? 0);
  for (let k = 0; k < pairCount; k++) {
    if (usable[k] === 0) continue;
    const left = instance.pairLeft[k] ?? 0;
    rawInput[fill[left] ?? 0] = k;
    fill[left] = (fill[left] ?? 0) + 1;
  }

  // Merge duplicates row by row with a "position of right node in this row" marker.
  const seenInRow = new Int32Array(rightCount).fill(-1);
  const keep = new Uint8Array(rawInput.length);
  for (let l = 0; l < leftCount; l++) {
    for (let p = degree[l] ?? 0; p < (degree[l + 1] ?? 0); p++) {
      const k = rawInput[p] ?? 0;
      const right = instance.pairRight[k] ?? 0;
      const previous = seenInRow[right] ?? -1;
      if (previous >= (degree[l] ?? 0)) {
        const previousWeight = instance.pairWeight[rawInput[previous] ?? 0] ?? 0;
        if ((instance.pairWeight[k] ?? 0) > previousWeight) {
          keep[previous] = 0;
          keep[p] = 1;
          seenInRow[right] = p;
        }
      } else {
        keep[p] = 1;
        seenInRow[right] = p;
      }
    }
  }

  let edgeCount = 0;
  for (let p = 0; p < keep.length; p++) edgeCount += keep[p] ?? 0;
  const rowStart = new Int32Array(leftCount + 1);
  const edgeLeft = new Int32Array(edgeCount);
  const edgeRight = new Int32Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  const edgeInput = new Int32Array(edgeCount);
  let at = 0;
  let maxWeight = 0;
  for (let l = 0; l < leftCount; l++) {
    rowStart[l] = at;
    for (let p = degree[l] ?? 0; p < (degree[l + 1] ?? 0); p++) {
      if (keep[p] === 0) continue;
      const k = rawInput[p] ?? 0;
      const weight = instance.pairWeight[k] ?? 0;
      edgeLeft[at] = l;
      edgeRight[at] = instance.pairRight[k] ?? 0;
      edgeWeight[at] = weight;
      edgeInput[at] = k;
      if (weight > maxWeight) maxWeight = weight;
      at++;
    }
  }
  rowStart[leftCount] = at;
  return { leftCount, rightCount, leftCapacity, rightCapacity, rowStart, edgeLeft, edgeRight, edgeWeight, edgeInput, maxWeight };
}

/** Builds the result object from the set of chosen compact edges. */
export function resultFromEdges(graph: CompactGraph, chosen: Uint8Array): AssignmentResult {
  const picked: number[] = [];
  const leftLoad = new Int32Array(graph.leftCount);
  const rightLoad = new Int32Array(graph.rightCount);
  let totalWeight = 0;
  for (let e = 0; e < chosen.length; e++) {
    if (chosen[e] !== 1) continue;
    picked.push(graph.edgeInput[e] ?? 0);
    const left = graph.edgeLeft[e] ?? 0;
    const right = graph.edgeRight[e] ?? 0;
    leftLoad[left] = (leftLoad[left] ?? 0) + 1;
    rightLoad[right] = (rightLoad[right] ?? 0) + 1;
    totalWeight += graph.edgeWeight[e] ?? 0;
  }
  const pairs = Int32Array.from(picked).sort();
  return { pairs, totalWeight, leftLoad, rightLoad };
}
