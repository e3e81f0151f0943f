// Contracts, feedback and the monitoring admin view through the real gateway and demo models.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { generateTransactions } from '../../src/demo/fraud.ts';
import { ManualClock } from '../../src/monitor/models/clock.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';

const HOUR = 3_600_000;
const DAY0 = Date.UTC(2026, 0, 5);

const POLICY = `version: 1
upstreams:
  demo: { builtin: demo }
models:
  - { name: demo-chat, kind: chat, upstream: demo }
  - { name: demo-fraud, kind: predict, upstream: demo }
  - { name: fraud-flagged, kind: predict, upstream: demo, upstream_model: demo-fraud }
monitoring:
  interval_ms: ${HOUR}
  input_drift: { window_buckets: 1, min_samples: 50 }
  prediction_drift: { window_buckets: 1, min_samples: 50 }
guards:
  - id: auth.api_key
  - id: authz.rbac
  - id: validate.request
  - id: validate.contract
    config:
      models:
        demo-fraud:
          schema:
            type: object
            required: [amount, hour, merchant_risk, distance_km, card_present, tx_last_24h]
            properties:
              amount: { type: number, minimum: 0 }
              hour: { type: integer, minimum: 0, maximum: 23 }
              card_present: { enum: [0, 1] }
          ranges: { margin: 0.5 }
        fraud-flagged:
          schema: { type: object, properties: { amount: { type: number, maximum: 100000 } } }
          action: flag
        demo-chat:
          languages: [en]
          max_chars: 2000
`;

