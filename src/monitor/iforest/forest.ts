// Isolation Forest with scikit-learn's conventions, so `new IsolationForest({ contamination:
// 0.05 }).fit(X).predict(X)` answers as `IsolationForest(contamination=0.05)` does: 100 trees,
// min(256, n) rows per tree without replacement, height limit ⌈log2 maxSamples⌉, scores in
// (−1, 0] where lower is more anomalous, and predict = −1 for outliers.
import type { Finding } from '../../pipeline/decision.ts';
import { type MatrixInput, toMatrix } from './matrix.ts';
import { SeededRandom } from './random.ts';
import { averagePathLength, growTree, NodeStore } from './tree.ts';

export interface IsolationForestOptions {
  /** Number of trees (scikit-learn default 100). */
  readonly nEstimators?: number;
  /** 'auto' = min(256, n); an integer count; or a fraction of n in (0, 1]. */
  readonly maxSamples?: 'auto' | number;
  /** Fraction in (0, 1] or an integer count of features per tree (default 1.0 = all). */
  readonly maxFeatures?: number;
  /** 'auto' puts the threshold at offset −0.5 (the paper's); a fraction in (0, 0.5] sets it at that training quantile. */
  readonly contamination?: 'auto' | number;
  /** Seed of the random source; the same seed and data give the same forest. */
  readonly seed?: number;
}

/** The plain-JSON form of a fitted forest. */
export interface IsolationForestModel {
  readonly kind: 'bulwark.iforest';
  readonly version: 1;
  readonly nFeatures: number;
  readonly maxSamples: number;
  readonly offset: number;
  readonly contamination: 'auto' | number;
  readonly roots: number[];
  readonly feature: number[];
  readonly threshold: number[];
  readonly left: number[];
  readonly right: number[];
  readonly leafValue: number[];
}

