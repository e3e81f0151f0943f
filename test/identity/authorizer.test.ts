import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdentitySchema } from '../../src/config/identity-schema.ts';
import { AccessControl } from '../../src/identity/access-control.ts';
import { Authorizer, bindingCovers } from '../../src/identity/authorizer.ts';
import { BUILTIN_ROLES, PERMISSIONS, isValidPermissionPattern, patternCovers } from '../../src/identity/permissions.ts';
import { RoleTable } from '../../src/identity/roles.ts';
import type { Principal, PrincipalBinding } from '../../src/pipeline/types.ts';

const ALL = Object.keys(PERMISSIONS);

function principal(bindings: PrincipalBinding[], extra: Partial<Principal> = {}): Principal {
  return { id: 'p1', kind: 'user', name: 'P', modelScopes: ['*'], roles: bindings.map((b) => b.role), bindings, ...extra };
}
const bind = (role: string, resource = '*', expiresAt: number | null = null, id = `b_${role}`): PrincipalBinding => ({ id, role, resource, expiresAt });

describe('roles', () => {
  const roles = new RoleTable();
  it('mirror how AI teams work', () => {
    expect(roles.roleGrants('ml-engineer', 'model:deploy')).toBe(true);
    expect(roles.roleGrants('ml-engineer', 'dataset:read')).toBe(false);
    expect(roles.roleGrants('data-scientist', 'dataset:read')).toBe(true);
    expect(roles.roleGrants('data-scientist', 'training:run')).toBe(true);
    expect(roles.roleGrants('data-scientist', 'model:deploy')).toBe(false);
    for (const r of ['analyst', 'executive']) expect(roles.permissionsOf(r)).toEqual(['metrics:read', 'report:read']);
    expect(roles.permissionsOf('auditor').every((p) => !/write|manage|deploy|invoke|run/.test(p))).toBe(true);
    expect(roles.permissionsOf('app')).toEqual(['model:invoke']);
    expect(roles.permissionsOf('admin')).toEqual([...ALL].sort());
    expect(roles.roleGrants('no-such-role', 'model:invoke')).toBe(false);
  });

  it('only name catalogued permissions', () => {
    for (const r of BUILTIN_ROLES) for (const p of r.permissions) expect(isValidPermissionPattern(p), `${r.name}: ${p}`).toBe(true);
  });

  it('add custom roles from the policy and refuse clashes and unknown permissions', () => {
    const cfg = IdentitySchema.parse({ roles: [{ name: 'fraud-reviewer', permissions: ['model:invoke', 'report:*'] }] });
    const t = new RoleTable(cfg.roles);
    expect(t.permissionsOf('fraud-reviewer')).toEqual(['model:invoke', 'report:read']);
    expect(IdentitySchema.safeParse({ roles: [{ name: 'admin', permissions: ['*'] }] }).success).toBe(false);
    expect(IdentitySchema.safeParse({ roles: [{ name: 'x', permissions: ['model:fly'] }] }).success).toBe(false);
    expect(IdentitySchema.safeParse({ roles: [{ name: 'x', permissions: ['nothing:*'] }] }).success).toBe(false);
  });
});

