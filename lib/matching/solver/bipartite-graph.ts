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

/**
 * The usable pairs as a dense leftCount × rightCount matrix, with the same rules as
 * `compactGraph` (same unusable pairs dropped, duplicates merged keeping the heaviest, the earliest
 * on equal weight), so `pairCount` equals the compact graph's edge count.
 */
export interface DenseCells {
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  /** Weight of each usable pair, −∞ elsewhere. */
  cells: Float64Array;
  /**
   * Input pair index of each usable pair (meaningless where cells is −∞), or null when the input
   * lists its pairs in strictly increasing (left, right) order: `pairIndexAt` then finds an index
   * by binary search, and the matrix of indices is never built.
   */
  pairAt: Int32Array | null;
  pairCount: number;
  maxWeight: number;
}

export function denseCells(instance: BipartiteInstance): DenseCells {
  const leftCapacity = toCapacities(instance.leftCapacities);
  const rightCapacity = toCapacities(instance.rightCapacities);
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const inputCount = Math.min(instance.pairLeft.length, instance.pairRight.length, instance.pairWeight.length);
  const minWeight = instance.minWeight ?? Number.NEGATIVE_INFINITY;
  const cellCount = leftCount * rightCount;
  const cells = new Float64Array(cellCount);
  const totals = new Float64Array(3);
  const { pairLeft, pairRight, pairWeight } = instance;
  // Sorted input: each cell is written once (gaps get −∞ on the way) and no index matrix is needed.
  const sortedUpTo = fillSortedCells(pairLeft, pairRight, pairWeight, inputCount, minWeight, leftCapacity, rightCapacity, cells, totals);
  if (sortedUpTo === inputCount) {
    return { leftCapacity, rightCapacity, cells, pairAt: null, pairCount: totals[0]!, maxWeight: totals[1]! };
  }
  // Out of order from pair `sortedUpTo` on: index the pairs already placed, then go on with
  // duplicates merged through the index matrix.
  const pairAt = new Int32Array(cellCount);
  const lastCell = totals[2]!;
  for (let k = 0; k < sortedUpTo; k++) {
    const cell = pairLeft[k]! * rightCount + pairRight[k]!;
    if (cell <= lastCell && cells[cell] !== Number.NEGATIVE_INFINITY) pairAt[cell] = k;
  }
  fillCells(pairLeft, pairRight, pairWeight, sortedUpTo, inputCount, minWeight, leftCapacity, rightCapacity, cells, pairAt, totals);
  return { leftCapacity, rightCapacity, cells, pairAt, pairCount: totals[0]!, maxWeight: totals[1]! };
}

