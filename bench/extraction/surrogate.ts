// The attacker's surrogate: a linear model on a generic expansion of the fraud features (log of
// amounts, one-hot hour, the rest scaled). With probabilities in the answers it solves for the
// logits by least squares (the equation-solving attack of Tramèr et al., "Stealing Machine
// Learning Models via Prediction APIs", USENIX Security 2016); with labels only it fits a
// logistic regression by Newton's method (IRLS). Knows nothing of the real model's features.
import type { Transaction } from '../../src/demo/fraud.ts';

/** A generic feature map an attacker would choose from the API's field names and ranges. */
export function expand(t: Transaction): number[] {
  const hour = new Array<number>(24).fill(0);
  hour[Math.min(23, Math.max(0, Math.floor(t.hour)))] = 1;
  return [Math.log1p(Math.max(0, t.amount)), t.merchant_risk, t.distance_km / 100, t.card_present, t.tx_last_24h / 10, ...hour];
}

export interface Surrogate {
  predict(t: Transaction): 0 | 1;
}

/** Solves A x = b (A square, overwritten) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    [A[c], A[p]] = [A[p]!, A[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    const pivot = A[c]![c]! || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = A[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r]![k]! -= f * A[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= A[r]![k]! * x[k]!;
    x[r] = s / (A[r]![r]! || 1e-12);
  }
  return x;
}

/** Weighted ridge least squares: argmin Σ wᵢ (yᵢ − θ·xᵢ)² + λ|θ|² (bias unpenalised). */
function weightedRidge(X: number[][], y: number[], w: number[], lambda: number): number[] {
  const d = X[0]!.length;
  const A = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  for (let i = 0; i < X.length; i++) {
    const xi = X[i]!;
    for (let j = 0; j < d; j++) {
      b[j]! += w[i]! * xi[j]! * y[i]!;
      for (let k = j; k < d; k++) A[j]![k]! += w[i]! * xi[j]! * xi[k]!;
    }
  }
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < j; k++) A[j]![k] = A[k]![j]!;
    if (j < d - 1) A[j]![j]! += lambda;
  }
  return solve(A, b);
}

const withBias = (t: Transaction) => [...expand(t), 1];

/**
 * Fits the surrogate. `pFraud` given for every point: least squares on the logits (clipped away
 * from 0 and 1, so rounded answers still work). Otherwise: logistic regression on the labels.
 */
export function trainSurrogate(x: readonly Transaction[], labels: readonly number[], pFraud?: readonly (number | undefined)[]): Surrogate {
  const X = x.map(withBias);
  let theta: number[];
  if (X.length === 0) theta = new Array<number>(30).fill(0);
  else if (pFraud && pFraud.every((p) => p !== undefined)) {
    const z = pFraud.map((p) => {
      const q = Math.min(1 - 1e-4, Math.max(1e-4, p!));
      return Math.log(q / (1 - q));
    });
    theta = weightedRidge(X, z, z.map(() => 1), 1e-3);
  } else {
    theta = new Array<number>(X[0]!.length).fill(0);
    for (let it = 0; it < 30; it++) {
      // IRLS: each Newton step is a weighted least squares on the working response.
      const eta = X.map((xi) => xi.reduce((s, v, j) => s + v * theta[j]!, 0));
      const mu = eta.map((e) => 1 / (1 + Math.exp(-e)));
      const w = mu.map((m) => Math.max(m * (1 - m), 1e-6));
      const zr = eta.map((e, i) => e + (labels[i]! - mu[i]!) / w[i]!);
      const next = weightedRidge(X, zr, w, 1e-2);
      const moved = next.reduce((s, v, j) => s + Math.abs(v - theta[j]!), 0);
      theta = next;
      if (moved < 1e-8) break;
    }
  }
  return {
    predict(t) {
      const f = withBias(t);
      let s = 0;
      for (let j = 0; j < f.length; j++) s += f[j]! * theta[j]!;
      return s >= 0 ? 1 : 0;
    },
  };
}

/** Share of inputs on which two classifiers agree. */
export function agreement(a: (t: Transaction) => number, b: (t: Transaction) => number, held: readonly Transaction[]): number {
  let same = 0;
  for (const t of held) if (a(t) === b(t)) same++;
  return held.length === 0 ? 0 : same / held.length;
}
