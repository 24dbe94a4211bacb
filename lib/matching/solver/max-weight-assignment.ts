import { compactGraph, denseCells, pairIndexAt, resultFromEdges } from "./bipartite-graph";
import type { AssignmentResult, BipartiteInstance, CompactGraph, DenseCells } from "./bipartite-graph";
import { solveDense } from "./dense-assignment";
import { NodeHeap } from "./node-heap";

/**
 * Exact maximum-total-weight assignment under node capacities (a maximum-weight b-matching on a
 * bipartite graph), by successive shortest augmenting paths with Johnson potentials.
 *
 * Model: a min-cost circulation with source arcs s→left (capacity = left capacity, cost 0), pair
 * arcs left→right (capacity 1, cost −weight), sink arcs right→t (capacity = right capacity) and
 * t→s (cost 0). Because t→s is free, s and t are merged into one "exit" node X.
 *
 * Left nodes are inserted one at a time. Before inserting node u the residual graph has no
 * negative cycle (the current assignment is optimal for the inserted nodes). Inserting u adds the
 * arc X→u; every new negative cycle goes through it, i.e. is a negative-cost path u ⇝ X. That
 * path either ends at a right node with spare capacity, or at an earlier left node that gives up
 * one of its pairs (this is what makes the result maximum *weight* rather than maximum
 * cardinality). We repeatedly augment along the shortest such path (Dijkstra on reduced costs,
 * stopped as soon as X is settled) while its cost is negative and u has capacity left; augmenting
 * along a shortest path keeps the "no negative cycle" invariant, so the final assignment is optimal.
 *
 * Potentials keep every traversed residual arc at a non-negative reduced cost; after each search
 * only the settled nodes' potentials move (by dist − dist(X)), which is equivalent to the textbook
 * update up to a constant shift and costs nothing for the untouched part of the graph.
 *
 * Frozen capacities (what makes a warm start valid): the argument above only needs, before a
 * left node is completed, that the residual graph has no negative cycle when every left node's
 * capacity is taken to be its current load. Any state whose potentials give every residual arc a
 * non-negative reduced cost qualifies: in dual terms (y_l = π(l) − π(X), z_r = π(X) − π(r)),
 * y_l + z_r ≥ w on pairs not made, = w on pairs made, y_l ≥ 0 on left nodes with a pair, z_r ≥ 0
 * everywhere and z_r = 0 on right nodes with spare capacity (a right node with spare capacity
 * cannot carry a price). Left nodes without a pair have no residual arc into them, so their own
 * price does not matter until they are completed.
 *
 * Two searches implement this:
 * - Sparse graphs: the compact graph (rows of allowed pairs) and a heap Dijkstra below, starting
 *   from the empty assignment.
 * - Dense graphs (at least a quarter of all pairs allowed, at most 2 Mi cells): `dense-assignment.ts`
 *   works on a leftCount × rightCount weight matrix (−∞ for a pair not allowed), starts from an
 *   auction warm start that satisfies the frozen-capacity condition (prices rise only on full
 *   right nodes of capacity 1), then completes left nodes in index order with a Jonker–Volgenant
 *   style Dijkstra. Capacities, forbidden pairs, the minimum weight, real weights and
 *   non-perfect optima are handled exactly as here; the tests force both paths on the same
 *   instances.
 *
 * Determinism (tie-breaking rule): the result depends only on the instance. Sparse path: left
 * nodes are inserted in index order; Dijkstra pops equal distances by smallest node index, with
 * the exit node first, so between two optima with equal weight the one found first in this order
 * is returned. Dense path: the warm start gives a right node to the lower left node on an exact
 * tie, and equal distances are settled in a fixed order (exit node first); its choice between
 * optima of equal weight may differ from the sparse path's. On both paths a path of zero gain is
 * never augmented, so a pair that adds nothing is never made.
 * Weights may be real: comparisons against zero use a tolerance of 1e-9 × the largest weight, and
 * integer weights (below 2^53 in total) are handled exactly.
 *
 * Cost: one Dijkstra per pair made, usually stopping after a handful of nodes; worst case
 * O(F · E log V) for F pairs. Dense path: O(n · m) to build the matrix and warm start, then
 * O(m) per settled node in each search.
 */
