// The attack, replayed end to end through a real gateway with demo-fraud: an extraction attacker's
// key is detected, signalled and blocked (or degraded to label-only answers), while benign keys
// replaying the model's own distribution are never flagged. Budgets and status via the admin API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTransactions } from '../../src/demo/fraud.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { sweepAttack, uniformAttack } from '../../bench/extraction/attacker.ts';
import { gatewayOracle } from '../../bench/extraction/client.ts';
import { policyOn } from '../../bench/extraction/policy.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

async function newKey(t: TestGateway, name: string): Promise<{ id: string; key: string }> {
  const pid = await t.gw.credentials.createPrincipal({ kind: 'service', name });
  const k = await t.gw.credentials.createKey(pid, { name });
  return { id: k.id, key: k.key };
}

async function admin(t: TestGateway, path: string, body?: unknown): Promise<{ status: number; json: { data?: Record<string, unknown>[] } & Record<string, unknown> }> {
  const res = await fetch(t.url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${t.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as never };
}

describe('extraction defence through the gateway (action: block)', () => {
  let t: TestGateway;
  const signals: AlertSignal[] = [];
  beforeAll(async () => {
    t = await startTestGateway(policyOn({ action: 'block' }));
    t.gw.bus.subscribe((e) => {
      if (e.type === 'alert.signal' && e.signal.source === 'limit.extraction') signals.push(e.signal);
    });
  });
  afterAll(() => t?.close());

  it('does not flag benign keys replaying the model’s own distribution', async () => {
    const keys = await Promise.all(Array.from({ length: 6 }, (_, i) => newKey(t, `benign-${i}`)));
    await Promise.all(
      keys.map(async ({ key }, i) => {
        const oracle = gatewayOracle(t.url, key);
        for (const tx of generateTransactions(100, 7_000 + i).x) expect(await oracle.ask(tx), `benign key ${i}`).toBeDefined();
        expect(oracle.labelOnly).toBe(0);
      }),
    );
    expect(signals).toEqual([]);
    const status = await admin(t, '/admin/v1/extraction');
    expect(status.json.data).toEqual([]);
    const budgets = await admin(t, '/admin/v1/budgets');
    expect(budgets.status).toBe(200);
    const mine = budgets.json.data!.find((b) => b.subject === `key:${keys[0]!.id}`)!;
    expect(mine).toMatchObject({ model: 'demo-fraud', spent: 100, remaining: 900, limit: 1000, extraction_state: 'clear' });
  });

  it('detects a sweeping attacker, signals with evidence and blocks the key', async () => {
    const { id, key } = await newKey(t, 'attacker');
    const oracle = gatewayOracle(t.url, key);
    const harvest = await sweepAttack(oracle.ask, 400, 3);
    expect(harvest.refused).toBe(true);
    expect(harvest.sent).toBeLessThan(100);
    expect(oracle.refusal).toMatchObject({ status: 429, code: 'BULWARK_E_RATE_LIMITED' });
    const signal = signals.find((s) => s.entity.id === id)!;
    expect(signal).toMatchObject({ severity: 'high', entity: { kind: 'key', id }, techniques: expect.arrayContaining(['AML.T0024']) });
    expect(signal.evidence.sweep_statistic).toBeGreaterThan(signal.evidence.sweep_threshold as number);
    expect(signal.evidence.queries).toBeGreaterThanOrEqual(30);
    const status = await admin(t, '/admin/v1/extraction');
    expect(status.json.data).toEqual([expect.objectContaining({ subject: `key:${id}`, state: 'blocked', until: null })]);
    // Still blocked, then cleared by an administrator.
    expect(await oracle.ask(generateTransactions(1, 1).x[0]!)).toBeUndefined();
    expect((await admin(t, `/admin/v1/extraction/key:${id}/clear`, {})).json).toMatchObject({ cleared: true });
    expect(await oracle.ask(generateTransactions(1, 1).x[0]!)).toBeDefined();
  });

  it('keeps budgets and extraction status to callers with incident permissions', async () => {
    const pid = await t.gw.credentials.createPrincipal({ kind: 'service', name: 'app' });
    await t.gw.credentials.bindRole(pid, 'app');
    const { key } = await t.gw.credentials.createKey(pid, { name: 'app' });
    for (const [method, path] of [['GET', '/admin/v1/budgets'], ['GET', '/admin/v1/extraction'], ['POST', '/admin/v1/extraction/key:x/clear'], ['POST', '/admin/v1/budgets/key:x/reset']] as const) {
      const res = await fetch(t.url + path, { method, headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) }, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status, path).toBe(403);
    }
  });

  it('validates admin input and resets a budget', async () => {
    expect((await admin(t, '/admin/v1/budgets?subject=nonsense')).status).toBe(400);
    expect((await admin(t, '/admin/v1/budgets/key:x/reset', { bogus: 1 })).status).toBe(400);
    const list = await admin(t, '/admin/v1/budgets');
    const subject = list.json.data![0]!.subject as string;
    expect((await admin(t, `/admin/v1/budgets/${subject}/reset`, {})).json).toMatchObject({ accounts_reset: 1 });
    const after = await admin(t, `/admin/v1/budgets?subject=${subject}`);
    expect(after.json.data![0]).toMatchObject({ spent: 0 });
  });
});

describe('extraction defence through the gateway (action: degrade)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(policyOn({ action: 'degrade' }));
  });
  afterAll(() => t?.close());

  it('answers a detected uniform-sampling attacker with labels only', async () => {
    const { key } = await newKey(t, 'attacker');
    const oracle = gatewayOracle(t.url, key);
    const harvest = await uniformAttack(oracle.ask, 200, 5);
    expect(harvest.refused).toBe(false);
    // Coverage fires after its minimum of 50 queries; everything after that is label-only.
    expect(oracle.labelOnly).toBeGreaterThan(100);
    expect(harvest.answers.slice(0, 40).every((a) => a.pFraud !== undefined)).toBe(true);
    expect(harvest.answers.slice(-50).every((a) => a.pFraud === undefined)).toBe(true);
  });
});