describe('model monitoring through the gateway', () => {
  let t: TestGateway;
  const clock = new ManualClock(DAY0);
  const signals: AlertSignal[] = [];
  const tx = generateTransactions(400, 99).x;

  beforeAll(async () => {
    t = await startTestGateway(POLICY, { clock: () => clock.now(), monitoringTickMs: 0 });
    t.gw.bus.subscribe((e) => {
      if (e.type === 'alert.signal') signals.push(e.signal);
    });
  }, 60_000);
  afterAll(async () => t?.close());

  it('rejects an out-of-contract record with a 400 naming the field and the rule', async () => {
    const r = await t.post('/v1/predict/demo-fraud', { input: { ...tx[0], hour: 25 } });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { code: string; message: string; param: string; findings: { rule: string }[] } };
    expect(body.error.code).toBe('BULWARK_E_INVALID_REQUEST');
    expect(body.error.param).toBe('input.hour');
    expect(body.error.findings[0]!.rule).toBe('schema.maximum');
    expect(body.error.message).toContain('input.hour');

    const missing = await t.post('/v1/predict/demo-fraud', { inputs: [tx[0], { ...tx[1], amount: undefined }] });
    expect(missing.status).toBe(400);
    const mb = (await missing.json()) as { error: { param: string; findings: { rule: string }[] } };
    expect(mb.error.param).toBe('inputs[1].amount');
    expect(mb.error.findings[0]!.rule).toBe('schema.required');
  });

  it('rejects a $1M transaction as outside the range learned from the reference', async () => {
    const r = await t.post('/v1/predict/demo-fraud', { input: { ...tx[0], amount: 1_000_000 } });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: { param: string; findings: { rule: string; reason: string }[] } };
    expect(body.error.param).toBe('input.amount');
    expect(body.error.findings[0]!.rule).toBe('range');
    expect(body.error.findings[0]!.reason).toMatch(/1000000 is outside the range/);
    expect(signals.some((s) => s.source === 'validate.contract' && s.evidence.field === 'input.amount')).toBe(true);
  });

  it('passes a flagged $1M transaction with a finding and an alert signal, not silently', async () => {
    const before = signals.length;
    const r = await t.post('/v1/predict/fraud-flagged', { input: { ...tx[0], amount: 1_000_000 } });
    expect(r.status).toBe(200);
    const raised = signals.slice(before).find((s) => s.source === 'validate.contract');
    expect(raised).toMatchObject({ severity: 'medium', entity: { kind: 'model', id: 'fraud-flagged' }, evidence: { rule: 'schema.maximum', field: 'input.amount', action: 'flag' } });
    expect(raised!.time).toBe(clock.now());
  });

  it('rejects chat text in a language the contract does not allow', async () => {
    const ok = await t.post('/v1/chat/completions', { model: 'demo-chat', messages: [{ role: 'user', content: 'How do I freeze my debit card from the mobile app?' }] });
    expect(ok.status).toBe(200);
    const zh = await t.post('/v1/chat/completions', { model: 'demo-chat', messages: [{ role: 'user', content: '我的信用卡丢了，请问怎么在手机应用里冻结我的卡？谢谢你的帮助' }] });
    expect(zh.status).toBe(400);
    const body = (await zh.json()) as { error: { param: string; findings: { rule: string }[] } };
    expect(body.error.param).toBe('messages[0].content');
    expect(body.error.findings[0]!.rule).toBe('language');
  });

  it('joins feedback with the answer: accepted once, refused twice, 404 for unknown ids, 401 without a key', async () => {
    const r = await t.post('/v1/predict/demo-fraud', { input: tx[2] });
    expect(r.status).toBe(200);
    const id = r.headers.get('x-request-id')!;
    await t.gw.monitoring.tick();
    const fb = await t.post('/v1/feedback', { request_id: id, label: 'legit' });
    expect(fb.status).toBe(202);
    expect(await fb.json()).toMatchObject({ status: 'accepted', model: 'demo-fraud' });
    const again = await t.post('/v1/feedback', { request_id: id, label: 'fraud' });
    expect(again.status).toBe(409);
    const unknown = await t.post('/v1/feedback', { request_id: '00000000-0000-4000-8000-000000000000', label: 'fraud' });
    expect(unknown.status).toBe(404);
    const anon = await t.post('/v1/feedback', { request_id: id, label: 'fraud' }, { authorization: '' });
    expect(anon.status).toBe(401);
    const bad = await t.post('/v1/feedback', { request_id: id, label: { nested: true } });
    expect(bad.status).toBe(400);
    const batch = await t.post('/v1/predict/demo-fraud', { inputs: [tx[3], tx[4]] });
    const bid = batch.headers.get('x-request-id')!;
    await t.gw.monitoring.tick();
    expect((await t.post('/v1/feedback', { request_id: bid, label: 'legit', index: 2 })).status).toBe(400);
    expect((await t.post('/v1/feedback', { request_id: bid, label: 'legit', index: 1 })).status).toBe(202);
  });

  it('refuses feedback from a key that may not invoke the model', async () => {
    const r = await t.post('/v1/predict/demo-fraud', { input: tx[5] });
    const id = r.headers.get('x-request-id')!;
    await t.gw.monitoring.tick();
    const admin = { authorization: `Bearer ${t.key}` };
    const p = await fetch(`${t.url}/admin/v1/principals`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'service', name: 'chat-only' }) });
    const principal = (await p.json()) as { id: string };
    const k = await fetch(`${t.url}/admin/v1/keys`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ principal_id: principal.id, name: 'chat', model_scopes: ['demo-chat'] }),
    });
    const key = ((await k.json()) as { secret: string }).secret;
    await fetch(`${t.url}/admin/v1/bindings`, { method: 'POST', headers: { ...admin, 'content-type': 'application/json' }, body: JSON.stringify({ principal_id: principal.id, role: 'app', resource: '*' }) });
    const fb = await t.post('/v1/feedback', { request_id: id, label: 'fraud' }, { authorization: `Bearer ${key}` });
    expect(fb.status).toBe(403);
  });

  it('computes drift on schedule through the injected clock and serves it on the admin API', async () => {
    // The built-in references are built on first use, off the request path.
    for (let i = 0; i < 20 && !t.gw.monitoring.hasReference('demo-fraud'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(t.gw.monitoring.hasReference('demo-fraud')).toBe(true);
    clock.advance(HOUR);
    await t.gw.monitoring.tick();
    const shifted = generateTransactions(120, 7).x.map((x) => ({ ...x, merchant_risk: Math.min(1, x.merchant_risk + 0.6), card_present: 0 }));
    for (let i = 0; i < shifted.length; i += 20) expect((await t.post('/v1/predict/demo-fraud', { inputs: shifted.slice(i, i + 20) })).status).toBe(200);
    await t.gw.monitoring.tick();
    clock.advance(HOUR);
    await t.gw.monitoring.tick();
    // Drift is judged settle_ms (default 30 s) after the bucket closed, once every replica wrote it.
    expect(signals.some((s) => s.source === 'monitor.drift.input')).toBe(false);
    clock.advance(30_000);
    await t.gw.monitoring.tick();
    const drift = signals.find((s) => s.source === 'monitor.drift.input' && s.entity.id === 'demo-fraud');
    expect(drift).toBeDefined();
    expect(drift!.time).toBe(Math.floor(clock.now() / HOUR) * HOUR);
    expect(Object.keys(drift!.evidence).some((k) => k.startsWith('merchant_risk.'))).toBe(true);

    const view = await fetch(`${t.url}/admin/v1/monitoring/models/demo-fraud`, { headers: { authorization: `Bearer ${t.key}` } });
    expect(view.status).toBe(200);
    const v = (await view.json()) as { reference: { rows: number }; input_drift: { metric: string; breached: boolean }[] };
    expect(v.reference.rows).toBe(20_000);
    expect(v.input_drift.some((p) => p.metric === 'merchant_risk' && p.breached)).toBe(true);
    expect((await fetch(`${t.url}/admin/v1/monitoring/models/demo-fraud`)).status).toBe(401);
    expect((await fetch(`${t.url}/admin/v1/monitoring/models/nope`, { headers: { authorization: `Bearer ${t.key}` } })).status).toBe(404);
  }, 30_000);
});
