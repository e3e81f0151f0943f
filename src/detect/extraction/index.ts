// Model-extraction defence state shared by the limit.extraction and harden.predict guards and the
// admin API: one tracker and one budget ledger per gateway, kept across policy reloads.
import { z } from 'zod';
import { RedisBackendConfig } from '../../limits/config.ts';
import { RedisLink, resolveRedisUrl } from '../../limits/redis.ts';
import type { SharedResources } from '../../pipeline/types.ts';
import { PrivacyBudgetLedger } from './budget.ts';
import { RemoteExtractionState } from './remote.ts';
import { ExtractionTracker } from './tracker.ts';

export { PrivacyBudgetLedger, type BudgetAccount, type BudgetRule } from './budget.ts';
export { ExtractionTracker, QueryStream, EXTRACTION_STATES, type ExtractionState, type ExtractionStatus, type ExtractionVerdict, type StreamOptions } from './tracker.ts';
export { FeatureSpace, predictInputs, type FeatureSpec } from './features.ts';
export { shapiroWilk } from './shapiro-wilk.ts';
export { topMargin } from './probing.ts';

/** Per-request `ctx.state` keys the two guards exchange. */
export const DEGRADE_STATE = 'extraction.degrade';
/** The predictions as the upstream gave them (before hardening), for the boundary detector. */
export const RAW_PREDICTIONS_STATE = 'extraction.raw_predictions';

export interface ExtractionDefence {
  readonly tracker: ExtractionTracker;
  readonly budgets: PrivacyBudgetLedger;
  /** Set once a guard names a Redis: statuses and budgets shared by every replica. */
  remote?: RemoteExtractionState;
}

/** The guards' `shared_state` option: where statuses and budgets are shared across replicas. */
export const SharedStateConfig = z.strictObject({
  redis: RedisBackendConfig,
  key_prefix: z.string().regex(/^[A-Za-z0-9:_.{}-]{1,64}$/).default('bulwark:extraction:'),
  refresh_ms: z.int().min(0).max(60_000).default(1_000).describe('How long a replica trusts its copy of a caller’s status'),
});
export type SharedStateConfig = z.infer<typeof SharedStateConfig>;

/** The Redis-backed state for a `shared_state` config: one connection per URL, kept across reloads. */
export async function remoteExtractionState(shared: SharedResources | undefined, config: SharedStateConfig): Promise<RemoteExtractionState> {
  if (!shared) throw new Error('shared_state needs the gateway’s shared resources');
  const { url, id } = resolveRedisUrl(config.redis.url, 'shared_state.redis.url');
  const conn = shared.get(
    `extraction:redis:${id}`,
    () => {
      const link = new RedisLink(url, config.redis);
      return { link, connected: link.connect() };
    },
    (c) => c.link.close(),
  );
  await conn.connected;
  const remote = shared.get(`extraction:remote:${id}:${config.key_prefix}`, () => new RemoteExtractionState(conn.link, config.key_prefix));
  extractionDefence(shared).remote = remote;
  return remote;
}

const SHARED_KEY = 'extraction.defence';

/** The gateway's one extraction state (limit.extraction sets its stream cap from its config). */
export function extractionDefence(shared: SharedResources | undefined): ExtractionDefence {
  const create = () => ({ tracker: new ExtractionTracker({ maxStreams: 5_000, maxStatuses: 100_000 }), budgets: new PrivacyBudgetLedger(100_000) });
  // Without a pool (unit tests building one guard) the state lives as long as the guard.
  return shared ? shared.get(SHARED_KEY, create) : create();
}

/** Who a query is counted against: the API key, else the principal, else the source address. */
export function extractionSubject(principal: { readonly id: string; readonly keyId?: string } | undefined, sourceIp: string): string {
  if (principal?.keyId) return `key:${principal.keyId}`;
  if (principal) return `principal:${principal.id}`;
  return `ip:${sourceIp}`;
}
