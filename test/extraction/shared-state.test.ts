// Two replicas (two guard sets with their own shared pools) against the machine's Redis: a block
// found on one holds on the other, an administrator's clear reaches both, and the ε budget is one
// ledger; with Redis unreachable the budget fails closed to label-only answers.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainFraudModel } from '../../src/demo/fraud.ts';
import { type ExtractionDefence, extractionDefence } from '../../src/detect/extraction/index.ts';
import { HardenPredictConfig, hardenPredictGuard } from '../../src/guards/harden/predict.ts';
import { ExtractionGuardConfig, extractionGuard } from '../../src/guards/limit/extraction.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { Guard, GuardContext, GuardDecision } from '../../src/pipeline/types.ts';
import { FRAUD_FEATURE_RANGES } from '../../bench/extraction/policy.ts';
import { requireService } from '../support/services.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { policyOn } from '../../bench/extraction/policy.ts';
import { gatewayOracle } from '../../bench/extraction/client.ts';
import { sweepAttack } from '../../bench/extraction/attacker.ts';

const model = trainFraudModel();
const BASE = { amount: 120, hour: 14, merchant_risk: 0.2, distance_km: 12, card_present: 1, tx_last_24h: 2 };
const up = await requireService('redis');
const prefix = `test:extraction:${process.pid}:${Math.floor(Math.random() * 1e9)}:`;
const sharedState = { redis: { url: 'redis://127.0.0.1:6379/0' }, key_prefix: prefix, refresh_ms: 0 };

function ctxFor(input: object, answer?: unknown, keyId = 'k1'): GuardContext {
  return {
    requestId: 'r',
    route: 'predict',
    model: 'demo-fraud',
    modelKind: 'predict',
    sourceIp: '10.0.0.1',
    headers: {},
    body: { input },
    principal: { id: 'p1', kind: 'service', name: 'svc', keyId, modelScopes: ['*'], roles: [] },
    segments: [],
    state: new Map(),
    ...(answer !== undefined ? { answer } : {}),
  };
}

interface Replica {
  readonly pool: SharedResourcePool;
  readonly limit: Guard;
  readonly harden: Guard;
  readonly defence: ExtractionDefence;
}

async function replica(state: object = sharedState): Promise<Replica> {
  const pool = new SharedResourcePool();
  const limit = await extractionGuard.create(ExtractionGuardConfig.parse({ features: FRAUD_FEATURE_RANGES, action: 'block', shared_state: state }), { shared: pool });
  const harden = await hardenPredictGuard.create(HardenPredictConfig.parse({ noise: { epsilon: 1, budget: { epsilon: 3 } }, shared_state: state }), { shared: pool });
  return { pool, limit, harden, defence: extractionDefence(pool) };
}

async function ask(r: Replica, input: object, keyId = 'k1'): Promise<GuardDecision> {
  const ctx = ctxFor(input, undefined, keyId);
  const d = await r.limit.check(ctx);
  if (d.action !== 'block') r.limit.settle!(ctx, { status: 200, answer: { model: 'demo-fraud', prediction: model.predict(input as never) } });
  return d;
}

// Every key this file wrote (statuses, budgets) goes at the end.
afterAll(async () => {
  if (!up) return;
  const client = new Redis('redis://127.0.0.1:6379/0');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
});

