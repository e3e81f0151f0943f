// authz.scope: deny by default — a caller reaches a model only if its credential's scopes name it.
// (Role bindings and the permission catalogue extend this in the identity issue.)
import { z } from 'zod';
import type { Guard, GuardDecision, GuardFactory } from '../../pipeline/types.ts';
import { matchesAny } from '../../pipeline/glob.ts';

export const ScopeConfig = z.strictObject({});
export type ScopeConfig = z.infer<typeof ScopeConfig>;

const ID = 'authz.scope';

function deny(rule: string, reason: string): GuardDecision {
  return { action: 'block', findings: [{ guard: ID, rule, score: 1, reason }] };
}

export const scopeGuard: GuardFactory<ScopeConfig> = {
  id: ID,
  stage: 'authorize',
  description: "Allows a request only when the model is within the credential's scopes.",
  configSchema: ScopeConfig,
  create(): Guard {
    return {
      id: ID,
      stage: 'authorize',
      check(ctx) {
        if (!ctx.principal) return deny('no_principal', 'no authenticated caller');
        if (ctx.model === undefined) return { action: 'allow', findings: [] };
        if (!matchesAny(ctx.principal.modelScopes, ctx.model)) {
          return deny('model_out_of_scope', 'the credential is not scoped to this model');
        }
        return { action: 'allow', findings: [] };
      },
    };
  },
};
