// Time-travel tests of the behaviour baselines: a normal simulated week raises nothing; then each
// planted pattern (3 AM bulk read, request spike, probing, blocked-injection burst, repeated
// authentication failures, activity at an unusual hour) raises its signal within its window.
import { describe, expect, it } from 'vitest';
import { BehaviourSchema } from '../../src/config/alerts-schema.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { BehaviourMonitor } from '../../src/monitor/behaviour/monitor.ts';
import { DAY, HOUR, MIN, PERSONAS, T0, normalTraffic, request } from './traffic.ts';

function monitorAfterNormalWeek(overrides: Record<string, unknown> = {}) {
  const signals: AlertSignal[] = [];
  const config = BehaviourSchema.parse(overrides);
  let now = T0;
  const m = new BehaviourMonitor({ config, signal: (s) => signals.push(s), clock: () => now });
  for (const { slotEnd, events } of normalTraffic(T0, 7)) {
    for (const e of events) m.observe(e);
    now = slotEnd;
    m.tick(now);
  }
  return { m, signals, advance: (t: number) => ((now = t), m.tick(t)) };
}

describe('behaviour baselines', () => {
  // One simulated week, then the planted events on day 8 and 9, in order.
  const WEEK = monitorAfterNormalWeek();

  it('a normal simulated week raises nothing', () => {
    expect(WEEK.signals.map((s) => `${s.source} ${s.entity.kind}:${s.entity.id} ${s.title}`)).toEqual([]);
    expect(WEEK.m.trackedIdentities).toBe(PERSONAS.length * 3);
  });

  it('fires each planted pattern, and only where it was planted', () => {
    const { m, signals, advance } = WEEK;
    const day8 = T0 + 7 * DAY;
    const p1 = PERSONAS[1]!;
    const p2 = PERSONAS[2]!;
    const p3 = PERSONAS[3]!;
    const p4 = PERSONAS[4]!;
    const p5 = PERSONAS[5]!;
    const started: Record<string, number> = {};
    // 03:00: p1 downloads in bulk (the 3 AM dataset download).
    started.bulk = day8 + 3 * HOUR;
    for (let i = 0; i < 60; i++) m.observe(request({ time: started.bulk + i * 2_000, address: p1.address, principal: p1.principal, key: p1.key, model: 'demo-fraud', tokens: 8_000 }));
    // 02:10: p5 works quietly at an hour it never works.
    started.hours = day8 + 2 * HOUR + 10 * MIN;
    for (let i = 0; i < 8; i++) m.observe(request({ time: started.hours + i * 20_000, address: p5.address, principal: p5.principal, key: p5.key, model: 'demo-chat', tokens: 500 }));
    advance(day8 + 10 * HOUR);
    // 10:00: a request spike from p2's address.
    started.spike = day8 + 10 * HOUR;
    for (let i = 0; i < 400; i++) m.observe(request({ time: started.spike + i * 500, address: p2.address, principal: p2.principal, key: p2.key, model: 'demo-chat', tokens: 10 }));
    // 11:00: p3 walks through many models (probing), most refused.
    started.probing = day8 + 11 * HOUR;
    for (let i = 0; i < 12; i++) {
      m.observe({ type: 'authz.decision', time: started.probing + i * 5_000, requestId: `probe-${i}`, surface: 'data', principalId: p3.principal, permission: 'model:invoke', resource: `model:secret-model-${i}`, allowed: false, reason: 'no binding', policyVersion: 'x' });
    }
    // 12:00: a burst of blocked injection attempts from p4's address.
    started.blocks = day8 + 12 * HOUR;
    for (let i = 0; i < 15; i++) m.observe(request({ time: started.blocks + i * 3_000, address: p4.address, principal: p4.principal, key: p4.key, model: 'demo-chat', blockedBy: 'scan.injection' }));
    // 13:00: a new address hammers the gateway with bad keys.
    started.auth = day8 + 13 * HOUR;
    for (let i = 0; i < 40; i++) m.observe({ type: 'auth.failed', time: started.auth + i * 1_000, surface: 'data', sourceIp: '203.0.113.9', reason: 'unknown_key', recentFromSource: i + 1 });
    advance(day8 + 14 * HOUR);

    const by = (source: string) => signals.filter((s) => s.source === source);
    const bulk = by('behaviour.bulk_read');
    expect(bulk.map((s) => s.entity)).toEqual([{ kind: 'principal', id: p1.principal }]);
    expect(bulk[0]!.time - started.bulk).toBeLessThan(5 * MIN);
    expect(bulk[0]!.evidence).toMatchObject({ feature: 'volume', baseline: 'identity' });
    expect(Number(bulk[0]!.evidence.value)).toBeGreaterThan(Number(bulk[0]!.evidence.limit));
    expect(bulk[0]!.requestIds!.length).toBeGreaterThan(0);

    const hours = by('behaviour.unusual_hours').map((s) => s.entity.id).sort();
    expect(hours).toEqual([p1.principal, p5.principal].sort());

    const spike = by('behaviour.request_spike');
    expect(spike.map((s) => `${s.entity.kind}:${s.entity.id}`).sort()).toEqual([`address:${p2.address}`, `key:${p2.key}`]);
    expect(spike[0]!.time - started.spike).toBeLessThan(2 * MIN);

    expect(by('behaviour.probing').map((s) => s.entity.id)).toEqual([p3.principal]);
    expect(by('behaviour.block_burst').map((s) => s.entity.id)).toEqual([p4.address]);
    const auth = by('behaviour.auth_failures');
    expect(auth.map((s) => s.entity.id)).toEqual(['203.0.113.9']);
    expect(auth[0]!.evidence.baseline).toBe('population');
    expect(auth[0]!.time - started.auth).toBeLessThan(MIN);
  });

  it('the isolation forest flags a window odd in several features at once that no single limit catches', () => {
    const { m, signals, advance } = WEEK;
    const p = PERSONAS[7]!;
    const t = T0 + 8 * DAY + 15 * HOUR;
    const before = signals.length;
    // Under every per-feature limit (3 blocks < 5, 4 refused keys < 10), but never seen together.
    for (let i = 0; i < 3; i++) m.observe(request({ time: t + i * 1_000, address: p.address, principal: p.principal, key: p.key, model: 'demo-chat', blockedBy: 'scan.injection' }));
    for (let i = 0; i < 4; i++) m.observe({ type: 'auth.failed', time: t + 5_000 + i * 1_000, surface: 'data', sourceIp: p.address, reason: 'unknown_key', recentFromSource: i + 1 });
    advance(t + 6 * MIN);
    const fired = signals.slice(before);
    expect(fired.map((s) => `${s.source} ${s.entity.kind}:${s.entity.id}`)).toEqual([`behaviour.outlier address:${p.address}`]);
    expect(Number(fired[0]!.evidence.anomaly_score)).toBeGreaterThan(0.8);
  });

  it('the timer closes many windows in slices, leaving the event loop free in between', async () => {
    let now = T0;
    const m = new BehaviourMonitor({ config: BehaviourSchema.parse({}), signal: () => {}, clock: () => now });
    for (let i = 0; i < 4_000; i++) m.observe(request({ time: T0 + i, address: `198.51.${i >> 8}.${i & 255}` }));
    now = T0 + 10 * MIN;
    const timerTick = (m as unknown as { tickInSlices(): void }).tickInSlices.bind(m);
    timerTick();
    let turns = 0;
    const pending = () => (m as unknown as { closing: unknown[] }).closing.length;
    while (pending() > 0 && turns < 10_000) {
      await new Promise((r) => setImmediate(r));
      turns++;
    }
    expect(pending()).toBe(0);
    // Every window was learned: the address population baseline now has 4000 windows.
    expect((m as unknown as { population: Record<string, { count: number }> }).population.address!.count).toBe(4_000);
  });

  it('keeps memory bounded: least recently seen identities are forgotten', () => {
    const m = new BehaviourMonitor({ config: BehaviourSchema.parse({ max_identities: 50 }), signal: () => {} });
    for (let i = 0; i < 500; i++) m.observe(request({ time: T0 + i, address: `192.0.2.${i % 250}`, principal: `p${i}` }));
    expect(m.trackedIdentities).toBe(50);
  });

  it('an attack window does not teach the baseline (a repeated spike keeps firing)', () => {
    const { m, signals, advance } = WEEK;
    const p = PERSONAS[6]!;
    const day9 = T0 + 8 * DAY + 10 * HOUR;
    const before = signals.length;
    for (let round = 0; round < 3; round++) {
      const t = day9 + round * 10 * MIN;
      for (let i = 0; i < 300; i++) m.observe(request({ time: t + i * 500, address: p.address }));
      advance(t + 6 * MIN);
    }
    expect(signals.slice(before).filter((s) => s.source === 'behaviour.request_spike' && s.entity.kind === 'address')).toHaveLength(3);
  });
});