describe.skipIf(!up)('extraction state shared through Redis', () => {
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    a = await replica();
    b = await replica();
  });
  afterAll(async () => {
    await a?.pool.close();
    await b?.pool.close();
  });

  it('a block found on one replica holds on the other, and a clear reaches both', async () => {
    for (let i = 0; i < 31; i++) await ask(a, { ...BASE, amount: 10 + i * 37 });
    // Publishing is asynchronous (after the answer); give it a moment.
    await new Promise((r) => setTimeout(r, 100));
    expect((await ask(a, BASE)).action).toBe('block');
    expect((await ask(b, BASE)).action).toBe('block');
    expect((await ask(b, BASE, 'k2')).action).toBe('allow');
    const listed = await b.defence.remote!.listStatuses();
    expect(listed.map((s) => [s.subject, s.state])).toEqual([['key:k1', 'blocked']]);
    await b.defence.remote!.clearStatus('key:k1');
    b.defence.tracker.clear('key:k1');
    expect((await ask(b, BASE)).action).toBe('allow');
    // Replica a drops its copy on its next read (refresh_ms 0 here).
    expect((await ask(a, { ...BASE, hour: 3 })).action).not.toBe('block');
  });

  it('spends one ε budget across replicas, atomically', async () => {
    const answer = { model: 'demo-fraud', prediction: { label: 'legit', probabilities: { legit: 0.9, fraud: 0.1 } } };
    const results = await Promise.all([a, b, a, b, a].map((r) => r.harden.check(ctxFor(BASE, answer, 'k9'))));
    const noisy = results.filter((d) => 'probabilities' in (d.answer as { prediction: object }).prediction);
    expect(noisy).toHaveLength(3);
    expect(results.filter((d) => d.findings.some((f) => f.rule === 'budget_exhausted'))).toHaveLength(2);
    const budgets = await a.defence.remote!.listBudgets();
    expect(budgets.find((x) => x.subject === 'key:k9')).toMatchObject({ model: 'demo-fraud', spent: 3, limit: 3 });
    expect(await b.defence.remote!.resetBudget('key:k9')).toBe(1);
    expect((await a.defence.remote!.listBudgets()).find((x) => x.subject === 'key:k9')).toMatchObject({ spent: 0 });
  });

  it('fails closed to label-only answers when Redis cannot be reached', async () => {
    const down = await replica({ ...sharedState, redis: { url: 'redis://127.0.0.1:1/0', connect_timeout_ms: 200 } });
    const d = await down.harden.check(ctxFor(BASE, { model: 'demo-fraud', prediction: { label: 'legit', probabilities: { legit: 0.9, fraud: 0.1 } } }));
    expect(d.answer).toEqual({ model: 'demo-fraud', prediction: { label: 'legit' } });
    expect(d.findings.map((f) => f.rule)).toEqual(['budget_unavailable']);
    // Detection keeps working on what this replica sees.
    expect((await ask(down, BASE)).action).toBe('allow');
    await down.pool.close();
  });
});

describe.skipIf(!up)('admin API over Redis-shared extraction state', () => {
  let t: TestGateway;
  const gwPrefix = `${prefix}gw:`;
  beforeAll(async () => {
    t = await startTestGateway(policyOn({ action: 'block', redis: { url: 'redis://127.0.0.1:6379/0', prefix: gwPrefix } }));
  });
  afterAll(() => t?.close());

  it('lists statuses and budgets from Redis and clears them there', async () => {
    const pid = await t.gw.credentials.createPrincipal({ kind: 'service', name: 'attacker' });
    const { id, key } = await t.gw.credentials.createKey(pid, { name: 'attacker' });
    const oracle = gatewayOracle(t.url, key);
    const harvest = await sweepAttack(oracle.ask, 200, 3);
    expect(harvest.refused).toBe(true);
    const get = async (path: string) => (await fetch(t.url + path, { headers: { authorization: `Bearer ${t.key}` } })).json() as Promise<{ data: Record<string, unknown>[] }>;
    expect((await get('/admin/v1/extraction')).data).toEqual([expect.objectContaining({ subject: `key:${id}`, state: 'blocked' })]);
    const budgets = (await get(`/admin/v1/budgets?subject=key:${id}`)).data;
    expect(budgets).toEqual([expect.objectContaining({ spent: harvest.answers.length, extraction_state: 'blocked' })]);
    const cleared = await fetch(`${t.url}/admin/v1/extraction/key:${id}/clear`, { method: 'POST', headers: { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' }, body: '{}' });
    expect(await cleared.json()).toMatchObject({ cleared: true });
    expect((await get('/admin/v1/extraction')).data).toEqual([]);
    expect(await oracle.ask(BASE)).toBeDefined();
  });
});
