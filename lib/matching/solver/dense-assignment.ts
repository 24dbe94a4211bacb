/**
 * The exact solver of `max-weight-assignment.ts` specialised for dense graphs. Same model (a
 * min-cost circulation through one exit node X), same optimality argument (shortest augmenting
 * paths with potentials, left nodes completed one at a time in index order), with the data
 * structures of a Jonker–Volgenant / Hungarian implementation on a matrix, and a warm start.
 *
 * Notation: potentials π; y_l = π(l) − π(X) is the price of left node l, z_r = π(X) − π(r) the
 * price of right node r. The reduced cost of the pair arc l → r is y_l + z_r − w(l, r).
 *
 * Warm start (auction bids, "augmenting row reduction"): left nodes bid from the last to the
 * first, and a left node that loses its right node bids again at once. A left node l with no pair
 * looks at its best value v1 = max_r w(l, r) − z_r, its second best v2 and s = max(v2, 0)
 * (leaving l unmatched is worth 0).
 *   - If the best right node r1 has capacity 1 (spare or taken) and v1 > s, l takes it (from its
 *     owner, who bids again), its price rises by v1 − s and y_l = s.
 *   - If r1 has spare capacity but capacity > 1, l takes it at y_l = v1 and no price moves.
 *   - On an exact tie v1 = v2 with a spare runner-up, l takes the runner-up at y_l = v2.
 *   - An exact tie (v1 = s: no price would move) takes a full right node of capacity 1 among the
 *     two best only from a higher left node, so on an exact tie the lower left node keeps it.
 *   - Anything else (best right node full with capacity > 1, a gain within the tolerance, more
 *     than 2 · leftCount evictions in all) leaves l for the exact phase.
 * Then a price transfer (Jonker–Volgenant's "reduction transfer"): a left node whose runner-up got
 * dearer after its bid lowers y_l to its current second best (at least 0) and raises the price of
 * its right node (capacity 1, full) by as much; the pair stays tight.
 * After the warm start:
 *   - every pair not made has y_l + z_r ≥ w (prices only rise; a bid keeps it for its bidder);
 *   - every made pair is tight (y_l + z_r = w);
 *   - y_l ≥ 0 for every left node with a pair, z_r ≥ 0 everywhere and z_r = 0 for every right
 *     node with spare capacity (prices rise only on full nodes, which stay full).
 * So every residual arc has a non-negative reduced cost once each left node's capacity is
 * frozen at its current load: no negative cycle, which is exactly the precondition of the
 * incremental insertion in `max-weight-assignment.ts`. The exact phase then raises each left
 * node's capacity back to its real value in index order, with shortest-path augmentations while
 * the gain is positive, and the result is optimal by the same argument. Before each search, a
 * shortcut (as in the sparse path) takes u → r → X directly when the cheapest arc out of u leads
 * to a right node r with spare capacity at no extra cost.
 *
 * Exact phase data structures:
 * - `cells[l · m + r]` holds the weight of the forward arc l → r, or −∞ when the pair is not
 *   allowed *or currently made* (a made pair has no forward residual arc), so a row scan is one
 *   branch-light pass with no "is this pair allowed / made" test.
 * - During a search, keyR[r] holds right node r's tentative distance plus π(r) (−∞ once r is
 *   settled), so a row scan is one sequential pass that reads two arrays per arc and skips settled
 *   nodes by the comparison itself. Right nodes that reach the current minimum distance join a
 *   batch at once and are settled from it; a new minimum costs one pass only when the batch is
 *   empty (`partitionByMin` in the `munkres` package batches the same way). A spare right node
 *   joining the batch offers X at once, so a search stops as soon as X is at the current minimum.
 * - Left nodes are reached only through made pairs (reverse arcs), which stay tight: a left node
 *   reached at the current minimum is settled and its row scanned at once. One reached above the
 *   minimum (rounding with real weights) waits in a small binary heap.
 *
 * Ties: which node of equal distance is settled first differs from the sparse search, so between
 * optima of equal weight the two paths may return different pairs. Both are exact and
 * deterministic (the order depends only on the instance); X is settled as soon as nothing is
 * closer, and a path of zero gain is never augmented.
 */

import { NodeHeap } from "./node-heap";