/** Input index of the usable pair (left, right) of `dense` (which must hold that pair). */
export function pairIndexAt(dense: DenseCells, instance: BipartiteInstance, left: number, right: number): number {
  const rightCount = dense.rightCapacity.length;
  const cell = left * rightCount + right;
  if (dense.pairAt) return dense.pairAt[cell]!;
  // Strictly increasing cells over the whole input: binary search.
  let low = 0;
  let high = Math.min(instance.pairLeft.length, instance.pairRight.length, instance.pairWeight.length) - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (instance.pairLeft[mid]! * rightCount + instance.pairRight[mid]! < cell) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isUsable(left: number, right: number, weight: number, minWeight: number, leftCapacity: Int32Array, rightCapacity: Int32Array): boolean {
  // Same tests as compactGraph; (x | 0) === x: an integer in the 32-bit range.
  if ((left | 0) !== left || (right | 0) !== right) return false;
  if (left < 0 || left >= leftCapacity.length || right < 0 || right >= rightCapacity.length) return false;
  if (!(weight > 0) || weight < minWeight || weight === Number.POSITIVE_INFINITY) return false;
  return leftCapacity[left] !== 0 && rightCapacity[right] !== 0;
}

/**
 * Fills `cells` while the input's cells (left · rightCount + right, over every pair, usable or
 * not) strictly increase; returns the index of the first pair out of order (inputCount when
 * none). Every cell up to the last one placed is final; the rest are −∞. totals = [usable pairs,
 * largest weight, last cell placed].
 */
function fillSortedCells(
  pairLeft: ArrayLike<number>,
  pairRight: ArrayLike<number>,
  pairWeight: ArrayLike<number>,
  inputCount: number,
  minWeight: number,
  leftCapacity: Int32Array,
  rightCapacity: Int32Array,
  cells: Float64Array,
  totals: Float64Array,
): number {
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  let pairCount = 0;
  let maxWeight = 0;
  let previousCell = -1;
  let filled = 0;
  let k = 0;
  for (; k < inputCount; k++) {
    const left = pairLeft[k] ?? -1;
    const right = pairRight[k] ?? -1;
    if ((left | 0) !== left || (right | 0) !== right || left < 0 || left >= leftCount || right < 0 || right >= rightCount) break;
    const cell = left * rightCount + right;
    if (cell <= previousCell) break;
    previousCell = cell;
    const weight = pairWeight[k] ?? 0;
    if (!isUsable(left, right, weight, minWeight, leftCapacity, rightCapacity)) continue;
    while (filled < cell) cells[filled++] = Number.NEGATIVE_INFINITY;
    cells[filled++] = weight;
    pairCount++;
    if (weight > maxWeight) maxWeight = weight;
  }
  cells.fill(Number.NEGATIVE_INFINITY, filled);
  totals[0] = pairCount;
  totals[1] = maxWeight;
  totals[2] = filled - 1;
  return k;
}

/** The general fill from pair `from` on, merging duplicates through `pairAt`. */
function fillCells(
  pairLeft: ArrayLike<number>,
  pairRight: ArrayLike<number>,
  pairWeight: ArrayLike<number>,
  from: number,
  inputCount: number,
  minWeight: number,
  leftCapacity: Int32Array,
  rightCapacity: Int32Array,
  cells: Float64Array,
  pairAt: Int32Array,
  totals: Float64Array,
): void {
  const rightCount = rightCapacity.length;
  let pairCount = totals[0]!;
  let maxWeight = totals[1]!;
  for (let k = from; k < inputCount; k++) {
    const left = pairLeft[k] ?? -1;
    const right = pairRight[k] ?? -1;
    const weight = pairWeight[k] ?? 0;
    if (!isUsable(left, right, weight, minWeight, leftCapacity, rightCapacity)) continue;
    const cell = left * rightCount + right;
    if (cells[cell] === Number.NEGATIVE_INFINITY) {
      pairCount++;
    } else if (!(weight > cells[cell]!)) {
      continue;
    }
    cells[cell] = weight;
    pairAt[cell] = k;
    if (weight > maxWeight) maxWeight = weight;
  }
  totals[0] = pairCount;
  totals[1] = maxWeight;
}

export function compactGraph(instance: BipartiteInstance): CompactGraph {
  const leftCapacity = toCapacities(instance.leftCapacities);
  const rightCapacity = toCapacities(instance.rightCapacities);
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const pairCount = Math.min(instance.pairLeft.length, instance.pairRight.length, instance.pairWeight.length);
  const minWeight = instance.minWeight ?? Number.NEGATIVE_INFINITY;

  // One pass over the input (which may be a plain array or a typed array) copies the usable
  // pairs into typed arrays; every later pass reads only those. Inputs already grouped by left
  // node (the usual case) skip the bucket sort.
  const usableLeft = new Int32Array(pairCount);
  const usableRight = new Int32Array(pairCount);
  const usableWeight = new Float64Array(pairCount);
  const usableInput = new Int32Array(pairCount);
  const degree = new Int32Array(leftCount + 1);
  let usableCount = 0;
  let grouped = true;
  let previousLeft = 0;
  const { pairLeft, pairRight, pairWeight } = instance;
  for (let k = 0; k < pairCount; k++) {
    const left = pairLeft[k] ?? -1;
    const right = pairRight[k] ?? -1;
    const weight = pairWeight[k] ?? 0;
    // (x | 0) === x: an integer in the 32-bit range (NaN and ±Infinity fail).
    if ((left | 0) !== left || (right | 0) !== right) continue;
    if (left < 0 || left >= leftCount || right < 0 || right >= rightCount) continue;
    if (!(weight > 0) || weight < minWeight || weight === Number.POSITIVE_INFINITY) continue;
    if (leftCapacity[left] === 0 || rightCapacity[right] === 0) continue;
    if (left < previousLeft) grouped = false;
    previousLeft = left;
    usableLeft[usableCount] = left;
    usableRight[usableCount] = right;
    usableWeight[usableCount] = weight;
    usableInput[usableCount] = k;
    usableCount++;
    degree[left + 1]!++;
  }
  for (let l = 0; l < leftCount; l++) degree[l + 1] = degree[l + 1]! + degree[l]!;
  // order[p] for p in [degree[l], degree[l + 1]) lists row l's usable pairs (indices into the
  // usable arrays) in input order.
  let order: Int32Array;
  if (grouped) {
    order = new Int32Array(usableCount);
    for (let p = 0; p < usableCount; p++) order[p] = p;
  } else {
    order = new Int32Array(usableCount);
    const fill = degree.slice(0, leftCount);
    for (let p = 0; p < usableCount; p++) {
      const left = usableLeft[p]!;
      order[fill[left]!] = p;
      fill[left]!++;
    }
  }

  // Merge duplicates row by row with a "position of right node in this row" marker.
  const seenInRow = new Int32Array(rightCount).fill(-1);
  const keep = new Uint8Array(usableCount);
  let edgeCount = 0;
  for (let l = 0; l < leftCount; l++) {
    const rowFrom = degree[l]!;
    for (let p = rowFrom, end = degree[l + 1]!; p < end; p++) {
      const u = order[p]!;
      const right = usableRight[u]!;
      const previous = seenInRow[right]!;
      if (previous >= rowFrom) {
        if (usableWeight[u]! > usableWeight[order[previous]!]!) {
          keep[previous] = 0;
          keep[p] = 1;
          seenInRow[right] = p;
        }
      } else {
        keep[p] = 1;
        seenInRow[right] = p;
        edgeCount++;
      }
    }
  }

  const rowStart = new Int32Array(leftCount + 1);
  const edgeLeft = new Int32Array(edgeCount);
  const edgeRight = new Int32Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  const edgeInput = new Int32Array(edgeCount);
  let at = 0;
  let maxWeight = 0;
  for (let l = 0; l < leftCount; l++) {
    rowStart[l] = at;
    for (let p = degree[l]!, end = degree[l + 1]!; p < end; p++) {
      if (keep[p] === 0) continue;
      const u = order[p]!;
      const weight = usableWeight[u]!;
      edgeLeft[at] = l;
      edgeRight[at] = usableRight[u]!;
      edgeWeight[at] = weight;
      edgeInput[at] = usableInput[u]!;
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
