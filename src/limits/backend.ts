// Window counters from rate-limiter-flexible: in memory for one process, in Redis (atomic Lua
// increment) for several replicas, each Redis counter insured by an in-memory one.
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import type { RedisLink } from './redis.ts';
import type { WindowSpec } from './windows.ts';

/** One window at one limit; keys are subjects. What rate-limiter-flexible's limiters offer. */
export interface WindowCounter {
  consume(key: string, points: number): Promise<RateLimiterRes>;
  reward(key: string, points: number): Promise<RateLimiterRes>;
  penalty(key: string, points: number): Promise<RateLimiterRes>;
  delete(key: string): Promise<boolean>;
  get(key: string): Promise<RateLimiterRes | null>;
}

export interface CounterBackend {
  readonly kind: 'memory' | 'redis';
  /**
   * The counter of a window for subjects with the given limit (built once, then reused; counters
   * outlive policy reloads). A counter may refuse past its limit or only count; the engine checks.
   */
  counter(window: WindowSpec, limit: number): WindowCounter;
}

export interface BackendOptions {
  /** Prefix of every counter key: `<prefix><window>:<subject kind>:<subject id>`. */
  readonly keyPrefix: string;
  /** How long an unreleased concurrency slot stays taken (a replica that died mid-request). */
  readonly leaseSeconds: number;
}

function durationOf(window: WindowSpec, opts: BackendOptions): number {
  return window.unit === 'concurrent' ? opts.leaseSeconds : window.seconds;
}

/**
 * Counters of one process (one backend per key prefix). One counter per window whatever the
 * limit: it only counts (it never refuses) and the engine compares the count with each subject's
 * limit, so an override that changes a key's limit keeps what the key has used.
 */
export class MemoryBackend implements CounterBackend {
  readonly kind = 'memory';
  private readonly counters = new Map<string, WindowCounter>();

  constructor(private readonly opts: BackendOptions) {}

  counter(window: WindowSpec): WindowCounter {
    let c = this.counters.get(window.name);
    if (!c) {
      // Its own map per window: no prefix, so the subject's key string (and its cached hash) is used as is.
      c = new RateLimiterMemory({ points: Number.MAX_SAFE_INTEGER, duration: durationOf(window, this.opts), keyPrefix: '' });
      this.counters.set(window.name, c);
    }
    return c;
  }
}

export interface RedisBackendOptions extends BackendOptions {
  /** Insurance: each replica admits ceil(limit / replicas) in memory while Redis is unreachable. */
  readonly insuranceReplicas: number | undefined;
}

/**
 * Counters in Redis, one key per window and subject, incremented atomically by a Lua script, so
 * every replica sees one count. The key does not depend on the limit: an override that raises a
 * key's limit keeps its count.
 */
export class RedisBackend implements CounterBackend {
  readonly kind = 'redis';
  private readonly counters = new Map<string, WindowCounter>();

  constructor(
    private readonly link: RedisLink,
    private readonly opts: RedisBackendOptions,
  ) {}

  counter(window: WindowSpec, limit: number): WindowCounter {
    const id = `${window.name}|${limit}`;
    let c = this.counters.get(id);
    if (!c) {
      const duration = durationOf(window, this.opts);
      const keyPrefix = `${this.opts.keyPrefix}${window.name}`;
      const replicas = this.opts.insuranceReplicas;
      c = new RateLimiterRedis({
        storeClient: this.link.client,
        points: limit,
        duration,
        keyPrefix,
        rejectIfRedisNotReady: true,
        ...(replicas !== undefined ? { insuranceLimiter: new RateLimiterMemory({ points: Math.ceil(limit / replicas), duration, keyPrefix }) } : {}),
      });
      this.counters.set(id, c);
    }
    return c;
  }
}
