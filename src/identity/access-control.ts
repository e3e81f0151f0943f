// The identity side of one running policy: its role table, authorizer and JWT verifier, built once
// when the policy loads (a bad JWKS fails start-up or the reload) and looked up by the policy.
// Every decision made through it is recorded as an `authz.decision` event.
import type { IdentityConfig } from '../config/identity-schema.ts';
import type { LoadedPolicy } from '../config/load.ts';
import type { AuthzDecisionEvent, EventBus } from '../events/bus.ts';
import type { AccessPort, Principal } from '../pipeline/types.ts';
import type { CredentialStore } from './api-keys.ts';
import { type AccessDecision, Authorizer } from './authorizer.ts';
import { JwtVerifier } from './jwt.ts';
import { RoleTable } from './roles.ts';

export interface DecisionContext {
  readonly requestId: string;
  readonly surface: 'data' | 'admin';
  /** Admin API: `METHOD /route/pattern`. */
  readonly route?: string;
}

export class AccessControl implements AccessPort {
  readonly roles: RoleTable;
  readonly authorizer: Authorizer;
  readonly jwt: JwtVerifier | undefined;

  constructor(
    readonly config: IdentityConfig,
    readonly policyVersion: string,
    private readonly emit: (e: AuthzDecisionEvent) => void,
    private readonly noteBindingUse: (bindingId: string) => void = () => {},
    now: () => number = Date.now,
  ) {
    this.roles = new RoleTable(config.roles);
    this.authorizer = new Authorizer(this.roles, policyVersion, now);
    this.jwt = config.jwt ? JwtVerifier.create(config.jwt, (r) => this.roles.has(r)) : undefined;
  }

  /** Decides and records. The data plane's authorize guard and the admin API both come here. */
  decide(principal: Principal | undefined, permission: string, resource: string | undefined, ctx: DecisionContext): AccessDecision {
    const d = this.authorizer.decide(principal, permission, resource);
    if (d.binding) this.noteBindingUse(d.binding.id);
    // Built field by field (no spreads): this runs on every data-plane request.
    const e: { -readonly [K in keyof AuthzDecisionEvent]: AuthzDecisionEvent[K] } = {
      type: 'authz.decision',
      time: Date.now(),
      requestId: ctx.requestId,
      surface: ctx.surface,
      permission,
      allowed: d.allowed,
      reason: d.reason,
      policyVersion: d.policyVersion,
    };
    if (principal) e.principalId = principal.id;
    if (principal?.keyId) e.keyId = principal.keyId;
    if (resource !== undefined) e.resource = resource;
    if (d.binding) {
      e.bindingId = d.binding.id;
      e.role = d.binding.role;
    }
    if (ctx.route) e.route = ctx.route;
    this.emit(e);
    return d;
  }

  authorize(principal: Principal | undefined, permission: string, resource: string | undefined, requestId: string) {
    // The decision itself satisfies the port (allowed, reason, policyVersion; binding inside).
    const d = this.decide(principal, permission, resource, { requestId, surface: 'data' });
    return d.binding ? { allowed: d.allowed, reason: d.reason, policyVersion: d.policyVersion, role: d.binding.role, bindingId: d.binding.id } : d;
  }

  /** Whether the caller may invoke a model, without recording a decision (for listing models). */
  canInvoke(principal: Principal, model: string): boolean {
    return this.authorizer.decide(principal, 'model:invoke', `model:${model}`).allowed;
  }
}

const byPolicy = new WeakMap<LoadedPolicy, AccessControl>();

/**
 * The access control of a loaded policy, built on first use and then shared (the gateway builds
 * it while building the runtime, so errors surface at start-up and reload).
 */
export function accessControlFor(loaded: LoadedPolicy, bus: Pick<EventBus, 'emit'>, credentials?: Pick<CredentialStore, 'noteBindingUse'>): AccessControl {
  let ac = byPolicy.get(loaded);
  if (!ac) {
    ac = new AccessControl(loaded.policy.identity, loaded.version, (e) => bus.emit(e), credentials ? (id) => credentials.noteBindingUse(id) : undefined);
    byPolicy.set(loaded, ac);
  }
  return ac;
}

/** The access control already built for a policy (by the gateway), if any. */
export function lookupAccessControl(loaded: LoadedPolicy): AccessControl | undefined {
  return byPolicy.get(loaded);
}
