// auth.api_key: establishes who is calling from an `Authorization: Bearer bwk_…` key. One reply for
// every failure (missing, malformed, unknown, expired, revoked) so a caller learns nothing.
import { z } from 'zod';
import type { Guard, GuardContext, GuardDecision, GuardFactory, GuardDeps } from '../../pipeline/types.ts';

export const ApiKeyConfig = z.strictObject({
  header: z.enum(['authorization', 'x-api-key']).default('authorization'),
});
export type ApiKeyConfig = z.infer<typeof ApiKeyConfig>;

const ID = 'auth.api_key';
const MAX_KEY_LENGTH = 256;

function deny(rule: string): GuardDecision {
  return { action: 'block', findings: [{ guard: ID, rule, score: 1, reason: 'missing or invalid credential' }] };
}

/** The raw credential from the request, or undefined. Never logged. */
export function extractKey(ctx: Pick<GuardContext, 'headers'>, header: ApiKeyConfig['header']): string | undefined {
  const raw = ctx.headers[header];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEY_LENGTH + 7) return undefined;
  if (header === 'x-api-key') return value.trim();
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return m?.[1];
}

export const apiKeyGuard: GuardFactory<ApiKeyConfig> = {
  id: ID,
  stage: 'authenticate',
  description: 'Authenticates the caller with a Bulwark API key (Bearer bwk_…).',
  configSchema: ApiKeyConfig,
  create(config: ApiKeyConfig, deps: GuardDeps): Guard {
    const resolve = deps.resolvePrincipal;
    if (!resolve) throw new Error('auth.api_key needs a credential store');
    return {
      id: ID,
      stage: 'authenticate',
      async check(ctx) {
        const key = extractKey(ctx, config.header);
        if (key === undefined) return deny('missing_credential');
        const principal = await resolve(key, ctx.sourceIp);
        if (!principal) return deny('invalid_credential');
        return { action: 'allow', findings: [], principal };
      },
    };
  },
};
