// limit.rate on the machine's Redis: counters shared by replicas, one round trip for every
// window, and Redis going away: the insurance limiter answers, degraded mode is signalled and exported.
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitGuard } from '../../src/guards/limit/rate.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { RedisBackend } from '../../src/limits/backend.ts';
import { RateLimitConfig } from '../../src/limits/config.ts';
import { LimitEngine } from '../../src/limits/engine.ts';
import { LimitPlans } from '../../src/limits/plans.ts';
import { RedisLink } from '../../src/limits/redis.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { Guard, GuardContext } from '../../src/pipeline/types.ts';
import { requireService } from '../support/services.ts';
import { type TcpProxy, startTcpProxy } from './tcp-proxy.ts';

const PREFIX = `bulwark-test:${process.pid}:${Math.floor(Math.random() * 1e9)}:`;
const who = { keyId: 'key_a', principalId: 'p', address: '10.0.0.9', model: 'm' };

async function dropKeys(prefix: string): Promise<void> {
  const r = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
  await r.connect();
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await r.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  r.disconnect();
}

function ctx(sourceIp = '10.0.0.9'): GuardContext {
  return {
    requestId: 'r',
    route: 'predict',
    model: 'm',
    modelKind: 'predict',
    sourceIp,
    headers: {},
    body: {},
    principal: { id: 'p', kind: 'service', name: 'svc', keyId: 'key_a', modelScopes: ['*'], roles: [] },
    segments: [],
    state: new Map(),
  };
}

const up = await requireService('redis');

describe.skipIf(!up)('limit.rate on Redis', () => {
  const links: RedisLink[] = [];
  afterAll(async () => {
    for (const l of links) await l.close();
    await dropKeys(PREFIX);
  });

  async function replica(prefix: string, limits: unknown, port = 6379) {
    const link = new RedisLink(`redis://127.0.0.1:${port}`, { connect_timeout_ms: 1_000, command_timeout_ms: 250 });
    links.push(link);
    expect(await link.connect()).toBe(true);
    const cfg = RateLimitConfig.parse({ backend: 'redis', key_prefix: prefix, redis: { url: `redis://127.0.0.1:${port}` }, limits });
    const engine = new LimitEngine(new RedisBackend(link, { keyPrefix: prefix, leaseSeconds: 60, insuranceReplicas: 1 }));
    return { engine, plans: new LimitPlans(engine, cfg) };
  }

  it('two replicas share one count: 40 concurrent requests against a limit of 15 admit exactly 15', async () => {
    const limits = { key: { requests_per_minute: 15, requests_per_day: 1000 } };
    const a = await replica(`${PREFIX}x:`, limits);
    const b = await replica(`${PREFIX}x:`, limits);
    const all = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).engine.admit((i % 2 ? a : b).plans.subjects(who), 0)));
    expect(all.filter((r) => r.admitted).length).toBe(15);
  });

  it('charges and reconciles tokens and frees concurrency slots in Redis', async () => {
    const r = await replica(`${PREFIX}t:`, { key: { tokens_per_minute: 1000, concurrent: 1 } });
    const first = await r.engine.admit(r.plans.subjects(who), 700);
    expect(first.admitted).toBe(true);
    expect((await r.engine.admit(r.plans.subjects(who), 10)).exceeded.map((e) => e.policy)).toEqual(['key.concurrent']);
    await r.engine.release(first.holding!, 50);
    const second = await r.engine.admit(r.plans.subjects(who), 900);
    expect(second.admitted).toBe(true);
    expect(second.states.find((s) => s.policy === 'key.tokens_per_minute')?.remaining).toBe(1000 - 50 - 900);
    await r.engine.release(second.holding!, 900);
  });

  it('sends every window of every subject in one round trip', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: 6379 });
    try {
      const r = await replica(`${PREFIX}rt:`, {
        key: { requests_per_second: 100, requests_per_minute: 1000, requests_per_day: 10_000, tokens_per_minute: 1e6, concurrent: 10 },
        principal: { requests_per_minute: 1000 },
        address: { requests_per_minute: 1000 },
        global: { requests_per_second: 10_000 },
      }, proxy.port);
      const warm = await r.engine.admit(r.plans.subjects(who), 10); // loads the Lua script (EVALSHA miss, EVAL)
      await r.engine.release(warm.holding!, 10);
      const n = 20;
      let writes = 0;
      for (let i = 0; i < n; i++) {
        const before = proxy.writes;
        const adm = await r.engine.admit(r.plans.subjects(who), 10);
        writes += proxy.writes - before;
        expect(adm.admitted).toBe(true);
        expect(adm.states.length).toBe(8);
        await r.engine.release(adm.holding!, 10);
      }
      expect(writes / n).toBe(1);
    } finally {
      await proxy.close();
    }
  });
});

describe.skipIf(!up)('limit.rate when Redis is unreachable', () => {
  let proxy: TcpProxy;
  const pools: SharedResourcePool[] = [];
  beforeAll(async () => {
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 6379 });
  });
  afterAll(async () => {
    for (const p of pools) await p.close();
    await proxy.close();
    await dropKeys(PREFIX);
  });

  async function guard(insurance: boolean, prefix: string) {
    const shared = new SharedResourcePool();
    pools.push(shared);
    const registry = new Registry();
    const signals: AlertSignal[] = [];
    const config = RateLimitConfig.parse({
      backend: 'redis',
      key_prefix: prefix,
      redis: { url: `redis://127.0.0.1:${proxy.port}`, connect_timeout_ms: 500, command_timeout_ms: 100 },
      insurance: { enabled: insurance, replicas: 2 },
      limits: { key: { requests_per_minute: 6 } },
    });
    const g: Guard = await rateLimitGuard.create(config, { shared, metrics: registry, signal: (s) => signals.push(s) });
    return { g, registry, signals };
  }

  const gauge = async (registry: Registry) => (await registry.getSingleMetric('bulwark_limit_degraded')!.get()).values[0]?.value;

  it('falls back to the per-replica insurance limiter, says so, and recovers', async () => {
    const { g, registry, signals } = await guard(true, `${PREFIX}ins:`);
    expect((await g.check(ctx())).action).toBe('allow');
    expect(await gauge(registry)).toBe(0);
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 100));
    // Degraded: each of 2 replicas may admit ceil(6 / 2) = 3 on its own.
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push((await g.check(ctx())).action);
    expect(decisions).toEqual(['allow', 'allow', 'allow', 'block', 'block']);
    expect(await gauge(registry)).toBe(1);
    expect(signals).toEqual([expect.objectContaining({ source: 'limit.rate', severity: 'high', entity: { kind: 'gateway', id: 'limit.rate' } })]);
    const insured = (await registry.getSingleMetric('bulwark_limit_insurance_decisions_total')!.get()).values[0]?.value;
    expect(insured).toBe(5);
    await proxy.restore();
    for (let i = 0; i < 50 && (await gauge(registry)) !== 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await gauge(registry)).toBe(0);
    expect(signals.map((s) => s.severity)).toEqual(['high', 'info']);
    // Back on Redis: its count (1 before the cut) is the one that matters again.
    expect((await g.check(ctx())).action).toBe('allow');
  });

  it('without insurance, a request fails closed while Redis is unreachable', async () => {
    const { g } = await guard(false, `${PREFIX}noins:`);
    expect((await g.check(ctx())).action).toBe('allow');
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 100));
    await expect(g.check(ctx())).rejects.toThrow(/limit counter failed/);
    await proxy.restore();
  });
});
