/**
 * A binary min-heap of (distance, node) for the Dijkstra searches of both cohort solver paths.
 * Equal distances pop by smallest node index, which the solvers' tie-breaking rule relies on.
 * Stale entries are not removed: callers skip a popped node that is already settled.
 */
export class NodeHeap {
  keys: Float64Array;
  nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] ?? 0;
    const kb = this.keys[b] ?? 0;
    return ka < kb || (ka === kb && (this.nodes[a] ?? 0) < (this.nodes[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a] ?? 0;
    this.keys[a] = this.keys[b] ?? 0;
    this.keys[b] = k;
    const n = this.nodes[a] ?? 0;
    this.nodes[a] = this.nodes[b] ?? 0;
    this.nodes[b] = n;
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let at = this.size++;
    this.keys[at] = key;
    this.nodes[at] = node;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  /** Removes the minimum; read it first from keys[0] / nodes[0]. */
  pop(): void {
    this.size--;
    if (this.size === 0) return;
    this.keys[0] = this.keys[this.size] ?? 0;
    this.nodes[0] = this.nodes[this.size] ?? 0;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.less(right, left) ? right : left;
      if (!this.less(child, at)) break;
      this.swap(child, at);
      at = child;
    }
  }
}
