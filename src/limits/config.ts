// The `limit.rate` guard's config: which subjects get which windows, per-key/principal/model
// overrides, the counter backend (memory or Redis), the insurance limiter and token estimation.
import { z } from 'zod';
import { SecretRef } from '../config/secret-ref.ts';
import { LimitOverride, LimitSet } from './windows.ts';

/** A Redis URL written in the policy; a password belongs in a secret reference, not here. */
const plainRedisUrl = z
  .string()
  .max(2048)
  .refine((u) => {
    try {
      const p = new URL(u);
      return (p.protocol === 'redis:' || p.protocol === 'rediss:') && p.password === '';
    } catch {
      return false;
    }
  }, 'must be a redis:// or rediss:// URL without a password (put a URL with a password in {env: NAME} or {file: path})');

const subjectId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, 'letters, digits, . _ : @ - (max 128)');

export const RedisBackendConfig = z.strictObject({
  url: z.union([plainRedisUrl, SecretRef]).describe('redis://host:port/db, or {env: NAME} / {file: path} holding the URL'),
  connect_timeout_ms: z.int().min(10).max(60_000).default(2_000),
  command_timeout_ms: z.int().min(5).max(10_000).default(250).describe('A slower answer counts as Redis unreachable'),
});
export type RedisBackendConfig = z.infer<typeof RedisBackendConfig>;

export const RateLimitConfig = z
  .strictObject({
    backend: z.enum(['memory', 'redis']).default('memory').describe('memory: one process; redis: counters shared by every replica'),
    key_prefix: z
      .string()
      .regex(/^[A-Za-z0-9:_.{}-]{1,64}$/)
      .default('bulwark:limit:')
      .describe('Prefix of every counter key; give each limit.rate instance and each gateway cluster its own'),
    redis: RedisBackendConfig.optional(),
    insurance: z
      .strictObject({
        enabled: z.boolean().default(true).describe('When Redis is unreachable, limit in memory instead of failing closed'),
        replicas: z.int().min(1).max(1_000).default(1).describe('Each replica admits limit/replicas while degraded'),
      })
      .prefault({}),
    limits: z
      .strictObject({
        key: LimitSet.optional().describe('Per API key'),
        principal: LimitSet.optional().describe('Per principal (all its keys and tokens together)'),
        address: LimitSet.optional().describe('Per source address'),
        model: LimitSet.optional().describe('Per model, all callers together'),
        global: LimitSet.optional().describe('The whole gateway (or cluster, with Redis)'),
      })
      .prefault({}),
    overrides: z
      .strictObject({
        keys: z.record(subjectId, LimitOverride).default({}).describe('By API key id'),
        principals: z.record(subjectId, LimitOverride).default({}).describe('By principal id'),
        models: z.record(subjectId, LimitOverride).default({}).describe('By model name'),
      })
      .prefault({}),
    tokens: z
      .strictObject({
        encoding: z.enum(['o200k_base', 'cl100k_base']).default('o200k_base'),
        max_chars: z.int().min(1_000).max(100_000_000).default(200_000).describe('Text beyond this is estimated by proportion, not tokenized'),
        default_completion_tokens: z.int().min(0).max(10_000_000).default(256).describe('Reserved when the request sets no max_tokens'),
      })
      .prefault({}),
    concurrency_lease_s: z.int().min(10).max(86_400).default(900).describe('A concurrency slot a crashed replica never released frees itself after this'),
  })
  .superRefine((c, ctx) => {
    if (c.backend === 'redis' && !c.redis) ctx.addIssue({ code: 'custom', path: ['redis'], message: 'backend: redis needs redis.url' });
    if (c.backend === 'memory' && c.redis) ctx.addIssue({ code: 'custom', path: ['redis'], message: 'redis is set but backend is memory' });
  });
export type RateLimitConfig = z.infer<typeof RateLimitConfig>;
