// Extraction attackers against a prediction API: each strategy chooses queries, asks an oracle
// (the gateway, or the model directly when calibrating), and keeps the answers it got. Strategies:
// uniform sampling of the feature box; a JbDA-style adaptive one (Papernot et al., "Practical
// Black-Box Attacks against Machine Learning", AsiaCCS 2017: Jacobian-based dataset augmentation,
// as used against PRADA's test models); a line sweep of one feature at a time; and queries drawn
// from the real input distribution (the attacker with natural data, which no query-pattern
// detector can tell from a customer).
import { generateTransactions, type Transaction } from '../../src/demo/fraud.ts';
import { seededRandom } from '../../src/synthetic/random.ts';
import { expand } from './surrogate.ts';

/** What the oracle said about one query: the label (1 fraud), and P(fraud) when it was given. */
export interface OracleAnswer {
  readonly label: 0 | 1;
  readonly pFraud?: number;
}

/** `undefined`: the query was refused (throttled or blocked); the attacker stops there. */
export type Oracle = (t: Transaction) => Promise<OracleAnswer | undefined>;

export interface Harvest {
  readonly x: Transaction[];
  readonly answers: OracleAnswer[];
  /** Queries sent, including the refused one that ended the attack. */
  readonly sent: number;
  readonly refused: boolean;
}

/** The feature box the attacker assumes from the API's documentation. */
export const BOX = { amount: [0, 5000], hour: [0, 23], merchant_risk: [0, 1], distance_km: [0, 300], card_present: [0, 1], tx_last_24h: [0, 30] } as const;

function clampToBox(t: Transaction): Transaction {
  const out = { ...t };
  for (const [k, [lo, hi]] of Object.entries(BOX) as [keyof Transaction, readonly [number, number]][]) out[k] = Math.min(hi, Math.max(lo, out[k]));
  out.hour = Math.round(out.hour);
  out.card_present = out.card_present >= 0.5 ? 1 : 0;
  out.tx_last_24h = Math.round(out.tx_last_24h);
  return out;
}

export function uniformQuery(rand: () => number): Transaction {
  return {
    amount: Math.round(rand() * BOX.amount[1] * 100) / 100,
    hour: Math.floor(rand() * 24),
    merchant_risk: Math.round(rand() * 1000) / 1000,
    distance_km: Math.round(rand() * BOX.distance_km[1] * 10) / 10,
    card_present: rand() < 0.5 ? 1 : 0,
    tx_last_24h: Math.floor(rand() * (BOX.tx_last_24h[1] + 1)),
  };
}

async function collect(queries: Iterable<Transaction>, ask: Oracle, budget: number, into: Harvest & { x: Transaction[]; answers: OracleAnswer[] }): Promise<boolean> {
  for (const q of queries) {
    if (into.sent >= budget) return false;
    (into as { sent: number }).sent++;
    const a = await ask(q);
    if (!a) {
      (into as { refused: boolean }).refused = true;
      return true;
    }
    into.x.push(q);
    into.answers.push(a);
  }
  return false;
}

const emptyHarvest = (): Harvest & { x: Transaction[]; answers: OracleAnswer[] } => ({ x: [], answers: [], sent: 0, refused: false });

export async function uniformAttack(ask: Oracle, budget: number, seed: number): Promise<Harvest> {
  const rand = seededRandom(seed);
  const h = emptyHarvest();
  await collect((function* () {
    for (;;) yield uniformQuery(rand);
  })(), ask, budget, h);
  return h;
}

/** Per-feature step sizes for Jacobian augmentation (λ times the box width). */
const STEP: Record<keyof Transaction, number> = { amount: 400, hour: 2, merchant_risk: 0.1, distance_km: 25, card_present: 1, tx_last_24h: 3 };

/**
 * JbDA: start from a few real-looking transactions, fit the surrogate, then add for each known
 * point a copy moved by λ·sign(∂ surrogate / ∂ x) (finite differences on its logit), and repeat.
 */
export async function jbdaAttack(ask: Oracle, budget: number, seed: number, seeds = 20): Promise<Harvest> {
  const h = emptyHarvest();
  const start = generateTransactions(seeds, seed).x;
  if (await collect(start, ask, budget, h)) return h;
  let round = 0;
  while (h.sent < budget) {
    const w = fitLogit(h);
    const rand = seededRandom(seed + ++round);
    // The step alternates in sign from round to round (Papernot et al.'s periodic step size).
    const lambda = round % 2 === 0 ? 1 : -1;
    const fresh: Transaction[] = [];
    for (const t of h.x) {
      const here = logit(w, t);
      // Move towards the other class: against the slope when the surrogate says fraud.
      const towards = here >= 0 ? -1 : 1;
      const moved = { ...t };
      for (const k of Object.keys(STEP) as (keyof Transaction)[]) {
        const slope = logit(w, { ...t, [k]: t[k] + STEP[k] }) - here;
        const dir = slope === 0 ? (rand() < 0.5 ? -1 : 1) : Math.sign(slope);
        moved[k] = t[k] + lambda * towards * dir * STEP[k];
      }
      fresh.push(clampToBox(moved));
    }
    if (await collect(fresh, ask, budget, h)) return h;
  }
  return h;
}

/** A quick logistic fit of the harvest so far (weights, bias last), to read slopes from. */
function fitLogit(h: Harvest): number[] {
  const X = h.x.map(expand);
  const y = h.answers.map((a) => a.pFraud ?? a.label);
  const d = X[0]!.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let e = 0; e < 150; e++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * X[i]![j]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * X[i]![j]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) w[j] = w[j]! - (0.3 * g[j]!) / X.length;
  }
  return w;
}

function logit(w: readonly number[], t: Transaction): number {
  const f = expand(t);
  let z = w[f.length]!;
  for (let j = 0; j < f.length; j++) z += w[j]! * f[j]!;
  return z;
}

/** Line sweeps: from a base point, walk one feature across its range, then the next. */
export async function sweepAttack(ask: Oracle, budget: number, seed: number, steps = 25): Promise<Harvest> {
  const rand = seededRandom(seed);
  const h = emptyHarvest();
  const keys = Object.keys(BOX) as (keyof Transaction)[];
  await collect((function* () {
    for (;;) {
      const base = uniformQuery(rand);
      for (const k of keys) {
        const [lo, hi] = BOX[k];
        for (let s = 0; s < steps; s++) yield clampToBox({ ...base, [k]: lo + ((hi - lo) * s) / (steps - 1) });
      }
    }
  })(), ask, budget, h);
  return h;
}

/**
 * The attacker who owns in-distribution data (here: more draws from the demo generator) and just
 * asks about it. Indistinguishable from a benign app by construction; quotas and hardening are
 * what bound it.
 */
export async function naturalAttack(ask: Oracle, budget: number, seed: number): Promise<Harvest> {
  const h = emptyHarvest();
  await collect(generateTransactions(budget, seed + 1_000_003).x, ask, budget, h);
  return h;
}

export const STRATEGIES = { uniform: uniformAttack, jbda: jbdaAttack, sweep: sweepAttack, natural: naturalAttack } as const;
export type Strategy = keyof typeof STRATEGIES;
