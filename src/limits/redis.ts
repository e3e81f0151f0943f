// The Redis connection the limit counters share (ioredis, auto-pipelined), and whether it is
// usable: commands fail fast while it is down, so the insurance limiter answers instead of waiting.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { resolveSecret } from '../upstream/secrets.ts';
import type { RedisBackendConfig } from './config.ts';

export type LinkState = 'connecting' | 'ready' | 'down';

export class RedisLink {
  readonly client: Redis;
  private current: LinkState = 'connecting';
  private readonly listeners = new Set<(state: LinkState, reason: string) => void>();

  constructor(url: string, cfg: Pick<RedisBackendConfig, 'connect_timeout_ms' | 'command_timeout_ms'>) {
    this.client = new Redis(url, {
      // Every command issued in one tick goes out in one write: one round trip for all windows.
      enableAutoPipelining: true,
      // A command while disconnected fails at once (the insurance limiter answers) instead of queueing.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: cfg.connect_timeout_ms,
      commandTimeout: cfg.command_timeout_ms,
      lazyConnect: true,
      retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
    });
    this.client.on('ready', () => this.set('ready', 'connected'));
    this.client.on('error', (err: Error & { code?: string }) => this.set('down', err.code ?? err.name));
    this.client.on('close', () => this.set('down', 'connection closed'));
    this.client.on('end', () => this.set('down', 'connection ended'));
  }

  get state(): LinkState {
    return this.current;
  }

  /** Connects, waiting at most the connect timeout; a failure leaves it reconnecting in the background. */
  async connect(): Promise<boolean> {
    try {
      await this.client.connect();
      return true;
    } catch {
      this.set('down', 'connect failed');
      return false;
    }
  }

  onChange(listener: (state: LinkState, reason: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: LinkState, reason: string): void {
    if (state === this.current) return;
    this.current = state;
    for (const l of this.listeners) l(state, reason);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.client.disconnect(false);
  }
}

/** The URL the policy names (plain, or from a secret) and a stable id for it that reveals nothing. */
export function resolveRedisUrl(url: RedisBackendConfig['url'], where: string): { url: string; id: string } {
  const resolved = typeof url === 'string' ? url : resolveSecret(url, where);
  if (!/^rediss?:\/\//i.test(resolved)) throw new Error(`${where}: the secret must hold a redis:// or rediss:// URL`);
  return { url: resolved, id: createHash('sha256').update(resolved).digest('hex').slice(0, 16) };
}
