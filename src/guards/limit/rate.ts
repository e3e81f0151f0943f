// limit.rate: request, token and concurrency limits per key, principal, address, model and
// globally, in memory or Redis. Tokens are estimated up front and reconciled from `usage` in settle.
import type { Finding } from '../../pipeline/decision.ts';
import { SharedResourcePool } from '../../pipeline/shared-resources.ts';
import type { Guard, GuardContext, GuardDecision, GuardDeps, GuardFactory, RequestSettlement } from '../../pipeline/types.ts';
import { type CounterBackend, MemoryBackend, RedisBackend } from '../../limits/backend.ts';
import { RateLimitConfig } from '../../limits/config.ts';
import { DegradedMode, type LimitMetrics, createLimitMetrics } from '../../limits/degraded.ts';
import { type Exceeded, type Holding, LimitEngine } from '../../limits/engine.ts';
import { rateLimitHeaders } from '../../limits/headers.ts';
import { limitOverrideStore } from '../../limits/overrides.ts';
import { LimitPlans } from '../../limits/plans.ts';
import { limitInstances } from '../../limits/usage.ts';
import { RedisLink, resolveRedisUrl } from '../../limits/redis.ts';
import { TokenEstimator, loadTokenCounter } from '../../limits/tokens.ts';

const ID = 'limit.rate';

const UNIT_WORDS = { requests: 'requests', tokens: 'tokens', concurrent: 'concurrent requests' } as const;
const PER = { requests_per_second: ' per second', requests_per_minute: ' per minute', requests_per_hour: ' per hour', requests_per_day: ' per day', tokens_per_minute: ' per minute', tokens_per_day: ' per day', concurrent: '' } as const;

/** Says which subject kind and window ran out; never the key, principal or address itself. */
function finding(e: Exceeded): Finding {
  return { guard: ID, rule: e.policy, score: 1, reason: `${e.subject} limit of ${e.limit} ${UNIT_WORDS[e.unit]}${PER[e.window]} exceeded` };
}

/** Tokens the request really used, as the upstream said; 0 when it failed without saying. */
function usedTokens(outcome: RequestSettlement): number | undefined {
  const u = outcome.usage;
  if (u) {
    const total = u.totalTokens ?? (u.promptTokens ?? 0) + (u.completionTokens ?? 0);
    if (Number.isFinite(total) && total >= 0) return Math.floor(total);
  }
  // Refused or failed before an answer: nothing was generated. A stream without usage keeps the estimate.
  return outcome.status >= 400 ? 0 : undefined;
}

/** One request's holding, kept in the request's state until settle. */
interface Slot {
  holding: Holding | undefined;
  settled: boolean;
}

async function redisBackend(config: RateLimitConfig, shared: NonNullable<GuardDeps['shared']>, metrics: LimitMetrics, deps: GuardDeps) {
  const redis = config.redis!;
  const { url, id } = resolveRedisUrl(redis.url, 'limit.rate redis.url');
  // One connection per Redis URL for the life of the gateway: reloads reuse it.
  const conn = shared.get(
    `${ID}:redis:${id}`,
    () => {
      const link = new RedisLink(url, redis);
      const degraded = new DegradedMode(link, metrics, deps.signal);
      return { link, degraded, connected: link.connect() };
    },
    (c) => c.link.close(),
  );
  if (deps.signal) conn.degraded.sink = deps.signal;
  await conn.connected;
  const replicas = config.insurance.enabled ? config.insurance.replicas : undefined;
  const backend = shared.get(
    `${ID}:redis-backend:${id}|${config.key_prefix}|${config.concurrency_lease_s}|${replicas ?? 'none'}`,
    () => new RedisBackend(conn.link, { keyPrefix: config.key_prefix, leaseSeconds: config.concurrency_lease_s, insuranceReplicas: replicas }),
  );
  return { backend, degraded: conn.degraded };
}

let instances = 0;
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const ALLOW: GuardDecision = Object.freeze({ action: 'allow', findings: NO_FINDINGS });

