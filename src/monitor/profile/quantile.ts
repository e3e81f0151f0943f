// A relative-error quantile sketch (the DDSketch idea: Masson, Rim & Lee, VLDB 2019) whose merge
// is exactly associative and commutative. Values fall in logarithmic buckets of ratio
// γ = (1+α)/(1−α); a bucket's count is an exact integer, so merging is bucket-wise addition.
// Memory is capped by a key *range* tied to the largest key: buckets more than `maxBuckets`
// below it fold into the lowest kept one. That rule depends only on the largest key seen, so
// folding early or late gives the same result — which is why we did not take t-digest, whose
// merge depends on the order of merges, or @datadog/sketches-js, whose merge drops negatives.

/** Relative accuracy α of quantiles (1%). */
export const SKETCH_ALPHA = 0.01;
const GAMMA = (1 + SKETCH_ALPHA) / (1 - SKETCH_ALPHA);
const LOG_GAMMA = Math.log(GAMMA);
/** Magnitudes below this count as zero (relative accuracy is not kept for them). */
export const SKETCH_MIN_MAGNITUDE = 1e-9;
/** Buckets per sign: 2048 buckets of ratio γ span about 17 decades. */
export const SKETCH_MAX_BUCKETS = 2048;

/** Buckets of one sign, as a dense window [offset, offset + counts.length). */
class BucketStore {
  counts = new Float64Array(0);
  offset = 0;
  maxKey = Number.NEGATIVE_INFINITY;
  total = 0;

  add(key: number, count: number): void {
    if (key > this.maxKey) {
      this.maxKey = key;
      this.foldBelow(key - SKETCH_MAX_BUCKETS + 1);
    }
    const floor = this.maxKey - SKETCH_MAX_BUCKETS + 1;
    const k = key < floor ? floor : key;
    this.ensure(k);
    this.counts[k - this.offset]! += count;
    this.total += count;
  }

  /** Every bucket below `floor` moves into `floor`. */
  private foldBelow(floor: number): void {
    if (this.counts.length === 0 || this.offset >= floor) return;
    let moved = 0;
    const end = Math.min(this.counts.length, floor - this.offset);
    for (let i = 0; i < end; i++) {
      moved += this.counts[i]!;
      this.counts[i] = 0;
    }
    if (moved > 0) {
      this.ensure(floor);
      this.counts[floor - this.offset]! += moved;
    }
  }

  private ensure(key: number): void {
    if (key >= this.offset && key < this.offset + this.counts.length) return;
    // The new window spans the occupied keys and `key`; occupied keys always lie within
    // SKETCH_MAX_BUCKETS of the largest, so the window stays bounded.
    let lo = key;
    let hi = key;
    for (let i = 0; i < this.counts.length; i++) {
      if (this.counts[i]! === 0) continue;
      lo = Math.min(lo, this.offset + i);
      hi = Math.max(hi, this.offset + i);
    }
    const span = hi - lo + 1;
    const size = Math.max(span, Math.min(Math.max(16, this.counts.length * 2), SKETCH_MAX_BUCKETS + 64));
    // Leave the spare room on the side the new key came from.
    const newOffset = key <= lo ? hi - size + 1 : lo;
    const next = new Float64Array(size);
    for (let i = 0; i < this.counts.length; i++) {
      const c = this.counts[i]!;
      if (c !== 0) next[this.offset + i - newOffset] = c;
    }
    this.counts = next;
    this.offset = newOffset;
  }

  /** Non-empty (key, count) pairs in ascending key order. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i]! > 0) out.push([this.offset + i, this.counts[i]!]);
    return out;
  }
}

export interface QuantileSketchJSON {
  readonly zero: number;
  /** [key, count] pairs for positive values. */
  readonly pos: [number, number][];
  /** [key, count] pairs for negative values, keyed by magnitude. */
  readonly neg: [number, number][];
}

/** One weighted point of the sketch's approximate distribution. */
export interface SketchPoint {
  readonly value: number;
  readonly count: number;
}

export class QuantileSketch {
  private pos = new BucketStore();
  private neg = new BucketStore();
  private zero = 0;

  add(v: number): void {
    if (v > SKETCH_MIN_MAGNITUDE) this.pos.add(Math.ceil(Math.log(v) / LOG_GAMMA), 1);
    else if (v < -SKETCH_MIN_MAGNITUDE) this.neg.add(Math.ceil(Math.log(-v) / LOG_GAMMA), 1);
    else this.zero += 1;
  }

  get count(): number {
    return this.pos.total + this.neg.total + this.zero;
  }

  /** A new sketch holding both inputs. */
  merge(other: QuantileSketch): QuantileSketch {
    const out = new QuantileSketch();
    for (const s of [this, other]) {
      // Largest keys first, so folding happens at the final floor straight away.
      for (const [k, c] of s.pos.entries().reverse()) out.pos.add(k, c);
      for (const [k, c] of s.neg.entries().reverse()) out.neg.add(k, c);
      out.zero += s.zero;
    }
    return out;
  }

  /** The sketch as ascending weighted points (each bucket at its representative value). */
  points(): SketchPoint[] {
    const out: SketchPoint[] = [];
    for (const [k, c] of this.neg.entries().reverse()) out.push({ value: -representative(k), count: c });
    if (this.zero > 0) out.push({ value: 0, count: this.zero });
    for (const [k, c] of this.pos.entries()) out.push({ value: representative(k), count: c });
    return out;
  }

  /** The q-quantile, within relative error α of a true sample value (lower quantile convention). */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError('quantile must be in [0, 1]');
    const n = this.count;
    if (n === 0) return Number.NaN;
    const rank = q * (n - 1);
    let seen = 0;
    for (const p of this.points()) {
      seen += p.count;
      if (seen > rank) return p.value;
    }
    return this.points().at(-1)!.value;
  }

  toJSON(): QuantileSketchJSON {
    return { zero: this.zero, pos: this.pos.entries(), neg: this.neg.entries() };
  }

  static fromJSON(raw: unknown): QuantileSketch {
    const fail = (why: string): never => {
      throw new TypeError(`invalid quantile sketch: ${why}`);
    };
    if (typeof raw !== 'object' || raw === null) return fail('not an object');
    const r = raw as Record<string, unknown>;
    const s = new QuantileSketch();
    if (!isCount(r.zero)) fail('zero must be a non-negative integer');
    s.zero = r.zero as number;
    for (const side of ['pos', 'neg'] as const) {
      const list = r[side];
      if (!Array.isArray(list) || list.length > SKETCH_MAX_BUCKETS) fail(`${side} must be a bounded array`);
      const store = side === 'pos' ? s.pos : s.neg;
      // Insert largest keys first so the fold floor is known before smaller keys arrive.
      const pairs = (list as unknown[]).map((e) => {
        if (!Array.isArray(e) || e.length !== 2 || !Number.isSafeInteger(e[0]) || Math.abs(e[0] as number) > 1e6 || !isCount(e[1])) {
          return fail(`${side} entries must be [integer key, count]`);
        }
        return e as [number, number];
      });
      pairs.sort((a, b) => b[0] - a[0]);
      for (const [k, c] of pairs) if (c > 0) store.add(k, c);
    }
    return s;
  }
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function representative(key: number): number {
  return (2 * Math.pow(GAMMA, key)) / (GAMMA + 1);
}
