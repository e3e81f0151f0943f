// The identity directory: principals, API keys and role bindings as people manage them. The admin
// API and the CLI's `--local` mode both go through here, so the rules (no self-grant, known roles,
// valid scopes, rotation grace) hold whichever way a change arrives. Never returns key hashes.
import { BulwarkError } from '../errors/catalogue.ts';
import type { Store } from '../store/store.ts';
import type { CredentialStore, CreatedKey } from './api-keys.ts';
import type { RoleTable } from './roles.ts';

export interface PrincipalView {
  readonly id: string;
  readonly kind: 'user' | 'service';
  readonly name: string;
  readonly ownerId: string | null;
  readonly status: 'active' | 'disabled';
  readonly createdAt: number;
  readonly lastSeenAt: number | null;
}

export interface KeyView {
  readonly id: string;
  readonly principalId: string;
  readonly name: string;
  readonly prefix: string;
  readonly modelScopes: readonly string[];
  readonly routeScopes: readonly string[] | null;
  readonly sourceCidrs: readonly string[] | null;
  readonly expiresAt: number | null;
  readonly createdAt: number;
  readonly createdBy: string | null;
  readonly lastUsedAt: number | null;
  readonly revokedAt: number | null;
  readonly revokedReason: string | null;
  readonly rotatedTo: string | null;
}

export interface BindingView {
  readonly id: string;
  readonly principalId: string;
  readonly role: string;
  readonly resource: string;
  readonly expiresAt: number | null;
  readonly createdAt: number;
  readonly grantedBy: string | null;
  readonly lastUsedAt: number | null;
}

export interface NewKey {
  readonly name: string;
  readonly modelScopes?: readonly string[];
  readonly routeScopes?: readonly string[];
  readonly sourceCidrs?: readonly string[];
  readonly expiresAt?: number;
}

/** A resource scope on a binding: `*` or `kind:pattern`. */
export const RESOURCE_SCOPE = /^(\*|[a-z]+:[A-Za-z0-9._:*-]{1,200})$/;

const KEY_COLUMNS = [
  'id', 'principal_id', 'name', 'prefix', 'model_scopes', 'route_scopes', 'source_cidrs', 'expires_at', 'created_at',
  'created_by', 'last_used_at', 'revoked_at', 'revoked_reason', 'rotated_to',
] as const;

type KeyRow = { [K in (typeof KEY_COLUMNS)[number]]: K extends 'expires_at' | 'created_at' | 'last_used_at' | 'revoked_at' ? number | null : string | null };

function keyView(r: KeyRow): KeyView {
  const list = (v: string | null) => (v === null ? null : (JSON.parse(v) as string[]));
  return {
    id: r.id!, principalId: r.principal_id!, name: r.name!, prefix: r.prefix!, modelScopes: list(r.model_scopes) ?? ['*'],
    routeScopes: list(r.route_scopes), sourceCidrs: list(r.source_cidrs), expiresAt: r.expires_at, createdAt: r.created_at!,
    createdBy: r.created_by, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at, revokedReason: r.revoked_reason, rotatedTo: r.rotated_to,
  };
}

export class IdentityDirectory {
  constructor(
    private readonly store: Store,
    private readonly credentials: CredentialStore,
    private readonly roles: () => RoleTable,
    private readonly now: () => number = Date.now,
  ) {}