export const rateLimitGuard: GuardFactory<RateLimitConfig> = {
  id: ID,
  stage: 'limit',
  description: 'Request, token and concurrency limits per key, principal, address, model and globally (memory or Redis), with RateLimit headers.',
  configSchema: RateLimitConfig,
  async create(config: RateLimitConfig, deps: GuardDeps): Promise<Guard> {
    const own = deps.shared ? undefined : new SharedResourcePool();
    const shared = deps.shared ?? own!;
    const metrics = shared.get(`${ID}:metrics`, () => createLimitMetrics(deps.metrics));
    let backend: CounterBackend;
    let degraded: DegradedMode | undefined;
    if (config.backend === 'redis') ({ backend, degraded } = await redisBackend(config, shared, metrics, deps));
    else {
      backend = shared.get(`${ID}:memory:${config.key_prefix}|${config.concurrency_lease_s}`, () => new MemoryBackend({ keyPrefix: config.key_prefix, leaseSeconds: config.concurrency_lease_s }));
    }
    const engine = new LimitEngine(backend);
    // Overrides set through the admin API, from the shared store (all replicas read the same).
    const admin = deps.store ? limitOverrideStore(shared, deps.store) : undefined;
    if (admin) {
      await admin.load();
      admin.start(() => metrics.faults.inc({ phase: 'overrides' }));
    }
    const plans = new LimitPlans(engine, config, admin);
    if (plans.empty) throw new Error('limit.rate: no limits configured (set limits.<subject> or overrides)');
    const t = config.tokens;
    const loadEstimator = async () => new TokenEstimator(await shared.get(`${ID}:tokenizer:${t.encoding}`, () => loadTokenCounter(t.encoding)), t.max_chars, t.default_completion_tokens);
    // Loaded up front when the policy counts tokens; otherwise when an admin override first does.
    let estimator = plans.countsTokens ? await loadEstimator() : undefined;
    const stateKey = `${ID}#${++instances}`;
    const registered = { keyPrefix: config.key_prefix, backend: config.backend, plans };
    const registry = limitInstances(shared);
    registry.add(registered);

    const release = (holding: Holding, used: number | undefined) => {
      engine.release(holding, used).catch(() => metrics.faults.inc({ phase: 'settle' }));
    };

    return {
      id: ID,
      stage: 'limit',
      async check(ctx: GuardContext): Promise<GuardDecision> {
        const p = ctx.principal;
        const subjects = plans.subjects({ keyId: p?.keyId, principalId: p?.id, address: ctx.sourceIp, model: ctx.model });
        if (subjects.length === 0) return ALLOW;
        if (!estimator && subjects.some((s) => plans.countsTokensFor(s.windows))) estimator = await loadEstimator();
        const tokens = estimator ? estimator.estimate(ctx.route, ctx.body, ctx.segments).total : 0;
        const slot: Slot = { holding: undefined, settled: false };
        ctx.state.set(stateKey, slot);
        const insured = degraded?.active === true;
        let admission;
        try {
          admission = await engine.admit(subjects, tokens);
        } catch (e) {
          metrics.faults.inc({ phase: 'admit' });
          throw e;
        }
        if (insured) metrics.insuranceDecisions.inc();
        const headers = rateLimitHeaders(admission.states);
        if (admission.admitted) {
          // A request that already ended (it timed out in this stage) releases at once.
          if (admission.holding) {
            if (slot.settled) release(admission.holding, 0);
            else slot.holding = admission.holding;
          }
          return headers ? { action: 'allow', findings: NO_FINDINGS, headers } : ALLOW;
        }
        for (const e of admission.exceeded) metrics.exceeded.inc({ subject: e.subject, window: e.window });
        return { action: 'block', findings: admission.exceeded.map(finding), ...(headers ? { headers } : {}), retryAfterSeconds: admission.retryAfterSeconds! };
      },
      settle(ctx: GuardContext, outcome: RequestSettlement): void {
        const slot = ctx.state.get(stateKey) as Slot | undefined;
        if (!slot || slot.settled) return;
        slot.settled = true;
        const holding = slot.holding;
        slot.holding = undefined;
        if (holding) release(holding, usedTokens(outcome));
      },
      async close() {
        registry.delete(registered);
        await own?.close();
      },
    };
  },
};