const NEG = Number.NEGATIVE_INFINITY;
const SHORTCUT_NONE = 0;
const SHORTCUT_MADE = 1;
const SHORTCUT_NO_GAIN = 2;
const INF = Number.POSITIVE_INFINITY;

export interface DenseProblem {
  leftCount: number;
  rightCount: number;
  leftCapacity: Int32Array;
  rightCapacity: Int32Array;
  /** Row-major leftCount × rightCount weights; −∞ where the pair is not allowed. Consumed. */
  cells: Float64Array;
  /** Comparisons of gains against zero use this tolerance. */
  epsilon: number;
}

export interface DenseSolution {
  /** Made pair k joins left node madeLeft[k] and right node madeRight[k]. */
  madeLeft: Int32Array;
  madeRight: Int32Array;
}

/**
 * Scans row l (reached at distance d, so c = d + π(l)) over every right node, in index order.
 * keyR[r] is r's tentative distance plus π(r) (one read per arc less), −∞ once r is settled, so a
 * settled node is skipped by the same comparison. A node that reaches the current minimum `floor`
 * joins the batch (once per batch, marked by `batchId`). Returns the new batch end.
 */
function scanRow(
  cells: Float64Array,
  base: number,
  c: number,
  floor: number,
  m: number,
  potR: Float64Array,
  keyR: Float64Array,
  parentR: Int32Array,
  l: number,
  batch: Int32Array,
  tail: number,
  inBatch: Int32Array,
  batchId: number,
): number {
  let end = tail;
  for (let r = 0; r < m; r++) {
    const value = c - cells[base + r]!;
    if (value < keyR[r]!) {
      parentR[r] = l;
      const pr = potR[r]!;
      if (value - pr <= floor) {
        keyR[r] = floor + pr;
        if (inBatch[r] !== batchId) {
          inBatch[r] = batchId;
          batch[end++] = r;
        }
      } else {
        keyR[r] = value;
      }
    }
  }
  return end;
}

/**
 * Best and second best value of w(l, r) − z_r over row l (ties: lowest right node first), into
 * out = [v1, v2, r1, r2]; −∞ and −1 when missing.
 */
function bestTwo(cells: Float64Array, base: number, potR: Float64Array, m: number, out: Float64Array): void {
  let v1 = NEG;
  let v2 = NEG;
  let r1 = -1;
  let r2 = -1;
  for (let r = 0; r < m; r++) {
    const value = cells[base + r]! + potR[r]!;
    if (value > v2) {
      if (value > v1) {
        v2 = v1;
        r2 = r1;
        v1 = value;
        r1 = r;
      } else {
        v2 = value;
        r2 = r;
      }
    }
  }
  out[0] = v1;
  out[1] = v2;
  out[2] = r1;
  out[3] = r2;
}

/** Largest w(l, r) − z_r over row l: the lowest potential keeping its arcs non-negative. */
function rowMax(cells: Float64Array, base: number, potR: Float64Array, m: number): number {
  let top = NEG;
  for (let r = 0; r < m; r++) {
    const candidate = cells[base + r]! + potR[r]!;
    if (candidate > top) top = candidate;
  }
  return top;
}

/** Smallest tentative distance (keyR − π) over the unsettled right nodes. */
function minOver(m: number, keyR: Float64Array, potR: Float64Array): number {
  let min = INF;
  for (let r = 0; r < m; r++) {
    const key = keyR[r]!;
    if (key === NEG) continue;
    const value = key - potR[r]!;
    if (value < min) min = value;
  }
  return min;
}

/** Puts the unsettled right nodes at distance `min` into the batch; returns the batch end. */
function gather(m: number, keyR: Float64Array, potR: Float64Array, min: number, batch: Int32Array, inBatch: Int32Array, batchId: number): number {
  let end = 0;
  for (let r = 0; r < m; r++) {
    const key = keyR[r]!;
    if (key !== NEG && key - potR[r]! === min) {
      inBatch[r] = batchId;
      batch[end++] = r;
    }
  }
  return end;
}

/**
 * One pass over row l for the shortcut of `DenseSolver.direct`: out = [cheapest arc's reduced
 * cost, cheapest reduced cost of l → r → X over spare right nodes r, that r (−1 if none)].
 */
