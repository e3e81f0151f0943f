// The learned normal of one feature vector stream (one identity, or a whole identity kind): the
// last H values per feature for the median and MAD, and an EWMA mean and variance. From them, a
// limit per feature: the value above which both the robust z-score (Iglewicz & Hoaglin's
// 0.6745·(x − median)/MAD, written here with the equivalent 1.4826·MAD scale) and the EWMA z-score
// pass the threshold, the value is `minRatio` times the median, and at least the absolute minimum.

export interface LimitSettings {
  readonly zThreshold: number;
  readonly minRatio: number;
  /** Per feature: the smallest value that can ever be a deviation. */
  readonly minAbsolute: readonly number[];
}

/** What a limit was made of, for the evidence of a signal. */
export interface BaselineStats {
  readonly median: number;
  readonly mad: number;
  readonly ewmaMean: number;
  readonly ewmaSd: number;
  readonly limit: number;
}

export function median(sorted: ArrayLike<number>, n = sorted.length): number {
  if (n === 0) return 0;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Puts the k-th smallest of a[0..n) at a[k], smaller ones before it, larger after (Hoare's selection, O(n)). */
function select(a: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The median of a[0..n), reordering a (no full sort: limits are recomputed at every window close). */
export function medianInPlace(a: Float64Array, n: number): number {
  if (n === 0) return 0;
  const mid = n >> 1;
  select(a, n, mid);
  if (n % 2 === 1) return a[mid]!;
  let lower = a[0]!;
  for (let i = 1; i < mid; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + a[mid]!) / 2;
}

/** One work buffer for every baseline: recomputing is synchronous, so they never share it at once. */
let scratch = new Float64Array(256);

export class FeatureBaseline {
  private readonly ring: Float64Array;
  private readonly mean: Float64Array;
  private readonly variance: Float64Array;
  private readonly limits: Float64Array;
  private readonly stats: BaselineStats[];
  private head = 0;
  /** Windows learned (the ring holds the last `capacity`). */
  count = 0;

  constructor(
    readonly features: number,
    readonly capacity: number,
    private readonly alpha: number,
  ) {
    this.ring = new Float64Array(features * capacity);
    this.mean = new Float64Array(features);
    this.variance = new Float64Array(features);
    this.limits = new Float64Array(features).fill(Number.POSITIVE_INFINITY);
    this.stats = [];
  }

  /** Adds one window's values. Call `recompute` afterwards to refresh the limits. */
  learn(x: ArrayLike<number>): void {
    const f = this.features;
    const at = this.head * f;
    for (let i = 0; i < f; i++) this.ring[at + i] = x[i]!;
    this.head = (this.head + 1) % this.capacity;
    for (let i = 0; i < f; i++) {
      const v = x[i]!;
      if (this.count === 0) {
        this.mean[i] = v;
        this.variance[i] = 0;
      } else {
        // West (1979) / Finch (2009): incremental exponentially weighted mean and variance.
        const d = v - this.mean[i]!;
        this.mean[i] = this.mean[i]! + this.alpha * d;
        this.variance[i] = (1 - this.alpha) * (this.variance[i]! + this.alpha * d * d);
      }
    }
    this.count++;
  }

  recompute(s: LimitSettings): void {
    const f = this.features;
    const n = Math.min(this.count, this.capacity);
    if (scratch.length < n) scratch = new Float64Array(Math.max(n, 2 * scratch.length));
    const column = scratch;
    for (let i = 0; i < f; i++) {
      for (let j = 0; j < n; j++) column[j] = this.ring[j * f + i]!;
      const med = medianInPlace(column, n);
      for (let j = 0; j < n; j++) column[j] = Math.abs(column[j]! - med);
      const mad = medianInPlace(column, n);
      // A floor for the spread: counts vary at least like a Poisson variable (sd ≈ √mean).
      const floor = Math.max(1, Math.sqrt(Math.max(med, 0)), 0.1 * med);
      const robustScale = Math.max(1.4826 * mad, floor);
      const ewmaSd = Math.sqrt(this.variance[i]!);
      const limit = Math.max(
        med + s.zThreshold * robustScale,
        this.mean[i]! + s.zThreshold * Math.max(ewmaSd, floor),
        s.minRatio * Math.max(med, 1),
        s.minAbsolute[i] ?? 0,
      );
      this.limits[i] = limit;
      this.stats[i] = { median: med, mad, ewmaMean: this.mean[i]!, ewmaSd, limit };
    }
  }

  limit(i: number): number {
    return this.limits[i]!;
  }

  statsOf(i: number): BaselineStats | undefined {
    return this.stats[i];
  }

  /** z-scores of a value against this baseline (for evidence). */
  zScores(i: number, x: number): { robust: number; ewma: number } {
    const st = this.stats[i];
    if (!st) return { robust: 0, ewma: 0 };
    const floor = Math.max(1, Math.sqrt(Math.max(st.median, 0)), 0.1 * st.median);
    return { robust: (x - st.median) / Math.max(1.4826 * st.mad, floor), ewma: (x - st.ewmaMean) / Math.max(st.ewmaSd, floor) };
  }
}
