// Summary moments of a numeric sample: the "mean, median, standard deviation, distribution
// shape" that the monitoring practice asks for.

export interface SummaryMoments {
  readonly count: number;
  readonly mean: number;
  /** Population variance (ddof = 0). */
  readonly variance: number;
  /** Sample standard deviation (ddof = 1); NaN for one value. */
  readonly std: number;
  readonly min: number;
  readonly max: number;
  readonly median: number;
  /** Fisher–Pearson skewness g1 (scipy.stats.skew, bias=True). */
  readonly skewness: number;
  /** Excess kurtosis g2 (scipy.stats.kurtosis, fisher=True, bias=True). */
  readonly kurtosis: number;
}

/** Moments of a finite, non-empty sample. */
export function summaryMoments(values: ArrayLike<number>): SummaryMoments {
  const n = values.length;
  if (n === 0) throw new RangeError('cannot summarise an empty sample');
  const sorted = Float64Array.from(values as ArrayLike<number>);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(sorted[i]!)) throw new RangeError('sample contains a non-finite value');
    mean += sorted[i]!;
  }
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  sorted.sort();
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    count: n,
    mean,
    variance: m2,
    std: n > 1 ? Math.sqrt((m2 * n) / (n - 1)) : Number.NaN,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    median,
    skewness: m2 === 0 ? Number.NaN : m3 / m2 ** 1.5,
    kurtosis: m2 === 0 ? Number.NaN : m4 / (m2 * m2) - 3,
  };
}