describe('Authorizer', () => {
  const now = 1_000_000;
  const az = () => new Authorizer(new RoleTable(), 'v1', () => now);

  it('denies by default: no principal, no binding, unknown permission', () => {
    const a = az();
    expect(a.decide(undefined, 'model:invoke', 'model:x')).toMatchObject({ allowed: false, reason: 'no_principal' });
    expect(a.decide(principal([]), 'model:invoke', 'model:x')).toMatchObject({ allowed: false, reason: 'no_binding' });
    expect(a.decide(principal([bind('admin')]), 'model:fly', undefined)).toMatchObject({ allowed: false, reason: 'unknown_permission' });
  });

  it('carries the policy version and the matched binding', () => {
    const d = az().decide(principal([bind('app', 'model:fraud-*', null, 'b_1')]), 'model:invoke', 'model:fraud-v2');
    expect(d).toEqual({ allowed: true, permission: 'model:invoke', resource: 'model:fraud-v2', principalId: 'p1', reason: 'granted', binding: { id: 'b_1', role: 'app', resource: 'model:fraud-*' }, policyVersion: 'v1' });
  });

  it('honours resource scopes, key model scopes and key permission scopes', () => {
    const a = az();
    const p = principal([bind('app', 'model:fraud-*')]);
    expect(a.decide(p, 'model:invoke', 'model:chat').allowed).toBe(false);
    // A scoped binding does not grant system-wide permissions.
    expect(a.decide(principal([bind('ml-engineer', 'model:fraud-*')]), 'model:deploy', undefined).allowed).toBe(false);
    expect(a.decide(principal([bind('admin')], { modelScopes: ['chat-*'] }), 'model:invoke', 'model:fraud').reason).toBe('model_out_of_scope');
    expect(a.decide(principal([bind('admin')], { permissionScopes: ['model:invoke'] }), 'key:manage', undefined).reason).toBe('credential_scope');
    expect(a.decide(principal([bind('admin')], { permissionScopes: ['model:*'] }), 'model:invoke', 'model:x').allowed).toBe(true);
  });

  it('ignores expired bindings and stops a cached allow when its binding expires', () => {
    let t = now;
    const a = new Authorizer(new RoleTable(), 'v1', () => t);
    const p = principal([bind('app', '*', now + 1000)]);
    expect(a.decide(p, 'model:invoke', 'model:x').allowed).toBe(true);
    t = now + 1000;
    expect(a.decide(p, 'model:invoke', 'model:x').allowed).toBe(false);
    expect(a.decide(principal([bind('app', '*', now - 1)]), 'model:invoke', 'model:x').allowed).toBe(false);
  });

  it('property: never allows what no live binding grants, on a resource it does not cover', () => {
    const roleNames = BUILTIN_ROLES.map((r) => r.name);
    const resource = fc.oneof(fc.constant(undefined), fc.constantFrom('model:a', 'model:fraud-1', 'dataset:claims-2025', 'dataset:x'));
    const bindingArb = fc.record({
      role: fc.constantFrom(...roleNames, 'ghost'),
      resource: fc.constantFrom('*', 'model:*', 'model:fraud-*', 'dataset:claims-*', 'model:a'),
      expiresAt: fc.constantFrom(null, now - 1, now + 10),
    });
    fc.assert(
      fc.property(fc.array(bindingArb, { maxLength: 4 }), fc.constantFrom(...ALL), resource, (bs, perm, res) => {
        const roles = new RoleTable();
        const p = principal(bs.map((b, i) => ({ id: `b${i}`, ...b })));
        const d = new Authorizer(roles, 'v', () => now).decide(p, perm, res);
        const expected = bs.some((b) => (b.expiresAt === null || b.expiresAt > now) && roles.roleGrants(b.role, perm) && bindingCovers(b.resource, res));
        expect(d.allowed).toBe(expected);
      }),
    );
  });

  it('matches permission patterns and binding resources exactly', () => {
    expect(patternCovers('model:*', 'model:invoke')).toBe(true);
    expect(patternCovers('model:*', 'models:invoke')).toBe(false);
    expect(bindingCovers('model:fraud-*', 'model:fraud-x')).toBe(true);
    expect(bindingCovers('model:fraud-*', 'dataset:fraud-x')).toBe(false);
    expect(bindingCovers('model:fraud-*', undefined)).toBe(false);
    expect(bindingCovers('garbage', 'model:x')).toBe(false);
  });
});

describe('AccessControl', () => {
  it('emits every decision as an event and notes the binding used', () => {
    const events: unknown[] = [];
    const used: string[] = [];
    const ac = new AccessControl(IdentitySchema.parse({}), 'v9', (e) => events.push(e), (id) => used.push(id));
    const p = principal([bind('app', '*', null, 'b_real')], { keyId: 'k_1' });
    expect(ac.authorize(p, 'model:invoke', 'model:m', 'req-1')).toMatchObject({ allowed: true, role: 'app', bindingId: 'b_real', policyVersion: 'v9' });
    expect(ac.authorize(p, 'model:deploy', 'model:m', 'req-2').allowed).toBe(false);
    expect(events).toEqual([
      expect.objectContaining({ type: 'authz.decision', requestId: 'req-1', surface: 'data', principalId: 'p1', keyId: 'k_1', allowed: true, bindingId: 'b_real', policyVersion: 'v9' }),
      expect.objectContaining({ type: 'authz.decision', requestId: 'req-2', allowed: false, reason: 'no_binding' }),
    ]);
    expect(used).toEqual(['b_real']);
  });
});