function directScan(
  cells: Float64Array,
  base: number,
  pl: number,
  potR: Float64Array,
  potX: number,
  rightLoad: Int32Array,
  rightCapacity: Int32Array,
  m: number,
  out: Float64Array,
): void {
  let minArc = INF;
  let bestDirect = INF;
  let bestRight = -1;
  for (let r = 0; r < m; r++) {
    const arc = pl - cells[base + r]! - potR[r]!;
    const reduced = arc > 0 ? arc : 0;
    if (reduced < minArc) minArc = reduced;
    if (reduced < bestDirect && rightLoad[r]! < rightCapacity[r]!) {
      const exit = potR[r]! - potX;
      const direct = reduced + (exit > 0 ? exit : 0);
      if (direct < bestDirect) {
        bestDirect = direct;
        bestRight = r;
      }
    }
  }
  out[0] = minArc;
  out[1] = bestDirect;
  out[2] = bestRight;
}



class DenseSolver {
  readonly n: number;
  readonly m: number;
  readonly cells: Float64Array;
  readonly leftCapacity: Int32Array;
  readonly rightCapacity: Int32Array;
  readonly epsilon: number;
  readonly potL: Float64Array;
  readonly potR: Float64Array;
  potX = 0;
  readonly leftLoad: Int32Array;
  readonly rightLoad: Int32Array;
  // Made pairs of right node r: slots [slotStart[r], slotStart[r] + rightLoad[r]) hold the left
  // node and the pair's weight (its cell holds −∞ while the pair is made).
  readonly slotStart: Int32Array;
  readonly slotLeft: Int32Array;
  readonly slotWeight: Float64Array;
  // Search state.
  /** Right nodes at the current minimum distance, to settle: batch[batchHead..batchTail). */
  readonly batch: Int32Array;
  readonly inBatch: Int32Array;
  batchId = 0;
  batchHead = 0;
  batchTail = 0;
  readonly settledR: Int32Array;
  settledRCount = 0;
  /** Tentative distance + π(r) of right node r during a search. */
  readonly keyR: Float64Array;
  /** Distance at which right node r was settled. */
  readonly distR: Float64Array;
  readonly parentR: Int32Array;
  readonly distL: Float64Array;
  readonly parentL: Int32Array;
  readonly reachedL: Int32Array;
  readonly settledStamp: Int32Array;
  readonly settledL: Int32Array;
  settledLCount = 0;
  stamp = 0;
  zero = 0;
  distX = INF;
  /** X was reached from right node r (encoded r) or left node l (encoded −1 − l). */
  parentX = 0;
  heap = new NodeHeap(16);
  readonly scratch = new Float64Array(4);

  constructor(problem: DenseProblem) {
    const n = problem.leftCount;
    const m = problem.rightCount;
    this.n = n;
    this.m = m;
    this.cells = problem.cells;
    this.leftCapacity = problem.leftCapacity;
    this.rightCapacity = problem.rightCapacity;
    this.epsilon = problem.epsilon;
    this.potL = new Float64Array(n);
    this.potR = new Float64Array(m);
    this.leftLoad = new Int32Array(n);
    this.rightLoad = new Int32Array(m);
    this.slotStart = new Int32Array(m + 1);
    for (let r = 0; r < m; r++) this.slotStart[r + 1] = this.slotStart[r]! + this.rightCapacity[r]!;
    this.slotLeft = new Int32Array(this.slotStart[m]!);
    this.slotWeight = new Float64Array(this.slotStart[m]!);
    this.batch = new Int32Array(m);
    this.inBatch = new Int32Array(m);
    this.settledR = new Int32Array(m);
    this.keyR = new Float64Array(m);
    this.distR = new Float64Array(m);
    this.parentR = new Int32Array(m);
    this.distL = new Float64Array(n);
    this.parentL = new Int32Array(n);
    this.reachedL = new Int32Array(n);
    this.settledStamp = new Int32Array(n);
    this.settledL = new Int32Array(n);
  }

  makePair(l: number, r: number): void {
    const cell = l * this.m + r;
    const slot = this.slotStart[r]! + this.rightLoad[r]!;
    this.slotLeft[slot] = l;
    this.slotWeight[slot] = this.cells[cell]!;
    this.cells[cell] = NEG;
    this.rightLoad[r]!++;
    this.leftLoad[l]!++;
  }

