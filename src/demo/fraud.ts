// demo-fraud: a logistic-regression fraud classifier over six transaction features, trained at
// start-up on synthetic data drawn from a fixed seed, so every install serves the same model.
// The generator is exported so attack and monitoring tools can draw from the same distribution.
import { normalSample as normal, seededRandom } from '../synthetic/random.ts';

export const FRAUD_FEATURES = ['amount', 'hour', 'merchant_risk', 'distance_km', 'card_present', 'tx_last_24h'] as const;
export type FraudFeature = (typeof FRAUD_FEATURES)[number];
export type Transaction = Record<FraudFeature, number>;
export const FRAUD_LABELS = ['legit', 'fraud'] as const;

/** Draws synthetic transactions with labels from a hidden ground-truth rule plus noise. */
export function generateTransactions(n: number, seed: number): { x: Transaction[]; y: number[] } {
  const rand = seededRandom(seed);
  const x: Transaction[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const t: Transaction = {
      amount: Math.round(Math.exp(3.8 + 1.2 * normal(rand)) * 100) / 100,
      hour: Math.floor(rand() * 24),
      merchant_risk: Math.round(rand() ** 2 * 1000) / 1000,
      distance_km: Math.round(Math.abs(normal(rand)) * 40 * 10) / 10,
      card_present: rand() < 0.7 ? 1 : 0,
      tx_last_24h: Math.floor(-Math.log(Math.max(rand(), 1e-9)) * 3),
    };
    const night = t.hour < 6 ? 1 : 0;
    const logit =
      -6 + 0.9 * Math.log10(t.amount + 1) + 3.2 * t.merchant_risk + 0.02 * t.distance_km - 1.4 * t.card_present + 0.25 * t.tx_last_24h + 1.1 * night + 0.6 * normal(rand);
    x.push(t);
    y.push(logit > -1.2 ? 1 : 0);
  }
  return { x, y };
}

function features(t: Transaction): number[] {
  return [Math.log10(Math.max(t.amount, 0) + 1), t.hour < 6 ? 1 : 0, t.merchant_risk, t.distance_km / 100, t.card_present, Math.min(t.tx_last_24h, 50) / 10];
}

export interface FraudModel {
  readonly weights: readonly number[];
  readonly bias: number;
  predict(t: Transaction): { label: (typeof FRAUD_LABELS)[number]; probabilities: Record<(typeof FRAUD_LABELS)[number], number> };
}

/** Trains by full-batch gradient descent with L2; deterministic for a given seed. */
export function trainFraudModel(seed = 20_260_101, n = 4_000, epochs = 400): FraudModel {
  const { x, y } = generateTransactions(n, seed);
  const X = x.map(features);
  const d = X[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const lr = 0.5;
  const l2 = 1e-4;
  for (let e = 0; e < epochs; e++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const xi = X[i]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * xi[j]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let j = 0; j < d; j++) gw[j]! += err * xi[j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] = w[j]! - lr * (gw[j]! / n + l2 * w[j]!);
    b -= (lr * gb) / n;
  }
  return {
    weights: w,
    bias: b,
    predict(t) {
      const f = features(t);
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * f[j]!;
      const p = 1 / (1 + Math.exp(-z));
      return { label: p >= 0.5 ? 'fraud' : 'legit', probabilities: { legit: 1 - p, fraud: p } };
    },
  };
}

/** Parses one transaction from untrusted JSON; returns an error message or the transaction. */
export function parseTransaction(v: unknown): Transaction | string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'input must be an object';
  const rec = v as Record<string, unknown>;
  const out = {} as Transaction;
  for (const f of FRAUD_FEATURES) {
    const n = rec[f];
    if (typeof n !== 'number' || !Number.isFinite(n)) return `input.${f} must be a finite number`;
    out[f] = n;
  }
  return out;
}
