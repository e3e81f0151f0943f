// Deny-by-default authorization: a principal may do something only if a live role binding grants
// the permission on the resource, and the credential it used is scoped to both. Decisions carry
// the policy version and the matched binding, and are cached per resolved principal.
import { matchesAny } from '../pipeline/glob.ts';
import type { Principal, PrincipalBinding } from '../pipeline/types.ts';
import { isPermission, patternCovers, resourceKind } from './permissions.ts';
import type { RoleTable } from './roles.ts';

export type DenyReason = 'no_principal' | 'unknown_permission' | 'no_binding' | 'credential_scope' | 'model_out_of_scope';

export interface AccessDecision {
  readonly allowed: boolean;
  readonly permission: string;
  /** `kind:name` (e.g. `model:demo-chat`), or undefined for a permission on the whole system. */
  readonly resource: string | undefined;
  readonly principalId: string | undefined;
  readonly reason: 'granted' | DenyReason;
  /** The binding that granted access. */
  readonly binding?: { readonly id: string; readonly role: string; readonly resource: string };
  readonly policyVersion: string;
}

interface Cached {
  readonly decision: AccessDecision;
  /** The decision stands until then (the matched binding's expiry); denials only change with the principal. */
  readonly until: number;
}

const MAX_CACHED_PER_PRINCIPAL = 1_024;

/** Whether a binding's resource scope covers a resource (`kind:name`, or undefined for system-wide). */
export function bindingCovers(bindingResource: string, resource: string | undefined): boolean {
  if (bindingResource === '*') return true;
  if (resource === undefined) return false;
  const colon = bindingResource.indexOf(':');
  if (colon <= 0) return false;
  const kind = bindingResource.slice(0, colon);
  if (!resource.startsWith(`${kind}:`)) return false;
  return matchesAny([bindingResource.slice(colon + 1)], resource.slice(colon + 1));
}

function bindingsOf(p: Principal): readonly PrincipalBinding[] {
  return p.bindings ?? p.roles.map((role) => ({ id: `role:${role}`, role, resource: '*', expiresAt: null }));
}

export class Authorizer {
  // Keyed by the principal object: a credential refresh makes a new object, so stale decisions
  // (a revoked binding, a changed scope) disappear with the object that held them.
  private readonly cache = new WeakMap<Principal, Map<string, Cached>>();

  constructor(
    readonly roles: RoleTable,
    readonly policyVersion: string,
    private readonly now: () => number = Date.now,
  ) {}

  decide(principal: Principal | undefined, permission: string, resource?: string): AccessDecision {
    if (!principal) return this.deny(undefined, permission, resource, 'no_principal');
    const key = resource === undefined ? permission : `${permission}\u0000${resource}`;
    let perPrincipal = this.cache.get(principal);
    const now = this.now();
    const hit = perPrincipal?.get(key);
    if (hit && hit.until > now) return hit.decision;
    const { decision, until } = this.evaluate(principal, permission, resource, now);
    if (!perPrincipal) {
      perPrincipal = new Map();
      this.cache.set(principal, perPrincipal);
    }
    if (perPrincipal.size >= MAX_CACHED_PER_PRINCIPAL) perPrincipal.clear();
    perPrincipal.set(key, { decision, until });
    return decision;
  }

  private evaluate(p: Principal, permission: string, resource: string | undefined, now: number): Cached {
    const forever = Number.POSITIVE_INFINITY;
    if (!isPermission(permission)) return { decision: this.deny(p.id, permission, resource, 'unknown_permission'), until: forever };
    if (p.permissionScopes && !p.permissionScopes.some((pat) => patternCovers(pat, permission))) {
      return { decision: this.deny(p.id, permission, resource, 'credential_scope'), until: forever };
    }
    if (resource !== undefined && resourceKind(permission) === 'model' && resource.startsWith('model:')) {
      if (!matchesAny(p.modelScopes, resource.slice('model:'.length))) {
        return { decision: this.deny(p.id, permission, resource, 'model_out_of_scope'), until: forever };
      }
    }
    // Prefer the binding that lasts longest, so the cached allow stays valid as long as possible.
    let best: PrincipalBinding | undefined;
    for (const b of bindingsOf(p)) {
      if (b.expiresAt !== null && b.expiresAt <= now) continue;
      if (!this.roles.roleGrants(b.role, permission) || !bindingCovers(b.resource, resource)) continue;
      if (!best || (best.expiresAt !== null && (b.expiresAt === null || b.expiresAt > best.expiresAt))) best = b;
    }
    if (!best) return { decision: this.deny(p.id, permission, resource, 'no_binding'), until: forever };
    return {
      decision: {
        allowed: true,
        permission,
        resource,
        principalId: p.id,
        reason: 'granted',
        binding: { id: best.id, role: best.role, resource: best.resource },
        policyVersion: this.policyVersion,
      },
      until: best.expiresAt ?? forever,
    };
  }

  private deny(principalId: string | undefined, permission: string, resource: string | undefined, reason: DenyReason): AccessDecision {
    return { allowed: false, permission, resource, principalId, reason, policyVersion: this.policyVersion };
  }

  /** Every catalogued permission the principal holds on a resource (for access reviews and `/v1/models`). */
  effectivePermissions(p: Principal, resource?: string): string[] {
    const out = new Set<string>();
    for (const b of bindingsOf(p)) {
      if (b.expiresAt !== null && b.expiresAt <= this.now()) continue;
      if (!bindingCovers(b.resource, resource)) continue;
      for (const perm of this.roles.permissionsOf(b.role)) out.add(perm);
    }
    return [...out].sort();
  }
}