  undoPair(l: number, r: number): void {
    const slotLeft = this.slotLeft;
    const slotWeight = this.slotWeight;
    const last = this.slotStart[r]! + this.rightLoad[r]! - 1;
    let slot = this.slotStart[r]!;
    while (slotLeft[slot] !== l) slot++;
    this.cells[l * this.m + r] = slotWeight[slot]!;
    slotLeft[slot] = slotLeft[last]!;
    slotWeight[slot] = slotWeight[last]!;
    this.rightLoad[r]!--;
    this.leftLoad[l]!--;
  }

  /** Auction bids; see the comment at the top of the file. */
  warmStart(): void {
    const { n, m, cells, potL, potR, leftCapacity, rightCapacity, rightLoad, slotLeft, slotStart } = this;
    // A stack of left nodes to bid: the last one bids first, and a left node that loses its right
    // node bids next (it is pushed on top). Each left node is on the stack at most once.
    const stack = new Int32Array(n);
    let top = 0;
    for (let l = 0; l < n; l++) if (leftCapacity[l]! > 0) stack[top++] = l;
    // For the price transfer below: the right node each left node bid for, its runner-up (−1 when
    // the runner-up was leaving l unmatched) and the runner-up's potential at the time.
    const taken = new Int32Array(n).fill(-1);
    const runnerUp = new Int32Array(n).fill(-1);
    const runnerUpPotential = new Float64Array(n);
    let budget = 2 * n;
    const best = new Float64Array(4);
    while (top > 0) {
      const l = stack[--top]!;
      bestTwo(cells, l * m, potR, m, best);
      const v1 = best[0]!;
      const v2 = best[1]!;
      const r1 = best[2]!;
      const r2 = best[3]!;
      if (!(v1 >= 0)) continue;
      const second = v2 > 0 ? v2 : 0;
      let target = r1;
      let other = v2 > 0 ? r2 : -1;
      if (rightLoad[r1]! < rightCapacity[r1]!) {
        if (!(v1 > this.epsilon)) continue;
        if (rightCapacity[r1] !== 1) {
          // r1 keeps spare capacity or other pairs: no price may move.
          potL[l] = v1;
          this.makePair(l, r1);
          continue;
        }
        // r1 is full once taken: like any bid, its price rises by v1 − s and y_l = s.
      } else if (v2 === v1 && v1 > this.epsilon && rightLoad[r2]! < rightCapacity[r2]!) {
        // An exact tie with a spare right node: take that one, no price moves.
        target = r2;
        other = r1;
      } else {
        if (budget === 0) continue;
        if (v1 === second) {
          // An exact tie (no price would move): take a right node of capacity 1 among the two
          // best only from a higher left node, so ties favour lower nodes.
          if (rightCapacity[r1] === 1 && slotLeft[slotStart[r1]!]! > l) target = r1;
          else if (v2 === v1 && rightCapacity[r2] === 1 && slotLeft[slotStart[r2]!]! > l) {
            target = r2;
            other = r1;
          } else continue;
        } else if (rightCapacity[r1] !== 1 || v1 <= this.epsilon) {
          // A bid that raises a price must gain more than the tolerance.
          continue;
        }
        budget--;
        const owner = slotLeft[slotStart[target]!]!;
        this.undoPair(owner, target);
        stack[top++] = owner;
      }
      // Here target has capacity 1, or is the spare runner-up of an exact tie (no price moves).
      const raise = target === r1 ? v1 - second : 0;
      potR[target] = potR[target]! - raise;
      potL[l] = target === r1 ? second : v2;
      this.makePair(l, target);
      taken[l] = target;
      runnerUp[l] = other;
      if (other >= 0) runnerUpPotential[l] = potR[other]!;
    }

    // Price transfer (Jonker–Volgenant "reduction transfer"): a left node's runner-up may have
    // become dearer since it bid, so its price y_l = s is now above its true second best s'. Then
    // y_l drops to s' and the price of its right node (full, capacity 1) rises by as much: the pair
    // stays tight and every other arc keeps y_l + z_r ≥ w. Only such left nodes are rescanned.
    for (let l = 0; l < n; l++) {
      const r = taken[l]!;
      const other = runnerUp[l]!;
      if (r < 0 || other < 0 || this.leftLoad[l] !== 1 || leftCapacity[l] !== 1 || rightCapacity[r] !== 1) continue;
      if (slotLeft[slotStart[r]!] !== l || potR[other] === runnerUpPotential[l]) continue;
      bestTwo(cells, l * m, potR, m, best); // cells[l, r] is −∞: best[0] is the second best
      const drop = potL[l]! - (best[0]! > 0 ? best[0]! : 0);
      if (drop > 0) {
        potL[l] = potL[l]! - drop;
        potR[r] = potR[r]! - drop;
      }
    }
  }

