// The Shapiro–Wilk test of normality, W and its p-value, for 3 ≤ n ≤ 5000.
// Royston, P. (1992) "Approximating the Shapiro-Wilk W-test for non-normality", Statistics and
// Computing 2:117–119, and Royston (1995) "Remark AS R94: A remark on Algorithm AS 181: The W-test
// for normality", Applied Statistics 44(4):547–551. Written here from the published polynomials.
import { normalQuantile, normalSf } from './normal.ts';

export const SHAPIRO_WILK_MIN_N = 3;
export const SHAPIRO_WILK_MAX_N = 5000;

export interface ShapiroWilkResult {
  readonly w: number;
  /** Probability of a W this small under normality (small p: not normal). */
  readonly pValue: number;
  readonly n: number;
}

// Royston's polynomial approximations (AS R94): coefficients in increasing powers.
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];

function poly(c: readonly number[], x: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = r * x + c[i]!;
  return r;
}

/**
 * The magnitudes of the first ⌊n/2⌋ Shapiro–Wilk coefficients (the rest mirror them with the
 * opposite sign), normalised so the full vector has unit length. Depends on n only: cache it.
 */
export function shapiroWilkCoefficients(n: number): Float64Array {
  if (!Number.isInteger(n) || n < SHAPIRO_WILK_MIN_N || n > SHAPIRO_WILK_MAX_N) throw new RangeError(`Shapiro–Wilk needs 3 ≤ n ≤ 5000 (got ${n})`);
  const half = Math.floor(n / 2);
  const a = new Float64Array(half);
  if (n === 3) {
    a[0] = Math.SQRT1_2;
    return a;
  }
  // Expected normal order statistics (Blom-type plotting positions), upper half, positive.
  const m = new Float64Array(half);
  let summ2 = 0;
  for (let i = 0; i < half; i++) {
    m[i] = -normalQuantile((i + 1 - 0.375) / (n + 0.25));
    summ2 += m[i]! * m[i]!;
  }
  summ2 *= 2;
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  // The two extreme coefficients come from Royston's polynomials in 1/√n; the others are the
  // scaled order statistics, rescaled so that Σ a² = 1 over the whole (mirrored) vector.
  const a1 = m[0]! / ssumm2 + poly(C1, rsn);
  let first: number;
  let fac: number;
  if (n > 5) {
    const a2 = m[1]! / ssumm2 + poly(C2, rsn);
    fac = Math.sqrt((summ2 - 2 * m[0]! ** 2 - 2 * m[1]! ** 2) / (1 - 2 * a1 ** 2 - 2 * a2 ** 2));
    a[1] = a2;
    first = 2;
  } else {
    fac = Math.sqrt((summ2 - 2 * m[0]! ** 2) / (1 - 2 * a1 ** 2));
    first = 1;
  }
  a[0] = a1;
  for (let i = first; i < half; i++) a[i] = m[i]! / fac;
  return a;
}

const coefficientCache = new Map<number, Float64Array>();

function coefficients(n: number): Float64Array {
  let a = coefficientCache.get(n);
  if (a) {
    coefficientCache.delete(n);
  } else {
    a = shapiroWilkCoefficients(n);
    // Least recently used out: a full sliding window tests one size over and over.
    if (coefficientCache.size >= 64) coefficientCache.delete(coefficientCache.keys().next().value as number);
  }
  coefficientCache.set(n, a);
  return a;
}

/** W from values sorted ascending, as the squared correlation of the data with the coefficients. */
function statistic(sorted: ArrayLike<number>, a: Float64Array): number {
  const n = sorted.length;
  const range = sorted[n - 1]! - sorted[0]!;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += sorted[i]! / range;
  mean /= n;
  // Coefficients: -a[i] for the i-th smallest, +a[i] for the i-th largest, 0 in the middle;
  // they sum to zero, so their mean is zero.
  let sax = 0;
  let ssx = 0;
  for (let i = 0; i < n; i++) {
    const j = n - 1 - i;
    const c = i < j ? -a[i]! : i > j ? a[j]! : 0;
    const x = sorted[i]! / range - mean;
    sax += c * x;
    ssx += x * x;
  }
  // Σ c² = 1 by construction, so W = (Σ c·x)² / Σ (x − x̄)².
  return Math.min(1, (sax * sax) / ssx);
}

/** The p-value of W for sample size n (Royston 1992/1995 normalising transformations). */
export function shapiroWilkPValue(w: number, n: number): number {
  if (n === 3) {
    // Exact for n = 3: p = 6/π · (asin √W − asin √(3/4)).
    return Math.max(0, Math.min(1, (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.PI / 3)));
  }
  const w1 = 1 - w;
  if (w1 <= 0) return 1;
  let y = Math.log(w1);
  let mu: number;
  let sigma: number;
  if (n <= 11) {
    const gamma = poly(G, n);
    if (y >= gamma) return 1e-99;
    y = -Math.log(gamma - y);
    mu = poly(C3, n);
    sigma = Math.exp(poly(C4, n));
  } else {
    const ln = Math.log(n);
    mu = poly(C5, ln);
    sigma = Math.exp(poly(C6, ln));
  }
  return normalSf((y - mu) / sigma);
}

/**
 * Tests whether `values` look like a sample from a normal distribution. Returns undefined when the
 * test does not apply: fewer than 3 or more than 5000 values, non-finite values, or no spread.
 */
export function shapiroWilk(values: ArrayLike<number>): ShapiroWilkResult | undefined {
  const n = values.length;
  if (n < SHAPIRO_WILK_MIN_N || n > SHAPIRO_WILK_MAX_N) return undefined;
  const sorted = Float64Array.from(values);
  for (let i = 0; i < n; i++) if (!Number.isFinite(sorted[i]!)) return undefined;
  sorted.sort();
  if (!(sorted[n - 1]! - sorted[0]! > 1e-19 * Math.max(1, Math.abs(sorted[0]!)))) return undefined;
  const w = statistic(sorted, coefficients(n));
  return { w, pValue: shapiroWilkPValue(w, n), n };
}
