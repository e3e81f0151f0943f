// limit.extraction as a guard, without HTTP: what each action does to the next request, that one
// alert signal is raised per new detection (not per query), that throttles end, and that state is
// shared through `deps.shared` so a reloaded guard keeps it.
import { describe, expect, it } from 'vitest';
import { trainFraudModel } from '../../src/demo/fraud.ts';
import { DEGRADE_STATE } from '../../src/detect/extraction/index.ts';
import { ExtractionGuardConfig, extractionGuard } from '../../src/guards/limit/extraction.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { GuardContext, GuardDecision, RouteKind } from '../../src/pipeline/types.ts';
import { FRAUD_FEATURE_RANGES } from '../../bench/extraction/policy.ts';

const model = trainFraudModel();
const BASE = { amount: 120, hour: 14, merchant_risk: 0.2, distance_km: 12, card_present: 1, tx_last_24h: 2 };

function ctxFor(input: object, keyId = 'k1', route: RouteKind = 'predict'): GuardContext {
  return {
    requestId: `r-${Math.random()}`,
    route,
    model: 'demo-fraud',
    modelKind: 'predict',
    sourceIp: '10.0.0.1',
    headers: {},
    body: { input },
    principal: { id: 'p1', kind: 'service', name: 'svc', keyId, modelScopes: ['*'], roles: [] },
    segments: [],
    state: new Map(),
  };
}

async function setup(config: object, shared = new SharedResourcePool()) {
  const signals: AlertSignal[] = [];
  const guard = await extractionGuard.create(ExtractionGuardConfig.parse({ features: FRAUD_FEATURE_RANGES, ...config }), { shared, signal: (s) => signals.push(s) });
  const ask = (input: object, keyId = 'k1') => {
    const ctx = ctxFor(input, keyId);
    const decision = guard.check(ctx) as GuardDecision;
    if (decision.action !== 'block') guard.settle!(ctx, { status: 200, answer: { model: 'demo-fraud', prediction: model.predict(input as never) } });
    return { decision, ctx };
  };
  return { guard, signals, ask, shared };
}

/** A sweep of `amount` from the same base point: every query differs in one feature. */
const sweep = (i: number) => ({ ...BASE, amount: 10 + i * 37 });

describe('limit.extraction guard', () => {
  it('throttles with Retry-After once a sweep is detected, and signals once', async () => {
    const { ask, signals } = await setup({ action: 'throttle', throttle_seconds: 30 });
    let first: number | undefined;
    for (let i = 0; i < 60 && first === undefined; i++) if (ask(sweep(i)).decision.action === 'block') first = i;
    expect(first).toBe(30); // detection after the 30th answered query (sweep.min_queries), acted on at the next
    const again = ask(sweep(99)).decision;
    expect(again).toMatchObject({ action: 'block', retryAfterSeconds: 30 });
    expect(again.findings[0]).toMatchObject({ guard: 'limit.extraction', rule: 'sweep' });
    expect(again.findings[0]!.reason).toMatch(/sweep share 0\.967 > 0\.2 after 30 queries/) // the first query has nothing to differ from;
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ source: 'limit.extraction', severity: 'high', entity: { kind: 'key', id: 'k1' }, evidence: { sweep_threshold: 0.2, queries: 30, action: 'throttled' } });
    expect(signals[0]!.evidence.sweep_statistic).toBeCloseTo(29 / 30, 5);
    // Another key is untouched.
    expect(ask(BASE, 'k2').decision.action).toBe('allow');
  });

  it('degrades by marking the request for harden.predict, and flags', async () => {
    const { ask } = await setup({ action: 'degrade' });
    for (let i = 0; i < 31; i++) ask(sweep(i));
    const { decision, ctx } = ask(sweep(50));
    expect(decision.action).toBe('flag');
    expect(ctx.state.get(DEGRADE_STATE)).toBe(true);
  });

  it('flag only: findings, no block and no degrade mark', async () => {
    const { ask, signals } = await setup({ action: 'flag' });
    for (let i = 0; i < 40; i++) ask(sweep(i));
    const { decision, ctx } = ask(sweep(60));
    expect(decision.action).toBe('flag');
    expect(ctx.state.has(DEGRADE_STATE)).toBe(false);
    expect(signals.map((s) => s.severity)).toEqual(['medium']);
  });

  it('keeps its state across a rebuild on the same shared pool (policy reload)', async () => {
    const first = await setup({ action: 'block' });
    for (let i = 0; i < 31; i++) first.ask(sweep(i));
    const reloaded = await setup({ action: 'block' }, first.shared);
    expect(reloaded.ask(BASE).decision.action).toBe('block');
  });

  it('ignores other routes and failed requests', async () => {
    const { guard, ask } = await setup({ action: 'block' });
    for (let i = 0; i < 40; i++) {
      const ctx = ctxFor(sweep(i));
      guard.check(ctx);
      guard.settle!(ctx, { status: 500 });
    }
    expect(ask(BASE).decision.action).toBe('allow');
    expect((guard.check(ctxFor(BASE, 'k1', 'chat')) as GuardDecision).action).toBe('allow');
  });

  it('counts a batch query by query', async () => {
    const { guard, ask } = await setup({ action: 'block' });
    const inputs = Array.from({ length: 31 }, (_, i) => sweep(i));
    const ctx = { ...ctxFor(BASE), body: { inputs } };
    guard.settle!(ctx, { status: 200, answer: { model: 'demo-fraud', predictions: inputs.map((t) => model.predict(t as never)) } });
    expect(ask(BASE).decision.action).toBe('block');
  });
});