export function maxWeightAssignment(instance: BipartiteInstance): AssignmentResult {
  const cellCount = instance.leftCapacities.length * instance.rightCapacities.length;
  const inputCount = Math.min(instance.pairLeft.length, instance.pairRight.length, instance.pairWeight.length);
  // Dense instances go straight to the matrix, without the compact graph. The test on the
  // usable pair count is the one `solveCompact` applies, so both entry points take the same path.
  if (denseEnough(inputCount, cellCount)) {
    const dense = denseCells(instance);
    if (denseEnough(dense.pairCount, cellCount)) return solveDenseCells(dense, instance);
  }
  return solveCompact(compactGraph(instance));
}

/**
 * Cells of the dense path's matrix: 2 Mi cells = 16 MiB of weights at most (plus 8 MiB of pair
 * indices when the input is not sorted by left then right node).
 */
const DENSE_MAX_CELLS = 1 << 21;

/** Dense path when a left node sees at least a quarter of the right side on average. */
function denseEnough(pairCount: number, cellCount: number): boolean {
  return cellCount > 0 && cellCount <= DENSE_MAX_CELLS && pairCount * 4 >= cellCount;
}

function epsilonFor(maxWeight: number): number {
  return 1e-9 * Math.max(1, maxWeight);
}

function solveDenseCells(dense: DenseCells, instance: BipartiteInstance): AssignmentResult {
  const { leftCapacity, rightCapacity, cells } = dense;
  const leftCount = leftCapacity.length;
  const rightCount = rightCapacity.length;
  const solution = solveDense({ leftCount, rightCount, leftCapacity, rightCapacity, cells, epsilon: epsilonFor(dense.maxWeight) });
  const pairs = new Int32Array(solution.madeLeft.length);
  const leftLoad = new Int32Array(leftCount);
  const rightLoad = new Int32Array(rightCount);
  for (let k = 0; k < pairs.length; k++) {
    const left = solution.madeLeft[k]!;
    const right = solution.madeRight[k]!;
    pairs[k] = pairIndexAt(dense, instance, left, right);
    leftLoad[left]!++;
    rightLoad[right]!++;
  }
  pairs.sort();
  let totalWeight = 0;
  for (let k = 0; k < pairs.length; k++) totalWeight += instance.pairWeight[pairs[k]!] ?? 0;
  return { pairs, totalWeight, leftLoad, rightLoad };
}

/** The dense path for a compact graph: returns the chosen compact edges. */
function solveCompactDense(graph: CompactGraph, epsilon: number): Uint8Array {
  const { leftCount, rightCount, leftCapacity, rightCapacity, rowStart, edgeRight, edgeWeight } = graph;
  const cells = new Float64Array(leftCount * rightCount).fill(Number.NEGATIVE_INFINITY);
  for (let l = 0; l < leftCount; l++) {
    const base = l * rightCount;
    for (let e = rowStart[l]!, end = rowStart[l + 1]!; e < end; e++) cells[base + edgeRight[e]!] = edgeWeight[e]!;
  }
  const solution = solveDense({ leftCount, rightCount, leftCapacity, rightCapacity, cells, epsilon });
  // Mark each left node's made pairs, then read its row once.
  const byLeft = new Int32Array(leftCount + 1);
  for (let k = 0; k < solution.madeLeft.length; k++) byLeft[solution.madeLeft[k]! + 1]!++;
  for (let l = 0; l < leftCount; l++) byLeft[l + 1] = byLeft[l + 1]! + byLeft[l]!;
  const fill = byLeft.slice(0, leftCount);
  const madeRight = new Int32Array(solution.madeLeft.length);
  for (let k = 0; k < solution.madeLeft.length; k++) {
    const l = solution.madeLeft[k]!;
    madeRight[fill[l]!] = solution.madeRight[k]!;
    fill[l]!++;
  }
  const flow = new Uint8Array(edgeWeight.length);
  const madeWith = new Int32Array(rightCount).fill(-1);
  for (let l = 0; l < leftCount; l++) {
    const from = byLeft[l]!;
    const to = byLeft[l + 1]!;
    if (from === to) continue;
    for (let k = from; k < to; k++) madeWith[madeRight[k]!] = l;
    for (let e = rowStart[l]!, end = rowStart[l + 1]!; e < end; e++) {
      if (madeWith[edgeRight[e]!] === l) flow[e] = 1;
    }
  }
  return flow;
}