  reachExit(d: number, reduced: number, from: number): void {
    const nd = d + (reduced > 0 ? reduced : 0);
    if (nd < this.distX) {
      this.distX = nd;
      this.parentX = from;
    }
  }

  /** Settles left node l at distance d (the current minimum) and scans its row. */
  settleLeft(l: number, d: number, source: number): void {
    this.settledStamp[l] = this.stamp;
    this.distL[l] = d;
    this.settledL[this.settledLCount++] = l;
    const pl = this.potL[l]!;
    if (l !== source && this.leftLoad[l]! > 0) this.reachExit(d, pl - this.potX, -1 - l);
    const from = this.batchTail;
    const tail = scanRow(this.cells, l * this.m, d + pl, this.zero, this.m, this.potR, this.keyR, this.parentR, l, this.batch, from, this.inBatch, this.batchId);
    this.batchTail = tail;
    // Spare right nodes that joined the batch offer X at the current minimum.
    if (tail > from) {
      const { batch, rightLoad, rightCapacity, potR } = this;
      for (let i = from; i < tail; i++) {
        const r = batch[i]!;
        if (rightLoad[r]! < rightCapacity[r]!) this.reachExit(d, potR[r]! - this.potX, r);
      }
    }
  }

  /** Settles the batch's next right node r at the current minimum d. */
  settleRight(r: number, d: number, source: number): void {
    const pr = this.potR[r]!;
    if (this.rightLoad[r]! < this.rightCapacity[r]!) this.reachExit(d, pr - this.potX, r);
    const { slotLeft, slotWeight, settledStamp, reachedL, potL, stamp } = this;
    for (let s = this.slotStart[r]!, end = s + this.rightLoad[r]!; s < end; s++) {
      const l = slotLeft[s]!;
      if (settledStamp[l] === stamp) continue;
      const reduced = slotWeight[s]! + pr - potL[l]!;
      if (reduced <= 0) {
        reachedL[l] = stamp;
        this.parentL[l] = r;
        this.settleLeft(l, d, source);
      } else {
        const nd = d + reduced;
        if (reachedL[l] !== stamp || nd < this.distL[l]!) {
          reachedL[l] = stamp;
          this.distL[l] = nd;
          this.parentL[l] = r;
          this.heap.push(nd, l);
        }
      }
    }
  }

  /** Empty batch: gathers the right nodes at the next minimum distance into a new batch. */
  nextBatch(): void {
    const { keyR, potR, m } = this;
    const min = minOver(m, keyR, potR);
    this.batchHead = 0;
    this.batchTail = 0;
    if (min === INF) return;
    this.zero = min;
    const id = ++this.batchId;
    const end = gather(m, keyR, potR, min, this.batch, this.inBatch, id);
    this.batchTail = end;
    const { batch, rightLoad, rightCapacity } = this;
    for (let i = 0; i < end; i++) {
      const r = batch[i]!;
      if (rightLoad[r]! < rightCapacity[r]!) this.reachExit(min, potR[r]! - this.potX, r);
    }
  }

  /** Shortest reduced distance from left node `source` to X (+∞ when X cannot be reached). */
  search(source: number): number {
    this.stamp++;
    this.keyR.fill(INF);
    this.batchHead = 0;
    this.batchTail = 0;
    this.batchId++;
    this.settledRCount = 0;
    this.zero = 0;
    this.distX = INF;
    this.heap.clear();
    this.settledLCount = 0;
    this.reachedL[source] = this.stamp;
    this.settleLeft(source, 0, source);
    for (;;) {
      if (this.batchHead === this.batchTail) this.nextBatch();
      while (this.heap.size > 0 && this.settledStamp[this.heap.nodes[0]!] === this.stamp) this.heap.pop();
      const batch = this.batchHead < this.batchTail ? this.zero : INF;
      const heapTop = this.heap.size > 0 ? this.heap.keys[0]! : INF;
      // X first on ties, then left nodes, then right nodes.
      if (this.distX <= batch && this.distX <= heapTop) return this.distX;
      if (heapTop <= batch) {
        const l = this.heap.nodes[0]!;
        this.heap.pop();
        // A left node below the batch becomes the current minimum: the batch is dropped (its
        // nodes keep their distance and are found again later) and a new one forms.
        if (heapTop < batch) {
          this.batchHead = 0;
          this.batchTail = 0;
          this.batchId++;
        }
        this.zero = heapTop;
        this.settleLeft(l, heapTop, source);
        continue;
      }
      const r = this.batch[this.batchHead++]!;
      this.distR[r] = this.zero;
      this.keyR[r] = NEG;
      this.settledR[this.settledRCount++] = r;
      this.settleRight(r, this.zero, source);
    }
  }

