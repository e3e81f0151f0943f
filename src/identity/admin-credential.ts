// Start-up check: the server refuses to start with the admin API exposed and nobody able to
// administer it — no live admin key and no identity provider that can map a login to an admin.
import type { IdentityConfig } from '../config/identity-schema.ts';
import type { Store } from '../store/store.ts';
import { RoleTable } from './roles.ts';

/** The permission that makes someone an administrator: they can grant access. */
export const ADMIN_PERMISSION = 'principal:manage';

export async function hasAdminCredential(store: Store, identity: IdentityConfig, now = Date.now()): Promise<boolean> {
  const roles = new RoleTable(identity.roles);
  const adminRoles = roles.list().filter((r) => roles.roleGrants(r.name, ADMIN_PERMISSION)).map((r) => r.name);
  if (identity.jwt) {
    const mapped = Object.values(identity.jwt.role_map);
    // With no map, the token's claim names roles directly, so an admin login is possible.
    if (mapped.length === 0 || mapped.some((r) => adminRoles.includes(r))) return true;
  }
  const rows = await store.db
    .selectFrom('api_keys')
    .innerJoin('principals', 'principals.id', 'api_keys.principal_id')
    .innerJoin('role_bindings', 'role_bindings.principal_id', 'principals.id')
    .select('api_keys.id')
    .where('principals.status', '=', 'active')
    .where('api_keys.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_keys.expires_at', 'is', null), eb('api_keys.expires_at', '>', now)]))
    .where('role_bindings.resource', '=', '*')
    .where('role_bindings.role', 'in', adminRoles)
    .where((eb) => eb.or([eb('role_bindings.expires_at', 'is', null), eb('role_bindings.expires_at', '>', now)]))
    .limit(1)
    .execute();
  return rows.length > 0;
}

export async function assertAdminCredential(store: Store, identity: IdentityConfig): Promise<void> {
  if (!identity.admin_api.enabled) return;
  if (await hasAdminCredential(store, identity)) return;
  throw new Error(
    'the admin API is exposed (identity.admin_api.enabled) but no admin credential is configured: no active admin ' +
      'principal holds a live key and identity.jwt cannot map a login to an admin role. Create one with ' +
      '`bulwark keys create --local --principal <admin> …`, configure identity.jwt, or set identity.admin_api.enabled: false.',
  );
}
