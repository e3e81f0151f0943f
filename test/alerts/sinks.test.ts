// Each sink against a real local receiver (HTTP server, UDP and TCP sockets, a file), through the
// router: filtering, retries with backoff, counting, and logs that never carry the secret.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertSinkSchema } from '../../src/config/alerts-schema.ts';
import { parseCef } from '../../src/export/cef.ts';
import { verifyWebhook } from '../../src/export/webhook.ts';
import { AlertDeliveryMetrics, AlertRouter } from '../../src/incidents/alerts/router.ts';
import { httpReceiver, sampleAlert, tcpReceiver, udpReceiver } from './support.ts';

const SECRET = 'whsec-test-0123456789';

function setup(sinks: unknown[]) {
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }));
  const registry = new Registry();
  const sleeps: number[] = [];
  const router = new AlertRouter(sinks.map((s) => AlertSinkSchema.parse(s)), {
    metrics: new AlertDeliveryMetrics(registry),
    logger,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  });
  const count = async (sink: string, outcome: string) => (await registry.getSingleMetric('bulwark_alert_deliveries_total')!.get()).values.find((v) => v.labels.sink === sink && v.labels.outcome === outcome)?.value ?? 0;
  return { router, logs, sleeps, count };
}

describe('alert sinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-sinks-'));
  beforeAll(() => {
    process.env.BULWARK_TEST_WEBHOOK_SECRET = SECRET;
  });
  afterAll(() => {
    delete process.env.BULWARK_TEST_WEBHOOK_SECRET;
    rmSync(dir, { recursive: true, force: true });
  });

  it('webhook: signed JSON, retried with doubling backoff after 5xx, not after 4xx; the secret is never logged', async () => {
    const rx = await httpReceiver();
    try {
      const { router, logs, sleeps, count } = setup([{ type: 'webhook', name: 'hook', url: rx.url, secret: { env: 'BULWARK_TEST_WEBHOOK_SECRET' }, min_severity: 'low', backoff_ms: 100 }]);
      rx.statuses = [503, 500];
      router.route(sampleAlert());
      await router.idle();
      expect(rx.received).toHaveLength(3);
      expect(sleeps).toEqual([100, 200]);
      const last = rx.received[2]!;
      expect(JSON.parse(last.body)).toMatchObject({ object: 'alert', id: sampleAlert().id, severity: 'high', owner: 'fraud-team', on_call: 'pagerduty:fraud', request_ids: ['req-1', 'req-2'] });
      const ts = String(last.headers['x-bulwark-timestamp']);
      expect(verifyWebhook(SECRET, ts, last.body, String(last.headers['x-bulwark-signature']), Math.floor(Date.now() / 1000))).toBe(true);
      expect(await count('hook', 'delivered')).toBe(1);

      rx.statuses = [400];
      router.route(sampleAlert({ id: 'alrt_ffffffffffffffffffffffffffffffff' }));
      await router.idle();
      expect(rx.received).toHaveLength(4);
      expect(await count('hook', 'failed')).toBe(1);
      expect(logs.join('')).toContain('receiver answered HTTP 400');
      expect(logs.join('')).not.toContain(SECRET);
      await router.close();
    } finally {
      await rx.close();
    }
  });

  it('webhook: gives up after max_attempts when the receiver is down', async () => {
    const rx = await httpReceiver();
    const url = rx.url;
    await rx.close();
    const { router, sleeps, count, logs } = setup([{ type: 'webhook', name: 'down', url, max_attempts: 3, backoff_ms: 10 }]);
    router.route(sampleAlert());
    await router.idle();
    expect(sleeps).toEqual([10, 20]);
    expect(await count('down', 'failed')).toBe(1);
    expect(logs.join('')).toMatch(/request failed \(ECONNREFUSED\)/);
  });

  it('slack: {text, blocks} to the incoming webhook', async () => {
    const rx = await httpReceiver();
    try {
      const { router } = setup([{ type: 'slack', name: 'chat', url: rx.url }]);
      router.route(sampleAlert());
      await router.idle();
      const body = JSON.parse(rx.received[0]!.body) as { text: string; blocks: unknown[] };
      expect(body.text).toContain('[HIGH]');
      expect(body.blocks.length).toBeGreaterThanOrEqual(3);
    } finally {
      await rx.close();
    }
  });

  it('slack: the webhook URL (a credential) may come from the environment, and a bad one is refused without echoing it', async () => {
    const rx = await httpReceiver();
    try {
      process.env.BULWARK_TEST_SLACK_URL = rx.url;
      const { router } = setup([{ type: 'slack', name: 'chat-env', url: { env: 'BULWARK_TEST_SLACK_URL' } }]);
      router.route(sampleAlert());
      await router.idle();
      expect(rx.received).toHaveLength(1);
      process.env.BULWARK_TEST_SLACK_URL = 'ftp://tok3n@example';
      expect(() => setup([{ type: 'slack', name: 'bad', url: { env: 'BULWARK_TEST_SLACK_URL' } }])).toThrow(/^alerts\.sinks\.bad\.url: not an http/);
      try {
        setup([{ type: 'slack', name: 'bad', url: { env: 'BULWARK_TEST_SLACK_URL' } }]);
      } catch (e) {
        expect((e as Error).message).not.toContain('tok3n');
      }
    } finally {
      delete process.env.BULWARK_TEST_SLACK_URL;
      await rx.close();
    }
  });

  it('routes by minimum severity and source', async () => {
    const rx = await httpReceiver();
    try {
      const { router } = setup([{ type: 'webhook', name: 'crit', url: rx.url, min_severity: 'critical' }, { type: 'webhook', name: 'rules', url: `${rx.url}?rules`, min_severity: 'info', sources: ['rule.*'] }]);
      router.route(sampleAlert({ severity: 'high' }));
      router.route(sampleAlert({ severity: 'critical', id: 'alrt_c0000000000000000000000000000000' }));
      router.route(sampleAlert({ severity: 'low', source: 'rule.auth_bruteforce', id: 'alrt_r0000000000000000000000000000000' }));
      await router.idle();
      expect(rx.received.map((r) => (JSON.parse(r.body) as { id: string }).id).sort()).toEqual(['alrt_c0000000000000000000000000000000', 'alrt_r0000000000000000000000000000000']);
    } finally {
      await rx.close();
    }
  });

  it('syslog over UDP: one RFC 5424 message with CEF per datagram', async () => {
    const rx = await udpReceiver();
    try {
      const { router } = setup([{ type: 'syslog', name: 'siem-udp', transport: 'udp', host: '127.0.0.1', port: rx.port, hostname: 'gw1' }]);
      router.route(sampleAlert());
      await router.idle();
      for (let i = 0; i < 50 && rx.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(rx.messages).toHaveLength(1);
      expect(rx.messages[0]).toMatch(/^<83>1 \S+Z gw1 bulwark \d+ alert - CEF:0\|Bulwark\|/);
      expect(parseCef(rx.messages[0]!.slice(rx.messages[0]!.indexOf('CEF:'))).ext.externalId).toBe(sampleAlert().id);
      await router.close();
    } finally {
      await rx.close();
    }
  });

  it('syslog over TCP: octet-counted frames on one connection, reconnecting after it breaks', async () => {
    const rx = await tcpReceiver();
    try {
      const { router } = setup([{ type: 'syslog', name: 'siem-tcp', transport: 'tcp', host: '127.0.0.1', port: rx.port, backoff_ms: 10 }]);
      router.route(sampleAlert({ title: 'first\nline with = and | and é' }));
      router.route(sampleAlert({ title: 'second' }));
      await router.idle();
      for (let i = 0; i < 50 && rx.messages.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      expect(rx.messages).toHaveLength(2);
      expect(rx.connections).toBe(1);
      const cef = parseCef(rx.messages[0]!.slice(rx.messages[0]!.indexOf('CEF:')));
      expect(cef.ext.msg).toBe('first\nline with = and | and é');
      await router.close();
    } finally {
      await rx.close();
    }
  });

  it('OCSF: Detection Finding JSON lines appended to a file', async () => {
    const path = join(dir, 'findings.jsonl');
    const { router } = setup([{ type: 'ocsf', name: 'lake', path, min_severity: 'info' }]);
    router.route(sampleAlert());
    router.route(sampleAlert({ count: 2 }));
    await router.idle();
    await router.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { class_uid: number; activity_id: number });
    expect(lines.map((l) => [l.class_uid, l.activity_id])).toEqual([[2004, 1], [2004, 2]]);
  });

  it('OCSF: an unwritable path fails the delivery and is counted, without crashing', async () => {
    const { router, count } = setup([{ type: 'ocsf', name: 'bad', path: join(dir, 'missing-dir', 'x.jsonl'), max_attempts: 2, backoff_ms: 10 }]);
    router.route(sampleAlert());
    await router.idle();
    expect(await count('bad', 'failed')).toBe(1);
    await router.close();
  });

  it('refuses a sink whose secret is missing when it is built', () => {
    expect(() => new AlertRouter([AlertSinkSchema.parse({ type: 'webhook', name: 'x', url: 'http://127.0.0.1:1/', secret: { env: 'BULWARK_TEST_NOT_SET' } })], { metrics: new AlertDeliveryMetrics(new Registry()), logger: pino({ level: 'silent' }) })).toThrow(/BULWARK_TEST_NOT_SET is not set/);
  });
});
