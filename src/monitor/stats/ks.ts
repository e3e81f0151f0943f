// Two-sample Kolmogorov–Smirnov test, two-sided, with scipy's `ks_2samp(method='auto')` rule:
// the exact lattice-path p-value while max(n1, n2) ≤ 10 000, the Kolmogorov distribution at
// n = round(n1·n2/(n1+n2)) above that.
import { kolmogorovSf } from './kolmogorov.ts';

/** Largest sample size for which `auto` uses the exact distribution (scipy's documented rule). */
export const KS_EXACT_MAX_N = 10_000;

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly method: 'exact' | 'asymp';
}

function sortedCopy(values: ArrayLike<number>, label: string): Float64Array {
  const out = Float64Array.from(values as ArrayLike<number>);
  if (out.length === 0) throw new RangeError(`${label} sample is empty`);
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i]!)) throw new RangeError(`${label} sample contains NaN`);
  }
  return out.sort();
}

/**
 * D = sup |F1 − F2| with both empirical CDFs evaluated at every pooled value (right-continuous,
 * so ties move both CDFs before the gap is measured).
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 || j < n2) {
    const v = i < n1 && (j >= n2 || a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const gap = Math.abs(i / n1 - j / n2);
    if (gap > d) d = gap;
  }
  return d;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Exact P(D ≥ d) under H0 for samples of sizes n1, n2 without ties: the share of the
 * C(n1+n2, n1) monotone lattice paths from (0,0) to (n1,n2) that reach |i/n1 − j/n2| ≥ d.
 * The walk carries probability mass (each step is a draw without replacement), and the mass
 * that first crosses the boundary is summed directly, so small p-values keep full precision.
 */
export function ksExactPValue(d: number, n1: number, n2: number): number {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = Math.round(d * lcm);
  if (h === 0) return 1;
  // In integer units: outside ⇔ |i·n2 − j·n1| ≥ h·g.
  const bound = h * g;
  const total = n1 + n2;
  // row[j] holds the mass at cell (i − 1, j) on entry to row i and at (i, j) on exit.
  const row = new Float64Array(n2 + 1);
  let outside = 0;
  // Only a diagonal band of cells is inside; visiting the band (and the cells just past it,
  // where mass leaves) keeps the work near n1 · (2·d·n2) instead of n1 · n2.
  const insideLo = (i: number): number => Math.max(0, Math.floor((i * n2 - bound) / n1) + 1);
  const insideHi = (i: number): number => Math.min(n2, Math.ceil((i * n2 + bound) / n1) - 1);
  for (let i = 0; i <= n1; i++) {
    let carry = 0; // mass stepping right from (i, j − 1)
    const downShare = n1 - (i - 1);
    const from = i === 0 ? 0 : insideLo(i - 1);
    const to = Math.min(n2, insideHi(i) + 1);
    for (let j = from; j <= to; j++) {
      let above: number;
      if (i === 0) above = j === 0 ? 1 : 0;
      else {
        const m = row[j]!;
        above = m === 0 ? 0 : (m * downShare) / (total - (i - 1) - j);
      }
      let mass = above + carry;
      if (mass !== 0 && Math.abs(i * n2 - j * n1) >= bound) {
        outside += mass;
        mass = 0;
      }
      row[j] = mass;
      carry = mass === 0 || j === n2 ? 0 : (mass * (n2 - j)) / (total - i - j);
    }
  }
  return Math.min(1, Math.max(0, outside));
}

/** Asymptotic p-value: the Kolmogorov distribution at the effective sample size, as scipy. */
export function ksAsymptoticPValue(d: number, n1: number, n2: number): number {
  const big = Math.max(n1, n2);
  const small = Math.min(n1, n2);
  const en = (big * small) / (big + small);
  return kolmogorovSf(Math.round(en), d);
}

/** Two-sided two-sample KS test. Throws on empty input or NaN (fail closed, never a silent p). */
export function ks2Samp(ref: ArrayLike<number>, cur: ArrayLike<number>, method: KsMethod = 'auto'): KsResult {
  const a = sortedCopy(ref, 'reference');
  const b = sortedCopy(cur, 'current');
  const d = ksStatisticSorted(a, b);
  return ksFromStatistic(d, a.length, b.length, method);
}

/** The p-value step alone, for callers that computed D elsewhere (e.g. from profiles). */
export function ksFromStatistic(d: number, n1: number, n2: number, method: KsMethod = 'auto'): KsResult {
  if (!(n1 > 0 && n2 > 0) || !Number.isInteger(n1) || !Number.isInteger(n2)) {
    throw new RangeError('sample sizes must be positive integers');
  }
  const useExact = method === 'exact' || (method === 'auto' && Math.max(n1, n2) <= KS_EXACT_MAX_N);
  if (useExact) return { statistic: d, pValue: ksExactPValue(d, n1, n2), method: 'exact' };
  return { statistic: d, pValue: ksAsymptoticPValue(d, n1, n2), method: 'asymp' };
}
