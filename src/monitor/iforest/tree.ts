// One isolation tree (Liu, Ting & Zhou 2008) grown with scikit-learn's ExtraTree conventions:
// a random non-constant feature, a uniform threshold in [min, max), x ≤ threshold goes left,
// growth stops at the height limit, at one sample, or when every feature is constant.
import type { SeededRandom } from './random.ts';

/** scikit-learn treats a feature whose range on a node is at most this as constant. */
const FEATURE_THRESHOLD = 1e-7;
const EULER_GAMMA = 0.5772156649015329;

/**
 * c(n): the average path length of an unsuccessful binary-search-tree lookup among n points,
 * used to normalise depths and to credit leaves that still hold several samples (paper eq. 1).
 */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}

/** Growable flat storage for the nodes of all trees of a forest. */
export class NodeStore {
  feature = new Int32Array(1024);
  threshold = new Float64Array(1024);
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  /** For leaves: depth + c(samples in leaf), the whole contribution of a path ending here. */
  leafValue = new Float64Array(1024);
  size = 0;

  add(): number {
    if (this.size === this.feature.length) this.grow();
    return this.size++;
  }

  private grow(): void {
    const cap = this.feature.length * 2;
    const f = new Int32Array(cap);
    f.set(this.feature);
    this.feature = f;
    const t = new Float64Array(cap);
    t.set(this.threshold);
    this.threshold = t;
    const l = new Int32Array(cap);
    l.set(this.left);
    this.left = l;
    const r = new Int32Array(cap);
    r.set(this.right);
    this.right = r;
    const v = new Float64Array(cap);
    v.set(this.leafValue);
    this.leafValue = v;
  }
}

export interface TreeInput {
  readonly data: Float64Array;
  readonly cols: number;
  /** Rows drawn for this tree; the array is reordered in place while partitioning. */
  readonly rows: Int32Array;
  /** Features this tree may split on. */
  readonly features: Int32Array;
  readonly maxDepth: number;
}

/** Grows one tree into `store` and returns the index of its root. */
export function growTree(input: TreeInput, store: NodeStore, rng: SeededRandom): number {
  const candidates = new Int32Array(input.features.length);
  const root = store.add();
  // Explicit stack: [node, start, end, depth]; avoids recursion limits on deep trees.
  const stack: number[] = [root, 0, input.rows.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const end = stack.pop()!;
    const start = stack.pop()!;
    const node = stack.pop()!;
    const count = end - start;
    const split = count > 1 && depth < input.maxDepth ? chooseSplit(input, start, end, candidates, rng) : null;
    if (split === null) {
      store.left[node] = -1;
      store.right[node] = -1;
      store.feature[node] = -1;
      store.leafValue[node] = depth + averagePathLength(count);
      continue;
    }
    const mid = partition(input, start, end, split.feature, split.threshold);
    const left = store.add();
    const right = store.add();
    store.feature[node] = split.feature;
    store.threshold[node] = split.threshold;
    store.left[node] = left;
    store.right[node] = right;
    stack.push(right, mid, end, depth + 1, left, start, mid, depth + 1);
  }
  return root;
}

function chooseSplit(
  input: TreeInput,
  start: number,
  end: number,
  candidates: Int32Array,
  rng: SeededRandom,
): { feature: number; threshold: number } | null {
  const { data, cols, rows } = input;
  candidates.set(input.features);
  let remaining = candidates.length;
  // Draw features without replacement until one is not constant on this node.
  while (remaining > 0) {
    const pick = rng.nextInt(remaining);
    const feature = candidates[pick]!;
    candidates[pick] = candidates[remaining - 1]!;
    remaining--;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      const v = data[rows[i]! * cols + feature]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (hi - lo <= FEATURE_THRESHOLD) continue;
    let threshold = lo + rng.nextFloat() * (hi - lo);
    if (threshold >= hi) threshold = lo;
    return { feature, threshold };
  }
  return null;
}

/** Moves rows with x[feature] ≤ threshold to the front; returns the first index of the rest. */
function partition(input: TreeInput, start: number, end: number, feature: number, threshold: number): number {
  const { data, cols, rows } = input;
  let i = start;
  let j = end - 1;
  while (i <= j) {
    if (data[rows[i]! * cols + feature]! <= threshold) i++;
    else {
      const t = rows[i]!;
      rows[i] = rows[j]!;
      rows[j] = t;
      j--;
    }
  }
  return i;
}
