// The role table of one policy: built-in roles plus the policy's custom ones, each compiled once
// into the set of catalogued permissions it grants.
import type { IdentityConfig } from '../config/identity-schema.ts';
import { BUILTIN_ROLES, PERMISSIONS, type Permission, type RoleDefinition, patternCovers } from './permissions.ts';

export class RoleTable {
  private readonly roles = new Map<string, RoleDefinition>();
  private readonly grants = new Map<string, ReadonlySet<string>>();

  constructor(custom: IdentityConfig['roles'] = []) {
    for (const r of BUILTIN_ROLES) this.add(r);
    for (const r of custom) this.add({ name: r.name, description: r.description, permissions: r.permissions, builtin: false });
  }

  private add(r: RoleDefinition): void {
    if (this.roles.has(r.name)) throw new Error(`role "${r.name}" is defined twice`);
    this.roles.set(r.name, r);
    const set = new Set<string>();
    for (const p of Object.keys(PERMISSIONS)) if (r.permissions.some((pat) => patternCovers(pat, p))) set.add(p);
    this.grants.set(r.name, set);
  }

  has(name: string): boolean {
    return this.roles.has(name);
  }

  get(name: string): RoleDefinition | undefined {
    return this.roles.get(name);
  }

  list(): readonly RoleDefinition[] {
    return [...this.roles.values()];
  }

  /** Whether a role grants a permission. Unknown roles grant nothing (deny by default). */
  roleGrants(role: string, permission: string): boolean {
    return this.grants.get(role)?.has(permission) ?? false;
  }

  /** Every catalogued permission a role grants, sorted. */
  permissionsOf(role: string): Permission[] {
    return [...(this.grants.get(role) ?? [])].sort() as Permission[];
  }
}
