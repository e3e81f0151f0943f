// The per-query cost of extraction tracking, in process: limit.extraction's check (status lookup)
// and settle (feature scaling, PRADA distances to the growing set, sweep/boundary/coverage, and
// the Shapiro–Wilk test every `test_every` queries), on keys with a full history; and, when the
// machine's Redis is up, check with `shared_state` (one GET per caller per refresh). µs per query.
import net from 'node:net';
import { generateTransactions, trainFraudModel } from '../../src/demo/fraud.ts';
import { ExtractionGuardConfig, extractionGuard } from '../../src/guards/limit/extraction.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { Guard, GuardContext } from '../../src/pipeline/types.ts';
import { FRAUD_FEATURE_RANGES } from './policy.ts';

export interface CostRow {
  readonly case: string;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly meanUs: number;
}

const model = trainFraudModel();

function ctxFor(input: object, keyId: string): GuardContext {
  return {
    requestId: 'bench',
    route: 'predict',
    model: 'demo-fraud',
    modelKind: 'predict',
    sourceIp: '127.0.0.1',
    headers: {},
    body: { input },
    principal: { id: `p-${keyId}`, kind: 'service', name: 'bench', keyId, modelScopes: ['*'], roles: [] },
    segments: [],
    state: new Map(),
  };
}

async function time(name: string, n: number, fn: (i: number) => unknown): Promise<CostRow> {
  const samples = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const out = fn(i);
    if (out instanceof Promise) await out;
    samples[i] = Number(process.hrtime.bigint() - t0) / 1_000;
  }
  const sorted = samples.slice().sort();
  const r = (v: number) => Math.round(v * 100) / 100;
  return { case: name, p50Us: r(sorted[Math.floor(n / 2)]!), p99Us: r(sorted[Math.floor(n * 0.99)]!), meanUs: r(samples.reduce((s, v) => s + v, 0) / n) };
}

async function guardWith(config: unknown, shared = new SharedResourcePool()): Promise<Guard> {
  return extractionGuard.create(ExtractionGuardConfig.parse(config), { shared });
}

/** Whether the machine's Redis answers (the shared-state rows need it). */
function redisUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port: 6379 });
    s.setTimeout(500, () => (s.destroy(), resolve(false)));
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

export async function measureTracking(queries = 20_000, keys = 20): Promise<CostRow[]> {
  const traffic = generateTransactions(queries, 31).x;
  const answers = traffic.map((t) => ({ model: 'demo-fraud', prediction: model.predict(t) }));
  const rows: CostRow[] = [];
  for (const testEvery of [10, 1]) {
    const guard = await guardWith({ features: FRAUD_FEATURE_RANGES, action: 'flag', prada: { test_every: testEvery } });
    // Warm every key's stream to a full history (growing set and distance window at their caps).
    for (let i = 0; i < queries; i++) guard.settle!(ctxFor(traffic[i]!, `k${i % keys}`), { status: 200, answer: answers[i] });
    rows.push(await time(`check (status lookup)`, queries, (i) => guard.check(ctxFor(traffic[i]!, `k${i % keys}`))));
    rows.push(await time(`settle: record + detect, Shapiro–Wilk every ${testEvery}`, queries, (i) => guard.settle!(ctxFor(traffic[i]!, `k${i % keys}`), { status: 200, answer: answers[i] })));
  }
  if (await redisUp()) {
    // Shared state: a status read from Redis per caller at most every refresh_ms (one GET), else local.
    for (const refresh of [1_000, 0]) {
      const shared = new SharedResourcePool();
      const prefix = `bench:extraction:${process.pid}:${refresh}:`;
      const guard = await guardWith({ features: FRAUD_FEATURE_RANGES, action: 'flag', shared_state: { redis: { url: 'redis://127.0.0.1:6379/0' }, key_prefix: prefix, refresh_ms: refresh } }, shared);
      const n = Math.min(queries, 5_000);
      rows.push(await time(`check with shared_state (Redis), refresh_ms ${refresh}`, n, (i) => guard.check(ctxFor(traffic[i]!, `k${i % keys}`))));
      await shared.close();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await measureTracking());