function resolveCount(value: number, total: number, label: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${label} must be positive`);
  if (Number.isInteger(value) && value > 1) return Math.min(value, total);
  if (value > 1) throw new RangeError(`${label} above 1 must be an integer`);
  return Math.max(1, Math.floor(value * total));
}

/** numpy.percentile with linear interpolation. */
function percentile(values: Float64Array, q: number): number {
  const s = Float64Array.from(values).sort();
  const pos = (q / 100) * (s.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export class IsolationForest {
  private readonly options: Required<IsolationForestOptions>;
  private model: IsolationForestModel | null = null;
  private nodes: { feature: Int32Array; threshold: Float64Array; left: Int32Array; leafValue: Float64Array } | null =
    null;

  constructor(options: IsolationForestOptions = {}) {
    const contamination = options.contamination ?? 'auto';
    if (contamination !== 'auto' && !(contamination > 0 && contamination <= 0.5)) {
      throw new RangeError('contamination must be "auto" or in (0, 0.5]');
    }
    const nEstimators = options.nEstimators ?? 100;
    if (!Number.isInteger(nEstimators) || nEstimators < 1 || nEstimators > 10_000) {
      throw new RangeError('nEstimators must be an integer in [1, 10000]');
    }
    this.options = {
      nEstimators,
      maxSamples: options.maxSamples ?? 'auto',
      maxFeatures: options.maxFeatures ?? 1.0,
      contamination,
      seed: options.seed ?? 0,
    };
  }

  fit(input: MatrixInput): this {
    const x = toMatrix(input);
    if (x.rows < 1) throw new RangeError('cannot fit on zero rows');
    const { nEstimators, seed } = this.options;
    const maxSamples =
      this.options.maxSamples === 'auto' ? Math.min(256, x.rows) : resolveCount(this.options.maxSamples, x.rows, 'maxSamples');
    const nTreeFeatures = resolveCount(this.options.maxFeatures, x.cols, 'maxFeatures');
    const maxDepth = Math.ceil(Math.log2(Math.max(maxSamples, 2)));
    const rng = new SeededRandom(seed);
    const store = new NodeStore();
    const roots: number[] = [];
    const pool = new Int32Array(x.rows);
    const featurePool = new Int32Array(x.cols);
    for (let t = 0; t < nEstimators; t++) {
      const treeRng = new SeededRandom(rng.nextSeed());
      // Partial Fisher–Yates: the first maxSamples entries become a uniform draw without replacement.
      for (let i = 0; i < x.rows; i++) pool[i] = i;
      for (let i = 0; i < maxSamples; i++) {
        const j = i + treeRng.nextInt(x.rows - i);
        const tmp = pool[i]!;
        pool[i] = pool[j]!;
        pool[j] = tmp;
      }
      for (let i = 0; i < x.cols; i++) featurePool[i] = i;
      for (let i = 0; i < nTreeFeatures; i++) {
        const j = i + treeRng.nextInt(x.cols - i);
        const tmp = featurePool[i]!;
        featurePool[i] = featurePool[j]!;
        featurePool[j] = tmp;
      }
      const rows = pool.slice(0, maxSamples);
      const features = featurePool.slice(0, nTreeFeatures);
      roots.push(growTree({ data: x.data, cols: x.cols, rows, features, maxDepth }, store, treeRng));
    }
    const n = store.size;
    this.setModel({
      kind: 'bulwark.iforest',
      version: 1,
      nFeatures: x.cols,
      maxSamples,
      offset: -0.5,
      contamination: this.options.contamination,
      roots,
      feature: Array.from(store.feature.subarray(0, n)),
      threshold: Array.from(store.threshold.subarray(0, n)),
      left: Array.from(store.left.subarray(0, n)),
      right: Array.from(store.right.subarray(0, n)),
      leafValue: Array.from(store.leafValue.subarray(0, n)),
    });
    if (this.options.contamination !== 'auto') {
      const offset = percentile(this.scoreSamples(x), 100 * this.options.contamination);
      this.setModel({ ...this.requireModel(), offset });
    }
    return this;
  }

  /** The opposite of the anomaly score 2^(−E[h(x)]/c(ψ)): in [−1, 0), lower is more abnormal. */
  scoreSamples(input: MatrixInput): Float64Array {
    const model = this.requireModel();
    const nodes = this.nodes!;
    const x = toMatrix(input, model.nFeatures);
    const out = new Float64Array(x.rows);
    const { feature, threshold, left, leafValue } = nodes;
    const roots = model.roots;
    const cols = x.cols;
    const data = x.data;
    const norm = averagePathLength(model.maxSamples) * roots.length;
    for (let r = 0; r < x.rows; r++) {
      const base = r * cols;
      let total = 0;
      for (let t = 0; t < roots.length; t++) {
        let node = roots[t]!;
        let l = left[node]!;
        while (l >= 0) {
          // Children are stored side by side: right = left + 1.
          node = data[base + feature[node]!]! <= threshold[node]! ? l : l + 1;
          l = left[node]!;
        }
        total += leafValue[node]!;
      }
      out[r] = norm > 0 ? -Math.pow(2, -total / norm) : -1;
    }
    return out;
  }

  /** scoreSamples − offset: negative means outlier. */
  decisionFunction(input: MatrixInput): Float64Array {
    const offset = this.requireModel().offset;
    return this.scoreSamples(input).map((s) => s - offset);
  }

  /** 1 for inliers, −1 for outliers. */
  predict(input: MatrixInput): Int8Array {
    const d = this.decisionFunction(input);
    const out = new Int8Array(d.length);
    for (let i = 0; i < d.length; i++) out[i] = d[i]! < 0 ? -1 : 1;
    return out;
  }

  get offset(): number {
    return this.requireModel().offset;
  }

  toJSON(): IsolationForestModel {
    return this.requireModel();
  }

  /** Rebuilds a fitted forest, validating every index so a tampered model cannot loop or read out of bounds. */
  static fromJSON(model: unknown): IsolationForest {
    const m = validateModel(model);
    const forest = new IsolationForest({ contamination: m.contamination });
    forest.setModel(m);
    return forest;
  }

  /** A monitoring finding for one scored record (`score` is the anomaly score in (0, 1]). */
  static toFinding(scoreSample: number, offset: number, location?: string): Finding {
    const anomaly = -scoreSample;
    return {
      guard: 'monitor.iforest',
      rule: 'isolation_forest.outlier',
      score: anomaly,
      reason: `record isolated unusually fast (anomaly score ${anomaly.toFixed(3)}, threshold ${(-offset).toFixed(3)})`,
      ...(location === undefined ? {} : { location }),
    };
  }

  private requireModel(): IsolationForestModel {
    if (this.model === null) throw new Error('IsolationForest is not fitted');
    return this.model;
  }

  private setModel(m: IsolationForestModel): void {
    this.model = m;
    this.nodes = {
      feature: Int32Array.from(m.feature),
      threshold: Float64Array.from(m.threshold),
      left: Int32Array.from(m.left),
      leafValue: Float64Array.from(m.leafValue),
    };
  }
}

function isNumberArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

function validateModel(raw: unknown): IsolationForestModel {
  const fail = (why: string): never => {
    throw new TypeError(`invalid isolation forest model: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const m = raw as Record<string, unknown>;
  if (m.kind !== 'bulwark.iforest' || m.version !== 1) fail('unknown kind or version');
  for (const k of ['roots', 'feature', 'threshold', 'left', 'right', 'leafValue']) {
    if (!isNumberArray(m[k])) fail(`${k} must be an array of finite numbers`);
  }
  const nFeatures = m.nFeatures;
  const maxSamples = m.maxSamples;
  const offset = m.offset;
  if (typeof nFeatures !== 'number' || !Number.isInteger(nFeatures) || nFeatures < 1) fail('nFeatures');
  if (typeof maxSamples !== 'number' || !Number.isInteger(maxSamples) || maxSamples < 1) fail('maxSamples');
  if (typeof offset !== 'number' || !Number.isFinite(offset)) fail('offset');
  const c = m.contamination;
  if (c !== 'auto' && !(typeof c === 'number' && c > 0 && c <= 0.5)) fail('contamination');
  const feature = m.feature as number[];
  const left = m.left as number[];
  const right = m.right as number[];
  const n = feature.length;
  if ([m.threshold, left, right, m.leafValue].some((a) => (a as number[]).length !== n)) fail('node arrays differ in length');
  const roots = m.roots as number[];
  if (roots.length < 1) fail('no trees');
  for (const r of roots) if (!Number.isInteger(r) || r < 0 || r >= n) fail('root out of range');
  for (let i = 0; i < n; i++) {
    const l = left[i]!;
    if (l === -1) {
      if (right[i] !== -1) fail(`node ${i}: leaf with a right child`);
      continue;
    }
    // Children after their parent and side by side: traversal always moves forward, so it ends.
    if (!Number.isInteger(l) || l <= i || l + 1 >= n || right[i] !== l + 1) fail(`node ${i}: bad children`);
    const f = feature[i]!;
    if (!Number.isInteger(f) || f < 0 || f >= (nFeatures as number)) fail(`node ${i}: feature out of range`);
  }
  return m as unknown as IsolationForestModel;
}
