// API keys: `bwk_` + 256 random bits, shown once, stored as HMAC-SHA256 under the server secret.
// Lookup is by HMAC (an index hit reveals nothing about near-misses) with a constant-time compare,
// and resolved principals are cached briefly; revoking through this store invalidates at once.
import cryptoModule, { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import type { Principal } from '../pipeline/types.ts';
import type { Store } from '../store/store.ts';

export const KEY_PREFIX = 'bwk_';
const KEY_BODY = /^bwk_[A-Za-z0-9_-]{43}$/;

export interface CreatedKey {
  readonly id: string;
  /** The only time the key exists outside the caller's hands. */
  readonly key: string;
  readonly prefix: string;
}

export interface KeyOptions {
  readonly name: string;
  readonly modelScopes?: readonly string[];
  readonly sourceCidrs?: readonly string[];
  readonly expiresAt?: number;
  /** Permission patterns the key is limited to (default: whatever the owner's roles grant). */
  readonly routeScopes?: readonly string[];
  /** The principal creating the key (for the record). */
  readonly createdBy?: string;
}

/** Why a presented key was refused; reported to the failure listener, never to the caller. */
export type KeyFailure = 'malformed' | 'unknown_or_revoked' | 'expired' | 'source_address';
export type KeyFailureListener = (f: { readonly reason: KeyFailure; readonly keyPrefix: string | undefined; readonly sourceIp: string; readonly surface: 'data' | 'admin' }) => void;

interface CacheEntry {
  readonly until: number;
  readonly principal: Principal | undefined;
  readonly keyHash: Buffer;
  readonly blockList: BlockList | undefined;
  readonly expiresAt: number | null;
  /** Source addresses already checked against the allow-list (the check costs more than a lookup). */
  readonly sources?: Map<string, boolean>;
}

type OneShotHash = (algorithm: string, data: string, encoding: 'base64') => string;
const oneShotHash = (cryptoModule as unknown as { hash?: OneShotHash }).hash;

/**
 * The in-memory cache key of a presented key: SHA-256, which is collision-resistant, so a hit
 * means the very same key (no prefix comparison, nothing to time). One-shot hashing where Node
 * has it (20.12+): the hot path then skips the HMAC, which is only needed to look up the store.
 */
function fingerprint(rawKey: string): string {
  return oneShotHash ? oneShotHash('sha256', rawKey, 'base64') : createHash('sha256').update(rawKey).digest('base64');
}

/** The recognisable prefix of a presented key (`bwk_` + 6), or undefined if it is not key-shaped. */
export function keyPrefixOf(rawKey: string): string | undefined {
  return KEY_BODY.test(rawKey) ? rawKey.slice(0, KEY_PREFIX.length + 6) : undefined;
}

export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

function parseCidrs(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const c of cidrs) {
    const [addr, bits] = c.split('/');
    const family = isIP(addr ?? '');
    if (!family) throw new Error(`invalid CIDR "${c}"`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr!, type);
    else {
      const n = /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN;
      if (!(n >= 0 && n <= (family === 6 ? 128 : 32)) || c.split('/').length > 2) throw new Error(`invalid CIDR "${c}"`);
      list.addSubnet(addr!, n, type);
    }
  }
  return list;
}

function normaliseIp(ip: string): { addr: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return { addr: mapped[1]!, type: 'ipv4' };
  return { addr: ip, type: isIP(ip) === 6 ? 'ipv6' : 'ipv4' };
}

export class CredentialStore {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly lastUsed = new Map<string, number>();
  private readonly bindingUsed = new Map<string, number>();
  private failureListener: KeyFailureListener | undefined;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly secret: Buffer,
    private readonly cacheTtlMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  hash(key: string): string {
    return createHmac('sha256', this.secret).update(key).digest('hex');
  }

  async createPrincipal(p: { kind: Principal['kind']; name: string; ownerId?: string; id?: string }): Promise<string> {
    const id = p.id ?? `p_${randomUUID()}`;
    await this.store.db
      .insertInto('principals')
      .values({ id, kind: p.kind, name: p.name, owner_id: p.ownerId ?? null, status: 'active', created_at: this.now(), last_seen_at: null })
      .execute();
    return id;
  }

  async bindRole(principalId: string, role: string, resource = '*', expiresAt: number | null = null, grantedBy: string | null = null): Promise<string> {
    const id = `b_${randomUUID()}`;
    await this.store.db
      .insertInto('role_bindings')
      .values({ id, principal_id: principalId, role, resource, expires_at: expiresAt, created_at: this.now(), granted_by: grantedBy, last_used_at: null })
      .execute();
    this.cache.clear();
    return id;
  }

  /** Receives every refused key (reason, prefix, source) for failure metrics and events. */
  onFailure(listener: KeyFailureListener | undefined): void {
    this.failureListener = listener;
  }

  private fail(reason: KeyFailure, rawKey: string, sourceIp: string, surface: 'data' | 'admin'): undefined {
    this.failureListener?.({ reason, keyPrefix: keyPrefixOf(rawKey), sourceIp, surface });
    return undefined;
  }

  async createKey(principalId: string, opts: KeyOptions): Promise<CreatedKey> {
    if (opts.sourceCidrs) parseCidrs(opts.sourceCidrs);
    const key = generateKey();
    const id = `k_${randomUUID()}`;
    const prefix = key.slice(0, KEY_PREFIX.length + 6);
    await this.store.db
      .insertInto('api_keys')
      .values({
        id,
        principal_id: principalId,
        name: opts.name,
        key_hash: this.hash(key),
        prefix,
        model_scopes: JSON.stringify(opts.modelScopes ?? ['*']),
        source_cidrs: opts.sourceCidrs ? JSON.stringify(opts.sourceCidrs) : null,
        expires_at: opts.expiresAt ?? null,
        created_at: this.now(),
        last_used_at: null,
        revoked_at: null,
        revoked_reason: null,
        route_scopes: opts.routeScopes ? JSON.stringify(opts.routeScopes) : null,
        rotated_to: null,
        created_by: opts.createdBy ?? null,
      })
      .execute();
    return { id, key, prefix };
  }

