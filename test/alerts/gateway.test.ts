// Alerting in a real gateway: a brute force of bad keys fires the built-in rule, the alert is
// stored, delivered to a webhook, listed and triaged through the admin API and the CLI, and every
// triage step is an audited admin action. Permissions are enforced on every alert route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminActionEvent } from '../../src/events/bus.ts';
import type { Alert } from '../../src/incidents/alerts/types.ts';
import { runCli } from '../support/cli.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { call, principalWithRole } from '../identity/support.ts';
import { type HttpReceiver, httpReceiver } from './support.ts';

describe('alerts in the gateway', () => {
  let up: MockUpstream;
  let t: TestGateway;
  let rx: HttpReceiver;
  const actions: AdminActionEvent[] = [];

  beforeAll(async () => {
    up = await startMockUpstream({ kind: 'ok' });
    rx = await httpReceiver();
    const policy = `${mockPolicy(up.baseUrl).replace('  - { name: mock-predict, kind: predict, upstream: mock }', '  - { name: mock-predict, kind: predict, upstream: mock, owner: risk-team, on_call: "#risk-oncall" }')}alerts:
  builtin_rules: { auth_failures: 5, window_seconds: 60 }
  sinks:
    - { type: webhook, name: soc, url: "${rx.url}", min_severity: medium }
`;
    t = await startTestGateway(policy);
    t.gw.bus.subscribe((e) => {
      if (e.type === 'admin.action') actions.push(e);
    });
  });

  afterAll(async () => {
    await t?.close();
    await up?.close();
    await rx?.close();
  });

  let alertId: string;

  it('a brute force of bad keys raises one grouped alert, delivered to the webhook', async () => {
    for (let i = 0; i < 12; i++) {
      const r = await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer bwk_wrong${i}` }, body: JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] }) });
      expect(r.status).toBe(401);
    }
    await t.gw.alerting.flush();
    const r = await call(t, 'GET', '/admin/v1/alerts?source=rule.auth_bruteforce', t.key);
    expect(r.status).toBe(200);
    const data = (r.body as { data: Alert[] }).data;
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ source: 'rule.auth_bruteforce', severity: 'high', status: 'open', entity: { kind: 'address', id: '127.0.0.1' }, count: 2, techniques: ['T1110', 'AML.T0040'] });
    alertId = data[0]!.id;
    expect(rx.received.map((x) => (JSON.parse(x.body) as { id: string }).id)).toEqual([alertId]);
  });

  it('reads one alert, and refuses bad ids, filters and unknown alerts', async () => {
    expect((await call(t, 'GET', `/admin/v1/alerts/${alertId}`, t.key)).body).toMatchObject({ id: alertId });
    expect((await call(t, 'GET', '/admin/v1/alerts/alrt_00000000000000000000000000000000', t.key)).status).toBe(404);
    expect((await call(t, 'GET', '/admin/v1/alerts/../../etc', t.key)).status).toBeGreaterThanOrEqual(400);
    const bad = await call(t, 'GET', '/admin/v1/alerts?severity=urgent', t.key);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'BULWARK_E_INVALID_REQUEST', param: 'severity' } });
    expect((await call(t, 'GET', '/admin/v1/alerts?sql=1', t.key)).status).toBe(400);
    expect((await call(t, 'GET', '/admin/v1/alerts?cursor=AAAA', t.key)).status).toBe(400);
  });

  it('enforces incident:read and incident:manage', async () => {
    const app = await principalWithRole(t, 'app');
    expect((await call(t, 'GET', '/admin/v1/alerts', app.key)).status).toBe(403);
    const auditor = await principalWithRole(t, 'auditor');
    expect((await call(t, 'GET', '/admin/v1/alerts', auditor.key)).status).toBe(403);
    const officer = await principalWithRole(t, 'security-officer');
    expect((await call(t, 'GET', '/admin/v1/alerts', officer.key)).status).toBe(200);
    expect((await call(t, 'POST', `/admin/v1/alerts/${alertId}/ack`, undefined, {})).status).toBe(401);
  });

  it('acknowledges, suppresses and resolves through the CLI, each step an admin action; a resolved alert stays resolved', async () => {
    const env = { BULWARK_URL: t.url, BULWARK_API_KEY: t.key };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const list = await runCli('alerts', 'list', '--json', '--source', 'rule.*');
      expect(list.code).toBe(0);
      expect((JSON.parse(list.out) as Alert[]).map((a) => a.id)).toEqual([alertId]);
      const table = await runCli('alerts', 'list', '--status', 'open');
      expect(table.out).toMatch(/^ID\s+SEVERITY\s+STATUS\s+SOURCE/);
      expect(table.out).toContain('address:127.0.0.1');
      const ack = await runCli('alerts', 'ack', alertId, '--note', 'looking');
      expect(ack).toMatchObject({ code: 0, out: `${alertId}: acknowledged\n` });
      expect((await runCli('alerts', 'suppress', alertId)).code).toBe(0);
      expect((await runCli('alerts', 'resolve', alertId)).code).toBe(0);
      const again = await runCli('alerts', 'ack', alertId);
      expect(again.code).toBe(1);
      expect(again.err).toContain('BULWARK_E_CONFLICT');
      const show = await runCli('alerts', 'show', alertId);
      expect(show.out).toContain('resolved');
      expect(show.out).toContain('changed by: p_bootstrap_admin — looking');
      expect((await runCli('alerts', 'list', '--since', 'soon')).code).toBe(2);
    } finally {
      process.env = saved;
    }
    expect(actions.filter((a) => a.targetId === alertId).map((a) => [a.action, a.detail?.to])).toEqual([
      ['alert.ack', 'acknowledged'],
      ['alert.suppress', 'suppressed'],
      ['alert.resolve', 'resolved'],
    ]);
    const audit = await call(t, 'GET', '/admin/v1/audit/entries?type=admin.action', t.key);
    expect(JSON.stringify(audit.body)).toContain('alert.resolve');
  });

  it('a reload applies new rules at once (a rule can watch reloads themselves)', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const before = readFileSync(t.policyPath!, 'utf8');
    writeFileSync(t.policyPath!, `${before}  rules:\n    - { id: reload_seen, description: The policy was reloaded, severity: info, events: [policy.reloaded] }\n`);
    expect(await t.gw.reload()).toMatchObject({ ok: true });
    await t.gw.alerting.flush();
    const r = await call(t, 'GET', '/admin/v1/alerts?source=rule.reload_seen', t.key);
    expect((r.body as { data: Alert[] }).data).toMatchObject([{ entity: { kind: 'gateway', id: 'gateway' }, severity: 'info' }]);
    // info is below the webhook's min_severity: nothing more was sent.
    expect(rx.received).toHaveLength(1);
  });

  it('a guard signal about a model carries the model owner and on-call', async () => {
    t.gw.bus.emit({ type: 'alert.signal', time: Date.now(), signal: { source: 'monitor.drift.input', severity: 'medium', title: 'drift', entity: { kind: 'model', id: 'mock-predict' }, evidence: { psi: 0.3 }, time: Date.now() } });
    await t.gw.alerting.flush();
    const r = await call(t, 'GET', '/admin/v1/alerts?entity=mock-predict', t.key);
    expect((r.body as { data: Alert[] }).data[0]).toMatchObject({ owner: 'risk-team', onCall: '#risk-oncall' });
  });
});

describe('alerting follows the injected clock', () => {
  it('stamps detections with the gateway clock, so a replay can travel in time', async () => {
    const up = await startMockUpstream({ kind: 'ok' });
    let now = Date.UTC(2030, 0, 1, 3, 0, 0);
    const t = await startTestGateway(`${mockPolicy(up.baseUrl)}alerts:\n  builtin_rules: { auth_failures: 3, window_seconds: 60 }\n`, { clock: () => now });
    try {
      for (let i = 0; i < 3; i++) {
        now += 1_000;
        await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer bwk_nope' }, body: JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] }) });
      }
      await t.gw.alerting.flush();
      const r = await call(t, 'GET', '/admin/v1/alerts', t.key);
      const a = (r.body as { data: Alert[] }).data[0]!;
      expect(a.source).toBe('rule.auth_bruteforce');
      expect(a.firstSeen).toBe(Date.UTC(2030, 0, 1, 3, 0, 3));
      expect(a.createdAt).toBe(now);
    } finally {
      await t.close();
      await up.close();
    }
  });
});