  augment(source: number): void {
    let r: number;
    if (this.parentX >= 0) {
      r = this.parentX;
    } else {
      const l = -1 - this.parentX;
      r = this.parentL[l]!;
      this.undoPair(l, r);
    }
    for (;;) {
      const l = this.parentR[r]!;
      this.makePair(l, r);
      if (l === source) return;
      const previous = this.parentL[l]!;
      this.undoPair(l, previous);
      r = previous;
    }
  }

  /** Moves the settled nodes' potentials by dist − dist(X). */
  updatePotentials(distX: number): void {
    const { settledR, potR, distR, potL, distL, settledL } = this;
    for (let k = 0, count = this.settledRCount; k < count; k++) {
      const r = settledR[k]!;
      potR[r] = potR[r]! + distR[r]! - distX;
    }
    for (let k = 0, count = this.settledLCount; k < count; k++) {
      const l = settledL[k]!;
      potL[l] = potL[l]! + distL[l]! - distX;
    }
  }

  /**
   * Shortcut before a search: when the cheapest arc out of u leads to a spare right node at no
   * extra cost, u → that node → X is a shortest path (every path starts with an arc at least as
   * dear), and no node but u is closer than X, so only u's potential moves.
   */
  direct(u: number): number {
    const scan = this.scratch;
    const pl = this.potL[u]!;
    directScan(this.cells, u * this.m, pl, this.potR, this.potX, this.rightLoad, this.rightCapacity, this.m, scan);
    const bestDirect = scan[1]!;
    const r = scan[2]!;
    if (r < 0 || bestDirect > scan[0]!) return SHORTCUT_NONE;
    if (bestDirect - pl + this.potX >= -this.epsilon) return SHORTCUT_NO_GAIN;
    this.makePair(u, r);
    this.potL[u] = pl - bestDirect;
    return SHORTCUT_MADE;
  }

  solve(): DenseSolution {
    this.warmStart();
    for (let u = 0; u < this.n; u++) {
      if (this.leftLoad[u]! >= this.leftCapacity[u]!) continue;
      if (this.leftLoad[u] === 0) {
        const top = rowMax(this.cells, u * this.m, this.potR, this.m);
        if (top === NEG) continue;
        this.potL[u] = top;
      }
      while (this.leftLoad[u]! < this.leftCapacity[u]!) {
        const shortcut = this.direct(u);
        if (shortcut === SHORTCUT_MADE) continue;
        if (shortcut === SHORTCUT_NO_GAIN) break;
        const reducedToExit = this.search(u);
        if (reducedToExit === INF) break;
        const pathCost = reducedToExit - this.potL[u]! + this.potX;
        if (pathCost >= -this.epsilon) break;
        this.augment(u);
        this.updatePotentials(reducedToExit);
      }
    }
    const count = this.slotLeft.length;
    let made = 0;
    for (let r = 0; r < this.m; r++) made += this.rightLoad[r]!;
    const madeLeft = new Int32Array(made);
    const madeRight = new Int32Array(made);
    let at = 0;
    for (let r = 0; r < this.m && at < count; r++) {
      for (let s = this.slotStart[r]!, end = s + this.rightLoad[r]!; s < end; s++) {
        madeLeft[at] = this.slotLeft[s]!;
        madeRight[at] = r;
        at++;
      }
    }
    return { madeLeft, madeRight };
  }
}

export function solveDense(problem: DenseProblem): DenseSolution {
  return new DenseSolver(problem).solve();
}
