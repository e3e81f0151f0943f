// API keys: `bwk_` + 256 random bits, shown once, stored as HMAC-SHA256 under the server secret.
// Lookup is by HMAC (an index hit reveals nothing about near-misses) with a constant-time compare,
// and resolved principals are cached briefly; revoking through this store invalidates at once.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
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
}

interface CacheEntry {
  readonly until: number;
  readonly principal: Principal | undefined;
  readonly keyHash: Buffer;
  readonly blockList: BlockList | undefined;
  readonly expiresAt: number | null;
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
    else list.addSubnet(addr!, Number(bits), type);
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

  async bindRole(principalId: string, role: string, resource = '*', expiresAt: number | null = null): Promise<void> {
    await this.store.db
      .insertInto('role_bindings')
      .values({ id: `b_${randomUUID()}`, principal_id: principalId, role, resource, expires_at: expiresAt, created_at: this.now() })
      .execute();
    this.cache.clear();
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
  async resolve(rawKey: string, sourceIp: string): Promise<Principal | undefined> {
    if (!KEY_BODY.test(rawKey)) return undefined;
    const hashHex = this.hash(rawKey);
    const now = this.now();
    let entry = this.cache.get(hashHex);
    if (!entry || entry.until <= now) {
      entry = await this.load(hashHex, now);
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(hashHex, entry);
    }
    const p = entry.principal;
    if (!p) return undefined;
    if (!timingSafeEqual(entry.keyHash, Buffer.from(hashHex, 'hex'))) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= now) return undefined;
    if (entry.blockList) {
      const { addr, type } = normaliseIp(sourceIp);
      if (!isIP(addr) || !entry.blockList.check(addr, type)) return undefined;
    }
    this.noteUse(p.keyId!, now);
    return p;
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
      .select(['role', 'expires_at'])
      .where('principal_id', '=', row.principal_id)
      .execute();
    const roles = [...new Set(bindings.filter((b) => b.expires_at === null || b.expires_at > now).map((b) => b.role))];
    const principal: Principal = {
      id: row.principal_id,
      kind: row.kind,
      name: row.name,
      keyId: row.key_id,
      modelScopes: JSON.parse(row.model_scopes) as string[],
      roles,
    };
    const blockList = row.source_cidrs ? parseCidrs(JSON.parse(row.source_cidrs) as string[]) : undefined;
    return { until, principal, keyHash: Buffer.from(row.key_hash, 'hex'), blockList, expiresAt: row.expires_at };
  }

  /** Last-used times are written in batches, not on every request. */
  private noteUse(keyId: string, now: number): void {
    this.lastUsed.set(keyId, now);
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
  }

  async close(): Promise<void> {
    clearTimeout(this.flushTimer);
    await this.flushUse();
  }
}