  async listPrincipals(): Promise<PrincipalView[]> {
    const rows = await this.store.db.selectFrom('principals').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, ownerId: r.owner_id, status: r.status, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));
  }

  async getPrincipal(id: string): Promise<PrincipalView> {
    const r = await this.store.db.selectFrom('principals').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such principal.');
    return { id: r.id, kind: r.kind, name: r.name, ownerId: r.owner_id, status: r.status, createdAt: r.created_at, lastSeenAt: r.last_seen_at };
  }

  async createPrincipal(p: { kind: 'user' | 'service'; name: string; ownerId?: string }): Promise<PrincipalView> {
    if (p.ownerId !== undefined) await this.getPrincipal(p.ownerId);
    const id = await this.credentials.createPrincipal(p);
    return this.getPrincipal(id);
  }

  /** Disabling a principal stops all its keys at once (the resolve path checks the status). */
  async setStatus(actorId: string, id: string, status: 'active' | 'disabled'): Promise<PrincipalView> {
    if (actorId === id && status === 'disabled') throw new BulwarkError('BULWARK_E_CONFLICT', 'You cannot disable yourself.');
    await this.getPrincipal(id);
    await this.store.db.updateTable('principals').set({ status }).where('id', '=', id).execute();
    this.credentials.invalidate();
    return this.getPrincipal(id);
  }

  async listKeys(principalId?: string): Promise<KeyView[]> {
    let q = this.store.db.selectFrom('api_keys').select([...KEY_COLUMNS]).orderBy('created_at').orderBy('id');
    if (principalId !== undefined) q = q.where('principal_id', '=', principalId);
    return (await q.execute()).map((r) => keyView(r as KeyRow));
  }

  async getKey(id: string): Promise<KeyView> {
    const r = await this.store.db.selectFrom('api_keys').select([...KEY_COLUMNS]).where('id', '=', id).executeTakeFirst();
    if (!r) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such key.');
    return keyView(r as KeyRow);
  }

  async createKey(actorId: string, principalId: string, k: NewKey): Promise<{ key: KeyView; secret: string }> {
    const owner = await this.getPrincipal(principalId);
    if (owner.status !== 'active') throw new BulwarkError('BULWARK_E_CONFLICT', 'The principal is disabled.');
    if (k.expiresAt !== undefined && k.expiresAt <= this.now()) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: expiry is in the past.', { param: 'expires_at' });
    let created: CreatedKey;
    try {
      created = await this.credentials.createKey(principalId, { ...k, createdBy: actorId });
    } catch (e) {
      if ((e as Error).message.startsWith('invalid CIDR')) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: a source CIDR is not valid.', { param: 'source_cidrs' });
      throw e;
    }
    return { key: await this.getKey(created.id), secret: created.key };
  }

  async revokeKey(id: string, reason: string): Promise<KeyView> {
    const k = await this.getKey(id);
    if (k.revokedAt !== null) throw new BulwarkError('BULWARK_E_CONFLICT', 'The key is already revoked.');
    await this.credentials.revokeKey(id, reason);
    return this.getKey(id);
  }

  /** A new key with the same owner and scopes; the old one stays valid for the grace period only. */
  async rotateKey(actorId: string, id: string, graceSeconds: number): Promise<{ key: KeyView; secret: string; previous: KeyView }> {
    const old = await this.getKey(id);
    if (old.revokedAt !== null || old.rotatedTo !== null) throw new BulwarkError('BULWARK_E_CONFLICT', 'The key is revoked or already rotated.');
    const now = this.now();
    if (old.expiresAt !== null && old.expiresAt <= now) throw new BulwarkError('BULWARK_E_CONFLICT', 'The key has expired.');
    const next = await this.createKey(actorId, old.principalId, {
      name: old.name,
      modelScopes: old.modelScopes,
      ...(old.routeScopes ? { routeScopes: old.routeScopes } : {}),
      ...(old.sourceCidrs ? { sourceCidrs: old.sourceCidrs } : {}),
      ...(old.expiresAt !== null ? { expiresAt: old.expiresAt } : {}),
    });
    const graceEnd = now + graceSeconds * 1000;
    const expiresAt = old.expiresAt === null ? graceEnd : Math.min(old.expiresAt, graceEnd);
    await this.store.db.updateTable('api_keys').set({ expires_at: expiresAt, rotated_to: next.key.id }).where('id', '=', id).execute();
    if (graceSeconds === 0) await this.credentials.revokeKey(id, 'rotated');
    this.credentials.invalidate();
    return { ...next, previous: await this.getKey(id) };
  }

  async listBindings(principalId?: string): Promise<BindingView[]> {
    let q = this.store.db.selectFrom('role_bindings').selectAll().orderBy('created_at').orderBy('id');
    if (principalId !== undefined) q = q.where('principal_id', '=', principalId);
    return (await q.execute()).map((b) => ({
      id: b.id, principalId: b.principal_id, role: b.role, resource: b.resource, expiresAt: b.expires_at, createdAt: b.created_at,
      grantedBy: b.granted_by, lastUsedAt: b.last_used_at,
    }));
  }

  /** Grants a role. Separation of duties: nobody grants a role to themselves. */
  async grant(actorId: string, b: { principalId: string; role: string; resource?: string; expiresAt?: number }): Promise<BindingView> {
    if (actorId === b.principalId) throw new BulwarkError('BULWARK_E_SELF_GRANT');
    if (!this.roles().has(b.role)) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: unknown role.', { param: 'role' });
    const resource = b.resource ?? '*';
    if (!RESOURCE_SCOPE.test(resource)) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: resource must be * or kind:pattern.', { param: 'resource' });
    if (b.expiresAt !== undefined && b.expiresAt <= this.now()) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: expiry is in the past.', { param: 'expires_at' });
    await this.getPrincipal(b.principalId);
    const id = await this.credentials.bindRole(b.principalId, b.role, resource, b.expiresAt ?? null, actorId);
    const [view] = (await this.listBindings(b.principalId)).filter((x) => x.id === id);
    return view!;
  }

  /** Removing a binding (even one's own: giving up access) is allowed; granting is what SoD limits. */
  async removeBinding(id: string): Promise<void> {
    const b = await this.store.db.selectFrom('role_bindings').select(['principal_id']).where('id', '=', id).executeTakeFirst();
    if (!b) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such binding.');
    await this.store.db.deleteFrom('role_bindings').where('id', '=', id).execute();
    this.credentials.invalidate();
  }
}
