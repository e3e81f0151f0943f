// Special functions behind the p-values: log-gamma, the regularised incomplete gamma and the
// chi-square tail. Written for double precision (about 1e-14 relative) so the drift tests can
// match scipy's reference values to 1e-9.

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Stirling series after shifting x above 10; error about 1 ulp). */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Number.NaN;
  let shift = 0;
  let z = x;
  // ln Γ(x) = ln Γ(x + k) − ln(x (x+1) … (x+k−1)); keep the product in range by taking logs.
  while (z < 10) {
    shift += Math.log(z);
    z += 1;
  }
  const r = 1 / z;
  const r2 = r * r;
  // Bernoulli-number coefficients B_2j / (2j (2j−1)), j = 1..6 (Abramowitz & Stegun 6.1.40).
  const series =
    r * (1 / 12 + r2 * (-1 / 360 + r2 * (1 / 1260 + r2 * (-1 / 1680 + r2 * (1 / 1188 + r2 * (-691 / 360360))))));
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_2PI + series - shift;
}

/** ln n! for a non-negative integer n. */
export function logFactorial(n: number): number {
  if (n < 2) return 0;
  return logGamma(n + 1);
}

/** ln C(n, k). */
export function logBinomial(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

const EPS = 1e-16;
const TINY = 1e-300;

/** Regularised lower incomplete gamma P(a, x) by its power series (converges fast for x < a + 1). */
function gammaPSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let k = 1; k < 10_000; k++) {
    term *= x / (a + k);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Regularised upper incomplete gamma Q(a, x) by its continued fraction (modified Lentz). */
function gammaQContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Q(a, x) = Γ(a, x) / Γ(a), the upper tail. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}

/** Survival function of the chi-square distribution with `dof` degrees of freedom. */
export function chi2Sf(statistic: number, dof: number): number {
  if (!(dof > 0)) return Number.NaN;
  if (Number.isNaN(statistic)) return Number.NaN;
  return gammaQ(dof / 2, statistic / 2);
}