/**
 * Which search to use: "auto" picks the dense path for dense graphs (see `denseEnough`); tests
 * force either path to check that both reach the same optimum.
 */
export type SolverPath = "auto" | "dense" | "sparse";

export function solveCompact(graph: CompactGraph, path: SolverPath = "auto"): AssignmentResult {
  const { leftCount, rightCount, leftCapacity, rightCapacity, rowStart, edgeLeft, edgeRight, edgeWeight } = graph;
  const edgeCount = edgeWeight.length;
  // Node numbering: X = 0 (so it wins ties in the heap), left l = 1 + l, right r = 1 + leftCount + r.
  const rightBase = 1 + leftCount;
  const nodeCount = 1 + leftCount + rightCount;
  const EXIT = 0;
  const epsilon = epsilonFor(graph.maxWeight);
  const dense = path === "auto" ? denseEnough(edgeCount, leftCount * rightCount) : path === "dense";
  if (dense) return resultFromEdges(graph, solveCompactDense(graph, epsilon));

  const potential = new Float64Array(nodeCount);
  const dist = new Float64Array(nodeCount);
  const seen = new Int32Array(nodeCount);
  const settled = new Int32Array(nodeCount);
  const parentNode = new Int32Array(nodeCount);
  const parentEdge = new Int32Array(nodeCount);
  const settledList = new Int32Array(nodeCount);
  const flow = new Uint8Array(edgeCount);
  const leftLoad = new Int32Array(leftCount);
  const rightLoad = new Int32Array(rightCount);
  // Pairs currently held by each right node, in slots [matchStart[r], matchStart[r] + rightLoad[r]).
  const matchStart = new Int32Array(rightCount + 1);
  for (let r = 0; r < rightCount; r++) matchStart[r + 1] = (matchStart[r] ?? 0) + (rightCapacity[r] ?? 0);
  const matchEdges = new Int32Array(matchStart[rightCount] ?? 0);
  const edgeSlot = new Int32Array(edgeCount);
  const heap = new NodeHeap(1024);
  let round = 0;

  const addMatch = (e: number, r: number): void => {
    const slot = (matchStart[r] ?? 0) + (rightLoad[r] ?? 0);
    matchEdges[slot] = e;
    edgeSlot[e] = slot;
    rightLoad[r] = (rightLoad[r] ?? 0) + 1;
  };
  const removeMatch = (e: number, r: number): void => {
    const last = (matchStart[r] ?? 0) + (rightLoad[r] ?? 0) - 1;
    const slot = edgeSlot[e] ?? 0;
    const moved = matchEdges[last] ?? 0;
    matchEdges[slot] = moved;
    edgeSlot[moved] = slot;
    rightLoad[r] = (rightLoad[r] ?? 0) - 1;
  };

  /**
   * Shortcut taken before any heap work: if the cheapest arc out of `source` leads to a right node
   * with spare capacity at no extra reduced cost, then source → that node → X is a shortest path
   * (every other path costs at least the cheapest arc). Most insertions end here when candidates
   * do not compete, which is the common case. Returns the reduced distance, or −1 when it fails.
   */
  const directPath = (source: number): number => {
    const l = source - 1;
    const pv = potential[source] ?? 0;
    const exitPotential = potential[EXIT] ?? 0;
    let minArc = Number.POSITIVE_INFINITY;
    let bestDirect = Number.POSITIVE_INFINITY;
    let bestEdge = -1;
    for (let e = rowStart[l] ?? 0, end = rowStart[l + 1] ?? 0; e < end; e++) {
      if (flow[e] === 1) continue;
      const r = edgeRight[e] ?? 0;
      const w = rightBase + r;
      const reduced = Math.max(0, -(edgeWeight[e] ?? 0) + pv - (potential[w] ?? 0));
      if (reduced < minArc) minArc = reduced;
      if ((rightLoad[r] ?? 0) < (rightCapacity[r] ?? 0)) {
        const direct = reduced + Math.max(0, (potential[w] ?? 0) - exitPotential);
        if (direct < bestDirect) {
          bestDirect = direct;
          bestEdge = e;
        }
      }
    }
    if (bestEdge < 0 || bestDirect > minArc) return -1;
    round++;
    const w = rightBase + (edgeRight[bestEdge] ?? 0);
    dist[source] = 0;
    // Both the right node and X sit at distance minArc: their potentials move by 0.
    dist[w] = bestDirect;
    dist[EXIT] = bestDirect;
    parentNode[w] = source;
    parentEdge[w] = bestEdge;
    parentNode[EXIT] = w;
    parentEdge[EXIT] = -1;
    settledList[0] = source;
    settledList[1] = w;
    settledList[2] = EXIT;
    settledTotal = 3;
    return bestDirect;
  };

  /** Shortest reduced distance from left node `source` to X, or +Infinity. */
  const search = (source: number): number => {
    const direct = directPath(source);
    if (direct >= 0) return direct;
    round++;
    heap.clear();
    let settledCount = 0;
    dist[source] = 0;
    seen[source] = round;
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.keys[0] ?? 0;
      const v = heap.nodes[0] ?? 0;
      heap.pop();
      if (settled[v] === round || d > (dist[v] ?? 0)) continue;
      settled[v] = round;
      settledList[settledCount++] = v;
      if (v === EXIT) {
        settledTotal = settledCount;
        return d;
      }
      const pv = potential[v] ?? 0;
      if (v < rightBase) {
        const l = v - 1;
        for (let e = rowStart[l] ?? 0, end = rowStart[l + 1] ?? 0; e < end; e++) {
          if (flow[e] === 1) continue;
          const w = rightBase + (edgeRight[e] ?? 0);
          if (settled[w] === round) continue;
          const reduced = -(edgeWeight[e] ?? 0) + pv - (potential[w] ?? 0);
          const nd = d + (reduced > 0 ? reduced : 0);
          if (seen[w] !== round || nd < (dist[w] ?? 0)) {
            seen[w] = round;
            dist[w] = nd;
            parentNode[w] = v;
            parentEdge[w] = e;
            heap.push(nd, w);
          }
        }
        if (v !== source && (leftLoad[l] ?? 0) > 0) relaxExit(v, d + Math.max(0, pv - (potential[EXIT] ?? 0)));
      } else {
        const r = v - rightBase;
        if ((rightLoad[r] ?? 0) < (rightCapacity[r] ?? 0)) relaxExit(v, d + Math.max(0, pv - (potential[EXIT] ?? 0)));
        const from = matchStart[r] ?? 0;
        const to = from + (rightLoad[r] ?? 0);
        for (let s = from; s < to; s++) {
          const e = matchEdges[s] ?? 0;
          const w = 1 + (edgeLeft[e] ?? 0);
          if (settled[w] === round) continue;
          const reduced = (edgeWeight[e] ?? 0) + pv - (potential[w] ?? 0);
          const nd = d + (reduced > 0 ? reduced : 0);
          if (seen[w] !== round || nd < (dist[w] ?? 0)) {
            seen[w] = round;
            dist[w] = nd;
            parentNode[w] = v;
            parentEdge[w] = e;
            heap.push(nd, w);
          }
        }
      }
    }
    settledTotal = settledCount;
    return Number.POSITIVE_INFINITY;
  };
  let settledTotal = 0;

  /**
   * The same search for dense graphs (Jonker–Volgenant style): right nodes are kept in a plain
   * "reached but not settled" list scanned for its minimum instead of a heap. When most left nodes
   * see most right nodes, relaxing a row is then a tight loop without heap pushes; left nodes and X
   * (reached through few arcs) still go through the heap. Same distances, same optimum.
   */
  const active = new Int32Array(rightCount);
  // Distances of the reached right nodes, stored next to each other so the minimum scan reads
  // memory sequentially; activePosition maps a right node to its slot.
  const activeDist = new Float64Array(rightCount);
  const activePosition = new Int32Array(nodeCount);
  const searchDense = (source: number): number => {
    const direct = directPath(source);
    if (direct >= 0) return direct;
    const stamp = ++round;
    heap.clear();
    let activeCount = 0;
    let settledCount = 0;
    dist[source] = 0;
    seen[source] = stamp;
    let v = source;
    let d = 0;
    const exitPotential = potential[EXIT] ?? 0;
    for (;;) {
      settled[v] = stamp;
      settledList[settledCount++] = v;
      if (v === EXIT) {
        settledTotal = settledCount;
        return d;
      }
      const pv = potential[v] ?? 0;
      // When v is a left node whose row reaches every right node, the relaxation loop also finds
      // the closest reached right node, which saves a separate scan (the dense common case).
      let rowBest = -1;
      let rowBestDist = Number.POSITIVE_INFINITY;
      if (v < rightBase) {
        const l = v - 1;
        const rowFrom = rowStart[l] ?? 0;
        const rowEnd = rowStart[l + 1] ?? 0;
        const completeRow = rowEnd - rowFrom === rightCount;
        for (let e = rowFrom; e < rowEnd; e++) {
          const w = rightBase + (edgeRight[e] ?? 0);
          if (settled[w] === stamp) continue;
          if (flow[e] !== 1) {
            const reduced = -(edgeWeight[e] ?? 0) + pv - (potential[w] ?? 0);
            const nd = d + (reduced > 0 ? reduced : 0);
            if (seen[w] !== stamp) {
              seen[w] = stamp;
              dist[w] = nd;
              parentNode[w] = v;
              parentEdge[w] = e;
              activePosition[w] = activeCount;
              activeDist[activeCount] = nd;
              active[activeCount++] = w;
            } else if (nd < (dist[w] ?? 0)) {
              dist[w] = nd;
              parentNode[w] = v;
              parentEdge[w] = e;
              activeDist[activePosition[w] ?? 0] = nd;
            }
          }
          if (completeRow && seen[w] === stamp && (dist[w] ?? 0) < rowBestDist) {
            rowBestDist = dist[w] ?? 0;
            rowBest = w;
          }
        }
        if (v !== source && (leftLoad[l] ?? 0) > 0) relaxExit(v, d + Math.max(0, pv - exitPotential));
      } else {
        const r = v - rightBase;
        if ((rightLoad[r] ?? 0) < (rightCapacity[r] ?? 0)) relaxExit(v, d + Math.max(0, pv - exitPotential));
        const from = matchStart[r] ?? 0;
        const to = from + (rightLoad[r] ?? 0);
        for (let s = from; s < to; s++) {
          const e = matchEdges[s] ?? 0;
          const w = 1 + (edgeLeft[e] ?? 0);
          if (settled[w] === stamp) continue;
          const reduced = (edgeWeight[e] ?? 0) + pv - (potential[w] ?? 0);
          const nd = d + (reduced > 0 ? reduced : 0);
          if (seen[w] !== stamp || nd < (dist[w] ?? 0)) {
            seen[w] = stamp;
            dist[w] = nd;
            parentNode[w] = v;
            parentEdge[w] = e;
            heap.push(nd, w);
          }
        }
      }
      // Next node: the cheaper of the best reached right node and the heap top (X and left nodes
      // win ties, so the search stops as early as possible).
      while (heap.size > 0 && (settled[heap.nodes[0] ?? 0] === stamp || (heap.keys[0] ?? 0) > (dist[heap.nodes[0] ?? 0] ?? 0))) {
        heap.pop();
      }
      let bestSlot = -1;
      let bestDist = Number.POSITIVE_INFINITY;
      if (rowBest >= 0) {
        bestSlot = activePosition[rowBest] ?? 0;
        bestDist = rowBestDist;
      } else if (!(heap.size > 0 && (heap.keys[0] ?? 0) <= d)) {
        // Nothing can be closer than d, so a heap top at d needs no scan.
        for (let k = 0; k < activeCount; k++) {
          const candidate = activeDist[k] ?? 0;
          if (candidate < bestDist) {
            bestDist = candidate;
            bestSlot = k;
          }
        }
      }
      if (heap.size > 0 && (heap.keys[0] ?? 0) <= bestDist) {
        d = heap.keys[0] ?? 0;
        v = heap.nodes[0] ?? 0;
        heap.pop();
      } else if (bestSlot >= 0) {
        d = bestDist;
        v = active[bestSlot] ?? 0;
        const moved = active[--activeCount] ?? 0;
        active[bestSlot] = moved;
        activeDist[bestSlot] = activeDist[activeCount] ?? 0;
        activePosition[moved] = bestSlot;
      } else {
        settledTotal = settledCount;
        return Number.POSITIVE_INFINITY;
      }
    }
  };

  const relaxExit = (from: number, nd: number): void => {
    if (seen[EXIT] !== round || nd < (dist[EXIT] ?? 0)) {
      seen[EXIT] = round;
      dist[EXIT] = nd;
      parentNode[EXIT] = from;
      parentEdge[EXIT] = -1;
      heap.push(nd, EXIT);
    }
  };

  const augment = (source: number): void => {
    let v = parentNode[EXIT] ?? source;
    while (v !== source) {
      const p = parentNode[v] ?? source;
      const e = parentEdge[v] ?? 0;
      if (v >= rightBase) {
        // Forward arc p(left) → v(right): make the pair.
        flow[e] = 1;
        leftLoad[p - 1] = (leftLoad[p - 1] ?? 0) + 1;
        addMatch(e, v - rightBase);
      } else {
        // Reverse arc p(right) → v(left): undo the pair.
        flow[e] = 0;
        leftLoad[v - 1] = (leftLoad[v - 1] ?? 0) - 1;
        removeMatch(e, p - rightBase);
      }
      v = p;
    }
  };

  // Dense when a left node sees at least an eighth of the right side on average: scanning the
  // reached list then costs less than the heap traffic it replaces.
  const manyArcsPerRow = edgeCount * 8 >= leftCount * rightCount;
  const shortestToExit = manyArcsPerRow ? searchDense : search;

  for (let l = 0; l < leftCount; l++) {
    const start = rowStart[l] ?? 0;
    const end = rowStart[l + 1] ?? 0;
    if (start === end) continue;
    const u = 1 + l;
    // Lowest potential keeping every arc out of u at a non-negative reduced cost.
    let top = Number.NEGATIVE_INFINITY;
    for (let e = start; e < end; e++) {
      const candidate = (edgeWeight[e] ?? 0) + (potential[rightBase + (edgeRight[e] ?? 0)] ?? 0);
      if (candidate > top) top = candidate;
    }
    potential[u] = top;
    for (let unit = 0; unit < (leftCapacity[l] ?? 0); unit++) {
      const reducedToExit = shortestToExit(u);
      if (reducedToExit === Number.POSITIVE_INFINITY) break;
      const pathCost = reducedToExit - (potential[u] ?? 0) + (potential[EXIT] ?? 0);
      if (pathCost >= -epsilon) break;
      augment(u);
      for (let k = 0; k < settledTotal; k++) {
        const v = settledList[k] ?? 0;
        potential[v] = (potential[v] ?? 0) + (dist[v] ?? 0) - reducedToExit;
      }
    }
  }

  return resultFromEdges(graph, flow);
}