  async revokeKey(keyId: string, reason: string): Promise<boolean> {
    const r = await this.store.db
      .updateTable('api_keys')
      .set({ revoked_at: this.now(), revoked_reason: reason })
      .where('id', '=', keyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    this.cache.clear();
    return Number(r.numUpdatedRows) > 0;
  }

  /** Drops cached credentials (after any change made elsewhere). */
  invalidate(): void {
    this.cache.clear();
  }

  /** The principal behind a raw key, or undefined for any kind of failure. */
  async resolve(rawKey: string, sourceIp: string, surface: 'data' | 'admin' = 'data'): Promise<Principal | undefined> {
    if (!KEY_BODY.test(rawKey)) return this.fail('malformed', rawKey, sourceIp, surface);
    const fp = fingerprint(rawKey);
    const now = this.now();
    let entry = this.cache.get(fp);
    if (!entry || entry.until <= now) {
      const hashHex = this.hash(rawKey);
      entry = await this.load(hashHex, now);
      // The row was found by equality on the HMAC; compare again in constant time all the same.
      if (entry.principal && !timingSafeEqual(entry.keyHash, Buffer.from(hashHex, 'hex'))) entry = { ...entry, principal: undefined };
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(fp, entry);
    }
    const p = entry.principal;
    if (!p) return this.fail('unknown_or_revoked', rawKey, sourceIp, surface);
    if (entry.expiresAt !== null && entry.expiresAt <= now) return this.fail('expired', rawKey, sourceIp, surface);
    if (entry.blockList && !this.sourceAllowed(entry, sourceIp)) return this.fail('source_address', rawKey, sourceIp, surface);
    this.noteUse(p.keyId!, now);
    return p;
  }

  private sourceAllowed(entry: CacheEntry, sourceIp: string): boolean {
    let verdict = entry.sources?.get(sourceIp);
    if (verdict === undefined) {
      const { addr, type } = normaliseIp(sourceIp);
      verdict = isIP(addr) !== 0 && entry.blockList!.check(addr, type);
      if (entry.sources && entry.sources.size < 256) entry.sources.set(sourceIp, verdict);
    }
    return verdict;
  }

  private async load(hashHex: string, now: number): Promise<CacheEntry> {
    const row = await this.store.db
      .selectFrom('api_keys')
      .innerJoin('principals', 'principals.id', 'api_keys.principal_id')
      .select([
        'api_keys.id as key_id',
        'api_keys.key_hash',
        'api_keys.model_scopes',
        'api_keys.source_cidrs',
        'api_keys.expires_at',
        'api_keys.revoked_at',
        'api_keys.route_scopes',
        'principals.id as principal_id',
        'principals.kind',
        'principals.name',
        'principals.status',
      ])
      .where('api_keys.key_hash', '=', hashHex)
      .executeTakeFirst();
    const until = now + this.cacheTtlMs;
    const keyHash = Buffer.from(hashHex, 'hex');
    if (!row || row.revoked_at !== null || row.status !== 'active') {
      return { until, principal: undefined, keyHash, blockList: undefined, expiresAt: null };
    }
    const bindings = await this.store.db
      .selectFrom('role_bindings')
      .select(['id', 'role', 'resource', 'expires_at'])
      .where('principal_id', '=', row.principal_id)
      .orderBy('id')
      .execute();
    const live = bindings.filter((b) => b.expires_at === null || b.expires_at > now);
    const roles = [...new Set(live.map((b) => b.role))];
    const principal: Principal = {
      id: row.principal_id,
      kind: row.kind,
      name: row.name,
      keyId: row.key_id,
      modelScopes: JSON.parse(row.model_scopes) as string[],
      roles,
      bindings: live.map((b) => ({ id: b.id, role: b.role, resource: b.resource, expiresAt: b.expires_at })),
      ...(row.route_scopes ? { permissionScopes: JSON.parse(row.route_scopes) as string[] } : {}),
      via: 'api_key',
    };
    const blockList = row.source_cidrs ? parseCidrs(JSON.parse(row.source_cidrs) as string[]) : undefined;
    return { until, principal, keyHash: Buffer.from(row.key_hash, 'hex'), blockList, expiresAt: row.expires_at, ...(blockList ? { sources: new Map<string, boolean>() } : {}) };
  }

  /** Last-used times are written in batches, not on every request. */
  private noteUse(keyId: string, now: number): void {
    this.lastUsed.set(keyId, now);
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => void this.flushUse(), 5_000);
      this.flushTimer.unref();
    }
  }

  /** Records that a role binding granted access (for access reviews); written in batches too. */
  noteBindingUse(bindingId: string): void {
    if (!bindingId.startsWith('b_')) return;
    this.bindingUsed.set(bindingId, this.now());
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => void this.flushUse(), 5_000);
      this.flushTimer.unref();
    }
  }

  async flushUse(): Promise<void> {
    this.flushTimer = undefined;
    const batch = [...this.lastUsed];
    this.lastUsed.clear();
    for (const [id, at] of batch) {
      await this.store.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute().catch(() => {});
    }
    const bindings = [...this.bindingUsed];
    this.bindingUsed.clear();
    for (const [id, at] of bindings) {
      await this.store.db.updateTable('role_bindings').set({ last_used_at: at }).where('id', '=', id).execute().catch(() => {});
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.flushTimer);
    await this.flushUse();
  }
}
