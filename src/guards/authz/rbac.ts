// authz.rbac: deny by default. A data-plane request for model X needs a role binding granting
// `model:invoke` on `model:X`, and X within the key's model scopes (and its permission scopes).
// Every decision is recorded (policy version, matched binding) by the identity access control.
import { z } from 'zod';
import type { Guard, GuardDecision, GuardFactory } from '../../pipeline/types.ts';

export const RbacConfig = z.strictObject({});
export type RbacConfig = z.infer<typeof RbacConfig>;

const ID = 'authz.rbac';
const PERMISSION = 'model:invoke';

const REASONS: Readonly<Record<string, string>> = {
  no_principal: 'no authenticated caller',
  no_binding: 'no role binding grants model:invoke on this model',
  model_out_of_scope: 'the credential is not scoped to this model',
  credential_scope: 'the credential is not scoped to model:invoke',
  unknown_permission: 'unknown permission',
};

function deny(rule: string): GuardDecision {
  return { action: 'block', findings: [{ guard: ID, rule, score: 1, reason: REASONS[rule] ?? 'not allowed' }] };
}

export const rbacGuard: GuardFactory<RbacConfig> = {
  id: ID,
  stage: 'authorize',
  description: 'Role-based access: allows a request only when a role binding grants model:invoke on the model and the key is scoped to it.',
  configSchema: RbacConfig,
  create(_config, deps): Guard {
    const access = deps.access;
    return {
      id: ID,
      stage: 'authorize',
      check(ctx) {
        // Built without access control (e.g. `config check`): nothing can be allowed.
        if (!access) return deny('no_binding');
        if (!ctx.principal) return deny('no_principal');
        // No model (a route without one) has nothing to authorize here; routes declare their own.
        if (ctx.model === undefined) return deny('no_binding');
        const d = access.authorize(ctx.principal, PERMISSION, `model:${ctx.model}`, ctx.requestId);
        return d.allowed ? { action: 'allow', findings: [] } : deny(d.reason);
      },
    };
  },
};
