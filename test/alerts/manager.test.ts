// The alert manager on both dialects (embedded SQLite and the machine's PostgreSQL): signals
// become alerts, duplicates within the window are grouped, suppressed alerts stay quiet,
// resolved ones let a new alert open, owners come from the policy, and lists filter and page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/config/load.ts';
import { EventBus } from '../../src/events/bus.ts';
import { AlertManager } from '../../src/incidents/alerts/manager.ts';
import type { AlertSink } from '../../src/export/sink.ts';
import type { Alert } from '../../src/incidents/alerts/types.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, dropTestSchema, requireService, uniqueSchema } from '../support/services.ts';

const POLICY = parsePolicy(
  `version: 1
upstreams: { demo: { builtin: demo } }
models:
  - { name: demo-fraud, kind: predict, upstream: demo, owner: fraud-team, on_call: "pagerduty:fraud" }
  - { name: demo-chat, kind: chat, upstream: demo }
alerts:
  dataset_owners: { transactions-2025: { owner: data-governance, on_call: "#data-oncall" } }
  group_window_seconds: 600
  max_request_ids: 3
  sinks:
    - { type: webhook, name: capture, url: "http://127.0.0.1:9/", min_severity: info }
`,
  'test.yaml',
).policy;

const MIN = 60_000;
const signal = (over: Partial<AlertSignal> = {}): AlertSignal => ({
  source: 'monitor.drift.input',
  severity: 'medium',
  title: 'Input drift on demo-fraud: amount PSI 0.41 > 0.25',
  entity: { kind: 'model', id: 'demo-fraud' },
  evidence: { psi: 0.41, threshold: 0.25 },
  time: 1_000 * MIN,
  requestIds: ['r1'],
  techniques: ['AML.T0043'],
  ...over,
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`alert manager on ${dialect}`, () => {
    let store: Store | undefined;
    let schema: string | undefined;
    let manager: AlertManager;
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-alerts-'));
    const bus = new EventBus();
    const delivered: Alert[] = [];
    const now = 2_000 * MIN;

    beforeAll(async () => {
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwalert');
        store = await openStore({ url: PG_URL, dataDir: dir, pgSchema: schema });
      } else store = await openStore({ dataDir: dir });
      const capture: AlertSink = { name: 'capture', type: 'webhook', deliver: async (a) => void delivered.push(a), close: async () => {} };
      manager = new AlertManager({ store, bus, policy: () => POLICY, registry: new Registry(), logger: pino({ level: 'silent' }), clock: () => now, router: { build: () => capture } });
    });

    afterAll(async () => {
      await manager?.close();
      await store?.close();
      await dropTestSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates an alert from a bus signal, with the owner of the model, and routes it', async (ctx) => {
      if (!store) return ctx.skip();
      bus.emit({ type: 'alert.signal', time: 1_000 * MIN, signal: signal() });
      await manager.flush();
      const { alerts } = await manager.repository.list();
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ source: 'monitor.drift.input', status: 'open', count: 1, owner: 'fraud-team', onCall: 'pagerduty:fraud', requestIds: ['r1'], techniques: ['AML.T0043'], evidence: { psi: 0.41 }, firstSeen: 1_000 * MIN, createdAt: now });
      expect(alerts[0]!.id).toMatch(/^alrt_[0-9a-f]{32}$/);
      expect(delivered.map((a) => a.id)).toEqual([alerts[0]!.id]);
    });

    it('groups duplicates within the window (count, first/last seen, bounded request ids), re-sending only on a higher severity', async (ctx) => {
      if (!store) return ctx.skip();
      for (let i = 1; i <= 3; i++) bus.emit({ type: 'alert.signal', time: (1_000 + i) * MIN, signal: signal({ time: (1_000 + i) * MIN, requestIds: [`r${i + 1}`], evidence: { psi: (40 + i) / 100, threshold: 0.25 } }) });
      await manager.flush();
      let { alerts } = await manager.repository.list();
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ count: 4, firstSeen: 1_000 * MIN, lastSeen: 1_003 * MIN, requestIds: ['r2', 'r3', 'r4'], evidence: { psi: 0.43 } });
      expect(delivered).toHaveLength(1);
      await manager.handle(signal({ time: 1_004 * MIN, severity: 'high' }));
      await manager.flush();
      ({ alerts } = await manager.repository.list());
      expect(alerts[0]).toMatchObject({ count: 5, severity: 'high' });
      expect(delivered).toHaveLength(2);
    });

    it('a different entity or source, or a signal after the window, opens a new alert', async (ctx) => {
      if (!store) return ctx.skip();
      await manager.handle(signal({ time: 1_005 * MIN, entity: { kind: 'model', id: 'demo-chat' } }));
      await manager.handle(signal({ time: 1_005 * MIN, source: 'monitor.drift.prediction' }));
      await manager.handle(signal({ time: 1_004 * MIN + 11 * MIN }));
      const { alerts } = await manager.repository.list();
      expect(alerts).toHaveLength(4);
      const chat = alerts.find((a) => a.entity.id === 'demo-chat')!;
      expect(chat.owner).toBeNull();
      const ds = await manager.handle(signal({ time: 1_005 * MIN, source: 'monitor.dataset.read', entity: { kind: 'dataset', id: 'transactions-2025' } }));
      expect(ds).toMatchObject({ owner: 'data-governance', onCall: '#data-oncall' });
      const unknown = await manager.handle(signal({ time: 1_005 * MIN, source: 'monitor.dataset.read', entity: { kind: 'dataset', id: 'constructor' } }));
      expect(unknown).toMatchObject({ owner: null, onCall: null });
    });

    it('suppressed alerts count duplicates without sending; resolved ones let a new alert open', async (ctx) => {
      if (!store) return ctx.skip();
      const a = await manager.handle(signal({ time: 1_100 * MIN, source: 'rule.injection_burst', entity: { kind: 'address', id: '203.0.113.9' } }));
      const sent = delivered.length;
      await manager.repository.setStatus(a!.id, 'suppressed', 'usr_admin', 'known scanner');
      const again = await manager.handle(signal({ time: 1_101 * MIN, source: 'rule.injection_burst', entity: { kind: 'address', id: '203.0.113.9' }, severity: 'critical' }));
      await manager.flush();
      expect(again!.id).toBe(a!.id);
      expect(again!.count).toBe(2);
      expect(delivered.length).toBe(sent);
      await manager.repository.setStatus(a!.id, 'resolved', 'usr_admin');
      const fresh = await manager.handle(signal({ time: 1_102 * MIN, source: 'rule.injection_burst', entity: { kind: 'address', id: '203.0.113.9' } }));
      expect(fresh!.id).not.toBe(a!.id);
      const stored = await manager.repository.get(a!.id);
      expect(stored).toMatchObject({ status: 'resolved', updatedBy: 'usr_admin', note: 'known scanner', updatedAt: now });
    });

    it('lists with filters and keyset pages', async (ctx) => {
      if (!store) return ctx.skip();
      const repo = manager.repository;
      expect((await repo.list({ status: 'resolved' })).alerts).toHaveLength(1);
      expect((await repo.list({ minSeverity: 'high' })).alerts.every((a) => a.severity === 'high' || a.severity === 'critical')).toBe(true);
      expect((await repo.list({ source: 'monitor.*' })).alerts).toHaveLength(6);
      expect((await repo.list({ source: 'rule.injection_burst' })).alerts).toHaveLength(2);
      // `_` is literal in a prefix, not a LIKE wildcard.
      expect((await repo.list({ source: 'rule.injection*' })).alerts).toHaveLength(2);
      expect((await repo.list({ source: 'rule_*' })).alerts).toHaveLength(0);
      expect((await repo.list({ entityKind: 'address', entityId: '203.0.113.9' })).alerts).toHaveLength(2);
      expect((await repo.list({ from: 1_050 * MIN })).alerts).toHaveLength(2);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await repo.list({ limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.alerts.map((a) => a.id));
        cursor = page.next;
      } while (cursor);
      const all = (await repo.list()).alerts.map((a) => a.id);
      expect(seen).toEqual(all);
      expect(all).toHaveLength(8);
      await expect(repo.list({ cursor: 'garbage' })).rejects.toThrow(RangeError);
    });
  });
}
