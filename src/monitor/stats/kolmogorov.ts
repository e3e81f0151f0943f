// The distribution of the one-sample Kolmogorov statistic D_n for finite n (scipy's `kstwo`),
// which the asymptotic two-sample KS p-value evaluates at n = round(n1·n2 / (n1 + n2)).
// Method choice follows Simard & L'Ecuyer (2011), "Computing the Two-Sided Kolmogorov-Smirnov
// Distribution", J. Stat. Softw. 39(11), the same decision rule scipy documents; where they use
// Pomeranz's exact recursion we use the Durbin matrix, also exact, so values agree to rounding.
import { logBinomial, logFactorial } from './special.ts';

const LOG_MIN = -708.3964185322641; // ln of the smallest normal double

/**
 * One-sided Smirnov survival function P(D_n^+ ≥ x), exact, by the Birnbaum–Tingey sum
 * x · Σ_{j=0}^{⌊n(1−x)⌋} C(n,j) (x + j/n)^(j−1) (1 − x − j/n)^(n−j), evaluated term by term in
 * log space: every term is positive, so the sum keeps its relative precision even at 1e-300.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return x === 0 ? 1 : 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  if (nx <= 1) return 1 - x * Math.pow(1 + x, n - 1); // Birnbaum–Tingey with one term left
  if (-2 * n * x * x < LOG_MIN) return 0;
  if (nx >= n - 1) return Math.pow(1 - x, n);
  if (n > 1_000_000) {
    // Beyond this size the exact sum is too slow; Miller's approximation, as scipy does.
    return Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n);
  }
  let last = Math.floor(n * (1 - x));
  if (last > n - 1) last = n - 1;
  // When n(1−x) is an integer the last term has a zero factor raised to a positive power.
  if (Math.abs((n - last) / n - x) < 1e-15) last -= 1;
  const logX = Math.log(x);
  let sum = 0;
  let maxLog = Number.NEGATIVE_INFINITY;
  const logs = new Float64Array(last + 1);
  for (let j = 0; j <= last; j++) {
    const upper = (n - j) / n - x;
    const lower = x + j / n;
    const t = logBinomial(n, j) + (j - 1) * Math.log(lower) + (n - j) * Math.log(upper) + logX;
    logs[j] = t;
    if (t > maxLog) maxLog = t;
  }
  for (let j = 0; j <= last; j++) sum += Math.exp(logs[j]! - maxLog);
  return Math.exp(maxLog) * sum;
}

/** Product of two m×m row-major matrices. */
function matMul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

const SCALE_EXP = 128;
const SCALE_UP = 2 ** SCALE_EXP;
const SCALE_DOWN = 2 ** -SCALE_EXP;

/**
 * P(D_n ≤ d), exact, by Durbin's matrix method as made practical by Marsaglia, Tsang & Wang
 * (2003), "Evaluating Kolmogorov's distribution", J. Stat. Softw. 8(18): with k = ⌈nd⌉,
 * h = k − nd and m = 2k − 1, the answer is n!/n^n · (H^n)[k−1][k−1].
 */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) H[i * m + j] = i - j + 1 >= 0 ? 1 : 0;
  }
  for (let i = 0; i < m; i++) {
    H[i * m]! -= Math.pow(h, i + 1);
    H[(m - 1) * m + i]! -= Math.pow(h, m - i);
  }
  if (2 * h - 1 > 0) H[(m - 1) * m]! += Math.pow(2 * h - 1, m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      const g = i - j + 1;
      if (g > 0) H[i * m + j]! /= Math.exp(logFactorial(g));
    }
  }
  // Square-and-multiply with a binary exponent kept aside so nothing overflows.
  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let powerExp = 0;
  let hExp = 0;
  let e = n;
  while (e > 0) {
    if (e % 2 === 1) {
      power = matMul(power, H, m);
      powerExp += hExp;
    }
    e = Math.floor(e / 2);
    if (e === 0) break;
    H = matMul(H, H, m);
    hExp *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > SCALE_UP) {
      for (let i = 0; i < H.length; i++) H[i]! *= SCALE_DOWN;
      hExp += SCALE_EXP;
    }
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (p * i) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      powerExp -= SCALE_EXP;
    }
  }
  return p * 2 ** powerExp;
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;

/**
 * P(D_n ≤ x) by the Pelz–Good (1976) expansion K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^{3/2},
 * z = x√n, in the theta-function form given by Simard & L'Ecuyer (2011, §2.2).
 */
export function kolmogorovCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI2 / 8 / z2;
  if (qLog < -708) return 0;
  const terms = Math.ceil((16 * z) / Math.PI);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = terms; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const w = Math.exp(qLog * m2);
    s0 += w;
    s1 += (PI2 * m2 / 4 - z2) * w;
    s2 += (6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * PI2 * m2) / 4 + (PI4 * (1 - 2 * z2) * m2 * m2) / 16) * w;
    s3 +=
      ((PI6 * (5 - 30 * z2)) / 64 * m2 * m2 * m2 +
        (PI4 * (-60 * z2 + 212 * z4)) / 16 * m2 * m2 +
        (PI2 * (135 * z4 - 96 * z6)) / 4 * m2 -
        30 * z6 -
        90 * z4 * z4) *
      w;
  }
  let e2 = 0;
  let e3 = 0;
  for (let k = terms; k >= 1; k--) {
    const k2 = k * k;
    const w = Math.exp((-PI2 / 2 / z2) * k2);
    e2 += k2 * w;
    e3 += (3 * z2 - PI2 * k2) * k2 * w;
  }
  const k0 = (SQRT_2PI * s0) / z;
  const k1 = (SQRT_2PI * s1) / (6 * z4);
  const k2 = (SQRT_2PI * s2) / (72 * z4 * z2 * z) + (e2 * PI2 * SQRT_2PI) / (-36 * z2 * z);
  const k3 = (SQRT_2PI * s3) / (6480 * z6 * z4) + (e3 * PI2 * SQRT_2PI) / (216 * z6);
  const sqrtN = Math.sqrt(n);
  return k0 + k1 / sqrtN + k2 / n + k3 / (n * sqrtN);
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Survival function P(D_n ≥ x) of the two-sided one-sample Kolmogorov statistic. */
export function kolmogorovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben & Gambino (1982): for 1/2n ≤ x ≤ 1/n, P(D_n ≤ x) = n!/n^n (2t − 1)^n.
    if (t <= 0.5) return 1;
    const cdf = Math.exp(logFactorial(n) - n * Math.log(n) + n * Math.log(2 * t - 1));
    return clip01(1 - cdf);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip01(1 - kolmogorovCdfDurbin(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnovSf(n, x));
  if (nx2 >= 18) return 0;
  const cdf = n <= 100_000 && n * Math.pow(x, 1.5) <= 1.4 ? kolmogorovCdfDurbin(n, x) : kolmogorovCdfPelzGood(n, x);
  return clip01(1 - cdf);
}
