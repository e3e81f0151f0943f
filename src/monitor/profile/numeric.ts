// Profile of one numeric feature over a stream: count, missing, min/max, mean and variance
// (Chan et al. 1979 pairwise merge), a histogram over edges fixed by the reference plus under-
// and overflow bins, and a quantile sketch. O(1) memory whatever the volume.
import { binIndex } from '../stats/distances.ts';
import { QuantileSketch, type QuantileSketchJSON } from './quantile.ts';

export interface NumericProfileJSON {
  readonly kind: 'numeric';
  readonly count: number;
  readonly missing: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number;
  readonly m2: number;
  readonly edges: number[];
  /** [underflow, bin 0 … bin k−1, overflow]. */
  readonly bins: number[];
  readonly sketch: QuantileSketchJSON;
}

/** Largest number of histogram edges a profile accepts (keeps memory and JSON bounded). */
export const MAX_EDGES = 1025;

export class NumericProfile {
  count = 0;
  missing = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  mean = 0;
  /** Sum of squared deviations from the mean. */
  m2 = 0;
  readonly edges: Float64Array;
  readonly bins: Float64Array;
  sketch = new QuantileSketch();

  constructor(edges: ArrayLike<number>) {
    if (edges.length < 2 || edges.length > MAX_EDGES) throw new RangeError(`a profile needs 2..${MAX_EDGES} bin edges`);
    for (let i = 0; i < edges.length; i++) {
      if (!Number.isFinite(edges[i]!) || (i > 0 && !(edges[i]! > edges[i - 1]!))) {
        throw new RangeError('bin edges must be finite and strictly increasing');
      }
    }
    this.edges = Float64Array.from(edges as ArrayLike<number>);
    this.bins = new Float64Array(edges.length + 1);
  }

  /** Adds one value; null, undefined and non-finite values count as missing. */
  update(v: number | null | undefined): void {
    if (v === null || v === undefined || !Number.isFinite(v)) {
      this.missing += 1;
      return;
    }
    const n = ++this.count;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    const delta = v - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (v - this.mean);
    this.bins[binIndex(this.edges, v) + 1]! += 1;
    this.sketch.add(v);
  }

  /** Population variance (ddof = 0). */
  get variance(): number {
    return this.count > 0 ? this.m2 / this.count : Number.NaN;
  }

  get std(): number {
    return Math.sqrt(this.variance);
  }

  /** Share of each bin among present values, under/overflow included. */
  shares(): Float64Array {
    return this.bins.map((c) => (this.count > 0 ? c / this.count : 0));
  }

  /** A new profile of both streams; the two must share bin edges. */
  merge(other: NumericProfile): NumericProfile {
    if (other.edges.length !== this.edges.length || other.edges.some((e, i) => e !== this.edges[i])) {
      throw new RangeError('cannot merge profiles with different bin edges');
    }
    const out = new NumericProfile(this.edges);
    const n = this.count + other.count;
    out.count = n;
    out.missing = this.missing + other.missing;
    out.min = Math.min(this.min, other.min);
    out.max = Math.max(this.max, other.max);
    if (n > 0) {
      // Written symmetrically in the two operands so merge(a, b) and merge(b, a) are bit-identical.
      out.mean = (this.count * this.mean + other.count * other.mean) / n;
      const delta = other.mean - this.mean;
      // The count product is an exact integer; grouping it first keeps the merge bit-symmetric.
      out.m2 = this.m2 + other.m2 + delta * delta * ((this.count * other.count) / n);
    }
    for (let i = 0; i < out.bins.length; i++) out.bins[i] = this.bins[i]! + other.bins[i]!;
    out.sketch = this.sketch.merge(other.sketch);
    return out;
  }

  toJSON(): NumericProfileJSON {
    return {
      kind: 'numeric',
      count: this.count,
      missing: this.missing,
      min: this.count > 0 ? this.min : null,
      max: this.count > 0 ? this.max : null,
      mean: this.mean,
      m2: this.m2,
      edges: Array.from(this.edges),
      bins: Array.from(this.bins),
      sketch: this.sketch.toJSON(),
    };
  }

  static fromJSON(raw: unknown): NumericProfile {
    const fail = (why: string): never => {
      throw new TypeError(`invalid numeric profile: ${why}`);
    };
    if (typeof raw !== 'object' || raw === null) return fail('not an object');
    const r = raw as Record<string, unknown>;
    if (r.kind !== 'numeric') fail('kind');
    if (!Array.isArray(r.edges) || !Array.isArray(r.bins)) return fail('edges and bins must be arrays');
    const p = new NumericProfile(r.edges as number[]);
    if (r.bins.length !== p.bins.length) fail('bins do not match edges');
    for (const k of ['count', 'missing'] as const) {
      if (!Number.isSafeInteger(r[k]) || (r[k] as number) < 0) fail(`${k} must be a non-negative integer`);
    }
    p.count = r.count as number;
    p.missing = r.missing as number;
    let binTotal = 0;
    (r.bins as unknown[]).forEach((c, i) => {
      if (!Number.isSafeInteger(c) || (c as number) < 0) fail('bin counts must be non-negative integers');
      p.bins[i] = c as number;
      binTotal += c as number;
    });
    if (binTotal !== p.count) fail('bin counts do not add up to count');
    for (const k of ['mean', 'm2'] as const) if (typeof r[k] !== 'number' || !Number.isFinite(r[k])) fail(k);
    p.mean = r.mean as number;
    p.m2 = r.m2 as number;
    if (p.m2 < 0) fail('m2 must be non-negative');
    if (p.count > 0) {
      if (typeof r.min !== 'number' || typeof r.max !== 'number' || !(r.min <= r.max)) fail('min/max');
      p.min = r.min as number;
      p.max = r.max as number;
    }
    p.sketch = QuantileSketch.fromJSON(r.sketch);
    if (p.sketch.count !== p.count) fail('sketch count does not match count');
    return p;
  }
}
