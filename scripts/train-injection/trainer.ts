// Turns rows into training units (windows of folded text, hashed into sparse vectors) and fits
// a weighted logistic regression on them with AdaGrad. Deterministic for a given seed.
import { foldText } from '../../src/detect/normalize/index.ts';
import { FeatureHasher, type FeatureConfig } from '../../src/detect/injection/features.ts';
import { planSentences, planWindows } from '../../src/detect/injection/windows.ts';
import type { Row } from './data.ts';
import { seededRandom as mulberry32 } from '../../src/synthetic/random.ts';

export interface UnitPool {
  n: number;
  row: Int32Array;
  /** 0: a unit with a fixed label; 1: a sentence of an attack row that may or may not hold the attack. */
  kind: Uint8Array;
  label: Uint8Array;
  weight: Float32Array;
  offset: Int32Array;
  length: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

function grow<T extends Int32Array | Float32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** Rows of the same (file, label) weigh at most `cap` in total, so GSM8K does not drown the rest. */
export function rowWeights(rows: readonly Row[], cap: number): Float64Array {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.file}:${r.label}`, (counts.get(`${r.file}:${r.label}`) ?? 0) + 1);
  return Float64Array.from(rows, (r) => Math.min(1, cap / (counts.get(`${r.file}:${r.label}`) ?? 1)));
}

/**
 * One unit per window of each row. Windows of a BIPIA attacked document that miss the inserted
 * attack are labelled benign: they are the clean document. With `sentences`, each sentence is a
 * unit too: a benign row's are benign, an attacked document's are labelled by whether they hold
 * the inserted attack, and other attack rows' are candidates, of which training uses the one the
 * model finds most suspicious (multiple-instance learning: an attack needs one attacking sentence).
 */
export function buildUnits(rows: readonly Row[], weights: Float64Array, features: FeatureConfig, window: { size: number; stride: number; sentences?: number }): UnitPool {
  const hasher = new FeatureHasher(features);
  let pool: UnitPool = {
    n: 0, row: new Int32Array(1024), kind: new Uint8Array(1024), label: new Uint8Array(1024), weight: new Float32Array(1024),
    offset: new Int32Array(1024), length: new Int32Array(1024), idx: new Int32Array(1 << 20), val: new Float32Array(1 << 20),
  };
  let used = 0;
  const push = (ri: number, kind: number, label: number, weight: number, text: string, from: number, to: number, domain: 1 | 2): void => {
    const f = hasher.extract(text, from, to, domain);
    const n = pool.n;
    pool = {
      ...pool,
      row: grow(pool.row, n + 1), kind: grow(pool.kind, n + 1), label: grow(pool.label, n + 1), weight: grow(pool.weight, n + 1),
      offset: grow(pool.offset, n + 1), length: grow(pool.length, n + 1),
      idx: grow(pool.idx, used + f.size), val: grow(pool.val, used + f.size),
    };
    pool.row[n] = ri;
    pool.kind[n] = kind;
    pool.label[n] = label;
    pool.weight[n] = weight;
    pool.offset[n] = used;
    pool.length[n] = f.size;
    pool.idx.set(f.index.subarray(0, f.size), used);
    pool.val.set(f.value.subarray(0, f.size), used);
    used += f.size;
    pool.n = n + 1;
  };
  rows.forEach((r, ri) => {
    const text = foldText(r.text).text;
    const domain = r.document ? 2 : 1;
    const plan = planWindows(text, text.length, window.size, window.stride);
    let attackFrom = -1;
    let attackTo = -1;
    if (r.attack) {
      const a = foldText(r.attack).text.trim();
      const at = text.indexOf(a.slice(0, 60));
      if (at >= 0) {
        attackFrom = at;
        attackTo = at + a.length;
      }
    }
    const holdsAttack = (from: number, to: number): boolean =>
      Math.min(to, attackTo) - Math.max(from, attackFrom) >= Math.min(100, (attackTo - attackFrom) * 0.5);
    const per = (weights[ri] as number) / Math.sqrt(plan.starts.length);
    for (let w = 0; w < plan.starts.length; w++) {
      const from = plan.starts[w] as number;
      const to = plan.ends[w] as number;
      const label = r.label === 1 && attackFrom >= 0 && plan.starts.length > 1 && !holdsAttack(from, to) ? 0 : r.label;
      push(ri, 0, label, per, text, from, to, domain);
    }
    // Sentences are scored in documents and tool results (see analysis.ts), so trained there only.
    if (window.sentences === undefined || !r.document) return;
    const sentences = planSentences(text, text.length, window.sentences, window.size);
    const k = sentences.starts.length;
    for (let j = 0; j < k; j++) {
      const from = sentences.starts[j] as number;
      const to = sentences.ends[j] as number;
      if (r.label === 0) push(ri, 0, 0, (weights[ri] as number) * 0.5 / Math.sqrt(k), text, from, to, domain);
      else if (attackFrom >= 0) push(ri, 0, holdsAttack(from, to) ? 1 : 0, (weights[ri] as number) * 0.5 / Math.sqrt(k), text, from, to, domain);
      else push(ri, 1, 1, (weights[ri] as number) * 0.5, text, from, to, domain);
    }
  });
  return pool;
}

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface TrainedWeights {
  readonly weights: Float32Array;
  readonly bias: number;
}

/** Fisher-Yates in place. */
function shuffle(a: number[], rnd: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}

/** AdaGrad logistic regression over the units whose row passes `include`. */
export function train(pool: UnitPool, include: (row: number) => boolean, opts: TrainOptions): TrainedWeights {
  const size = 1 << opts.bits;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size);
  let b = 0;
  let gb = 0;
  const fixed: number[] = [];
  // Candidate sentences of each included attack row, grouped by row.
  const candidates = new Map<number, number[]>();
  for (let u = 0; u < pool.n; u++) {
    const ri = pool.row[u] as number;
    if (!include(ri)) continue;
    if (pool.kind[u] === 0) fixed.push(u);
    else {
      const list = candidates.get(ri);
      if (list) list.push(u);
      else candidates.set(ri, [u]);
    }
  }
  const score = (u: number): number => {
    const off = pool.offset[u] as number;
    const len = pool.length[u] as number;
    let z = b;
    for (let k = off; k < off + len; k++) z += (w[pool.idx[k] as number] as number) * (pool.val[k] as number);
    return z;
  };
  const rnd = mulberry32(opts.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(fixed, rnd);
    let order = fixed;
    if (candidates.size > 0) {
      // Each attack row's most suspicious sentence under the current weights is its witness.
      order = fixed.slice();
      for (const list of candidates.values()) {
        let best = list[0] as number;
        let bestZ = -Infinity;
        for (const u of list) {
          const z = score(u);
          if (z > bestZ) {
            bestZ = z;
            best = u;
          }
        }
        order.push(best);
      }
      shuffle(order, rnd);
    }
    for (const u of order) {
      const off = pool.offset[u] as number;
      const len = pool.length[u] as number;
      const p = 1 / (1 + Math.exp(-score(u)));
      const g = (p - (pool.label[u] as number)) * (pool.weight[u] as number);
      for (let k = off; k < off + len; k++) {
        const i = pool.idx[k] as number;
        const wi = w[i] as number;
        const grad = g * (pool.val[k] as number) + opts.l2 * wi;
        const acc = (g2[i] as number) + grad * grad;
        g2[i] = acc;
        w[i] = wi - (opts.learningRate * grad) / Math.sqrt(acc + eps);
      }
      gb += g * g;
      b -= (opts.learningRate * g) / Math.sqrt(gb + eps);
    }
  }
  return { weights: w, bias: b };
}

/**
 * Fits the calibration z = a * classifierLogit + c * ruleEvidence + bias by weighted logistic
 * regression (Newton's method on three parameters, with step halving so that scores far from
 * the training distribution, e.g. of a source left out, cannot make it diverge), on held-out predictions.
 */
export function fitCalibration(x1: readonly number[], x2: readonly number[], y: readonly number[], wt: readonly number[]): { classifier: number; rules: number; bias: number } {
  let a = 1;
  let c = 1;
  let b = 0;
  const ridge = 1e-3;
  const loss = (pa: number, pc: number, pb: number): number => {
    let l = 0.5 * ridge * (pa * pa + pc * pc);
    for (let i = 0; i < y.length; i++) {
      const z = pa * (x1[i] as number) + pc * (x2[i] as number) + pb;
      // log(1 + e^z) - y z, computed without overflow.
      const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      l += (wt[i] as number) * (softplus - (y[i] as number) * z);
    }
    return l;
  };
  let current = loss(a, c, b);
  for (let it = 0; it < 100; it++) {
    const gr = [0, 0, 0];
    const h = [[ridge, 0, 0], [0, ridge, 0], [0, 0, ridge]];
    for (let i = 0; i < y.length; i++) {
      const v = [x1[i] as number, x2[i] as number, 1];
      const p = 1 / (1 + Math.exp(-(a * v[0]! + c * v[1]! + b)));
      const wi = wt[i] as number;
      for (let r = 0; r < 3; r++) {
        gr[r]! += wi * (p - (y[i] as number)) * v[r]!;
        for (let s = 0; s < 3; s++) h[r]![s]! += wi * p * (1 - p) * v[r]! * v[s]!;
      }
    }
    gr[0]! += ridge * a;
    gr[1]! += ridge * c;
    const d = solve3(h, gr);
    let step = 1;
    let next = loss(a - d[0]!, c - d[1]!, b - d[2]!);
    while (!(next <= current) && step > 1e-6) {
      step /= 2;
      next = loss(a - step * d[0]!, c - step * d[1]!, b - step * d[2]!);
    }
    if (!(next <= current)) break;
    a -= step * d[0]!;
    c -= step * d[1]!;
    b -= step * d[2]!;
    current = next;
    if (step * (Math.abs(d[0]!) + Math.abs(d[1]!) + Math.abs(d[2]!)) < 1e-9) break;
  }
  return { classifier: a, rules: c, bias: b };
}

function solve3(m: number[][], v: number[]): number[] {
  const a = m.map((row, i) => [...row, v[i] as number]);
  for (let col = 0; col < 3; col++) {
    let piv = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[piv]![col]!)) piv = r;
    [a[col], a[piv]] = [a[piv]!, a[col]!];
    const p = a[col]![col]!;
    if (Math.abs(p) < 1e-12) return [0, 0, 0];
    for (let k = col; k < 4; k++) a[col]![k]! /= p;
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = a[r]![col]!;
      for (let k = col; k < 4; k++) a[r]![k]! -= f * a[col]![k]!;
    }
  }
  return [a[0]![3]!, a[1]![3]!, a[2]![3]!];
}
