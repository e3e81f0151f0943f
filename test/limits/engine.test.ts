// The limit engine on the memory backend: several windows per subject, overrides, concurrency
// release, token charge and reconcile, and a property: a window never admits more than its limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/limits/backend.ts';
import { RateLimitConfig } from '../../src/limits/config.ts';
import { LimitEngine } from '../../src/limits/engine.ts';
import { LimitPlans } from '../../src/limits/plans.ts';
import { WINDOWS, windowLimits } from '../../src/limits/windows.ts';

let prefixes = 0;
function setup(config: unknown) {
  const cfg = RateLimitConfig.parse(config);
  const engine = new LimitEngine(new MemoryBackend({ keyPrefix: `t${++prefixes}:`, leaseSeconds: cfg.concurrency_lease_s }));
  return { engine, plans: new LimitPlans(engine, cfg) };
}

const who = { keyId: 'key_a', principalId: 'p_a', address: '10.0.0.1', model: 'm' };

async function admitted(engine: LimitEngine, plans: LimitPlans, n: number, r = who, tokens = 0): Promise<number> {
  let ok = 0;
  for (let i = 0; i < n; i++) if ((await engine.admit(plans.subjects(r), tokens)).admitted) ok++;
  return ok;
}

describe('limit engine (memory)', () => {
  it('enforces several windows of one subject at once: the tightest wins', async () => {
    const { engine, plans } = setup({ limits: { key: { requests_per_second: 3, requests_per_day: 1000 } } });
    expect(await admitted(engine, plans, 10)).toBe(3);
    const refused = await engine.admit(plans.subjects(who), 0);
    expect(refused.admitted).toBe(false);
    expect(refused.exceeded.map((e) => e.policy)).toEqual(['key.requests_per_second']);
    expect(refused.retryAfterSeconds).toBe(1);
    // The day window counted every attempt, admitted or not.
    expect(refused.states.find((s) => s.policy === 'key.requests_per_day')?.remaining).toBe(1000 - 11);
  });

  it('keeps subjects apart: another key has its own count, the address and global windows are shared', async () => {
    const { engine, plans } = setup({ limits: { key: { requests_per_minute: 2 }, global: { requests_per_minute: 5 } } });
    expect(await admitted(engine, plans, 3)).toBe(2);
    expect(await admitted(engine, plans, 3, { ...who, keyId: 'key_b' })).toBe(2);
    // The global window saw 6 attempts: a third key gets nothing more.
    const third = await engine.admit(plans.subjects({ ...who, keyId: 'key_c' }), 0);
    expect(third.admitted).toBe(false);
    expect(third.exceeded.map((e) => e.subject)).toEqual(['global']);
  });

  it('applies a per-key override over the defaults, and null lifts a window', async () => {
    const { engine, plans } = setup({
      limits: { key: { requests_per_minute: 2, requests_per_hour: 3 } },
      overrides: { keys: { key_vip: { requests_per_minute: 10, requests_per_hour: null } }, principals: { p_slow: { requests_per_minute: 1 } } },
      // principal limits only for p_slow (no default principal limits)
    });
    expect(await admitted(engine, plans, 5)).toBe(2);
    expect(await admitted(engine, plans, 15, { ...who, keyId: 'key_vip' })).toBe(10);
    expect(await admitted(engine, plans, 3, { ...who, keyId: 'key_x', principalId: 'p_slow' })).toBe(1);
  });

  it('holds a concurrency slot until release, and a refused request holds none', async () => {
    const { engine, plans } = setup({ limits: { key: { concurrent: 2 } } });
    const a = await engine.admit(plans.subjects(who), 0);
    const b = await engine.admit(plans.subjects(who), 0);
    expect([a.admitted, b.admitted]).toEqual([true, true]);
    const c = await engine.admit(plans.subjects(who), 0);
    expect(c.admitted).toBe(false);
    expect(c.exceeded[0]).toMatchObject({ policy: 'key.concurrent', unit: 'concurrent' });
    await engine.release(a.holding!, undefined);
    const d = await engine.admit(plans.subjects(who), 0);
    expect(d.admitted).toBe(true);
    expect(d.states[0]).toMatchObject({ policy: 'key.concurrent', remaining: 0 });
    await engine.release(b.holding!, undefined);
    await engine.release(d.holding!, undefined);
    expect((await engine.admit(plans.subjects(who), 0)).states[0]?.remaining).toBe(1);
  });

  it('charges the token estimate up front and reconciles it with what was used', async () => {
    const { engine, plans } = setup({ limits: { key: { tokens_per_minute: 1000 } } });
    const first = await engine.admit(plans.subjects(who), 600);
    expect(first.admitted).toBe(true);
    expect(first.states[0]?.remaining).toBe(400);
    // 600 reserved, 100 used: 500 come back.
    await engine.release(first.holding!, 100);
    const second = await engine.admit(plans.subjects(who), 850);
    expect(second.admitted).toBe(true);
    expect(second.states[0]?.remaining).toBe(50);
    // Used more than reserved: the difference is charged.
    await engine.release(second.holding!, 900);
    const third = await engine.admit(plans.subjects(who), 1);
    expect(third.admitted).toBe(false);
    expect(third.exceeded[0]?.policy).toBe('key.tokens_per_minute');
  });

  it('refunds the tokens of a refused request, so a too-large ask does not burn the budget', async () => {
    const { engine, plans } = setup({ limits: { key: { tokens_per_minute: 1000, requests_per_minute: 100 } } });
    const big = await engine.admit(plans.subjects(who), 5000);
    expect(big.admitted).toBe(false);
    const small = await engine.admit(plans.subjects(who), 900);
    expect(small.admitted).toBe(true);
  });

  it('skips token windows for requests that spend no tokens', async () => {
    const { engine, plans } = setup({ limits: { key: { tokens_per_minute: 10 } } });
    const r = await engine.admit(plans.subjects(who), 0);
    expect(r).toMatchObject({ admitted: true, states: [] });
  });

  it('property: a request window never admits more than its limit, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...WINDOWS.filter((w) => w.unit === 'requests' && w.seconds >= 60)),
        fc.array(fc.tuple(fc.constantFrom('k1', 'k2', 'k3'), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 30 }),
        async (limit, window, bursts) => {
          const engine = new LimitEngine(new MemoryBackend({ keyPrefix: `p${++prefixes}:`, leaseSeconds: 60 }));
          const planned = engine.plan('key', windowLimits({ [window.name]: limit }));
          const admittedBy = new Map<string, number>();
          for (const [key, n] of bursts) {
            // A burst arrives concurrently.
            const rs = await Promise.all(Array.from({ length: n }, () => engine.admit([{ kind: 'key', id: key, windows: planned }], 0)));
            admittedBy.set(key, (admittedBy.get(key) ?? 0) + rs.filter((r) => r.admitted).length);
          }
          for (const [key, n] of admittedBy) {
            const sent = bursts.filter(([k]) => k === key).reduce((s, [, c]) => s + c, 0);
            expect(n).toBe(Math.min(limit, sent));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: concurrency never exceeds its limit while requests start and end in any order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), async (limit, steps) => {
        const engine = new LimitEngine(new MemoryBackend({ keyPrefix: `c${++prefixes}:`, leaseSeconds: 60 }));
        const planned = engine.plan('key', windowLimits({ concurrent: limit }));
        const inFlight: NonNullable<Awaited<ReturnType<LimitEngine['admit']>>['holding']>[] = [];
        for (const start of steps) {
          if (start || inFlight.length === 0) {
            const r = await engine.admit([{ kind: 'key', id: 'k', windows: planned }], 0);
            expect(r.admitted).toBe(inFlight.length < limit);
            if (r.admitted) inFlight.push(r.holding!);
          } else await engine.release(inFlight.shift()!, undefined);
          expect(inFlight.length).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('limit.rate config', () => {
  it('refuses a Redis URL with a password written in the policy', () => {
    const r = RateLimitConfig.safeParse({ backend: 'redis', redis: { url: 'redis://:hunter2@127.0.0.1:6379' }, limits: { global: { requests_per_second: 1 } } });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('without a password');
  });

  it('needs redis settings for the redis backend, and refuses unknown windows', () => {
    expect(RateLimitConfig.safeParse({ backend: 'redis', limits: { global: { requests_per_second: 1 } } }).success).toBe(false);
    expect(RateLimitConfig.safeParse({ limits: { key: { requests_per_week: 1 } } }).success).toBe(false);
    expect(RateLimitConfig.safeParse({ limits: { key: { requests_per_minute: 0 } } }).success).toBe(false);
  });
});
