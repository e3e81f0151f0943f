// The store and the credential lifecycle, run against both dialects: embedded SQLite and the
// machine's PostgreSQL (a schema of its own per run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialStore } from '../../src/identity/api-keys.ts';
import { ensureBootstrapAdmin } from '../../src/identity/bootstrap.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, requireService, uniqueSchema, dropTestSchema } from '../support/services.ts';

const SECRET = Buffer.alloc(32, 7);

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`store on ${dialect}`, () => {
    let store: Store | undefined;
    let dir: string;
    let schema: string | undefined;
    let now = 1_000_000;
    let creds: CredentialStore;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bulwark-store-'));
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwtest');
        store = await openStore({ url: PG_URL, dataDir: dir, pgSchema: schema });
      } else {
        store = await openStore({ dataDir: dir });
      }
      creds = new CredentialStore(store, SECRET, 60_000, () => now);
    });

    afterAll(async () => {
      await store?.close();
      await dropTestSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it('migrates and answers a ping', async (t) => {
      if (!store) return t.skip();
      expect(store.dialect).toBe(dialect);
      await store.ping();
    });

    it('creates the bootstrap admin once', async (t) => {
      if (!store) return t.skip();
      const key = await ensureBootstrapAdmin(store, creds);
      expect(key).toMatch(/^bwk_[A-Za-z0-9_-]{43}$/);
      expect(await ensureBootstrapAdmin(store, creds)).toBeUndefined();
      const p = await creds.resolve(key!, '127.0.0.1');
      expect(p).toMatchObject({ id: 'p_bootstrap_admin', roles: ['admin'], modelScopes: ['*'] });
    });

    it('stores only the HMAC of a key, never the key', async (t) => {
      if (!store) return t.skip();
      const pid = await creds.createPrincipal({ kind: 'service', name: 'svc-a' });
      const k = await creds.createKey(pid, { name: 'a', modelScopes: ['fraud-*'] });
      const rows = await store.db.selectFrom('api_keys').selectAll().execute();
      const dump = JSON.stringify(rows);
      expect(dump).not.toContain(k.key);
      expect(dump).not.toContain(k.key.slice(10));
      expect(rows.find((r) => r.id === k.id)!.key_hash).toBe(creds.hash(k.key));
      expect((await creds.resolve(k.key, '10.0.0.1'))!.modelScopes).toEqual(['fraud-*']);
    });

    it('makes revocation and expiry take effect on the next request', async (t) => {
      if (!store) return t.skip();
      const pid = await creds.createPrincipal({ kind: 'service', name: 'svc-b' });
      const k = await creds.createKey(pid, { name: 'b', expiresAt: now + 1000 });
      expect(await creds.resolve(k.key, '127.0.0.1')).toBeDefined();
      now += 1001;
      expect(await creds.resolve(k.key, '127.0.0.1')).toBeUndefined();
      const k2 = await creds.createKey(pid, { name: 'c' });
      expect(await creds.resolve(k2.key, '127.0.0.1')).toBeDefined();
      expect(await creds.revokeKey(k2.id, 'leaked')).toBe(true);
      expect(await creds.resolve(k2.key, '127.0.0.1')).toBeUndefined();
      expect(await creds.revokeKey(k2.id, 'again')).toBe(false);
    });

    it('holds source-address restrictions, IPv4-mapped IPv6 included', async (t) => {
      if (!store) return t.skip();
      const pid = await creds.createPrincipal({ kind: 'service', name: 'svc-c' });
      const k = await creds.createKey(pid, { name: 'net', sourceCidrs: ['10.1.0.0/16', '::1'] });
      expect(await creds.resolve(k.key, '10.1.2.3')).toBeDefined();
      expect(await creds.resolve(k.key, '::ffff:10.1.9.9')).toBeDefined();
      expect(await creds.resolve(k.key, '::1')).toBeDefined();
      expect(await creds.resolve(k.key, '10.2.0.1')).toBeUndefined();
      expect(await creds.resolve(k.key, 'not-an-ip')).toBeUndefined();
      await expect(creds.createKey(pid, { name: 'bad', sourceCidrs: ['300.1.1.1/8'] })).rejects.toThrow(/invalid CIDR/);
    });

    it('rejects malformed and foreign keys without a lookup hit', async (t) => {
      if (!store) return t.skip();
      for (const k of ['', 'bwk_', `bwk_${'a'.repeat(42)}`, `sk-${'a'.repeat(48)}`, `bwk_${'a'.repeat(43)}\n`]) {
        expect(await creds.resolve(k, '127.0.0.1')).toBeUndefined();
      }
    });

    it('flushes last-used times in a batch', async (t) => {
      if (!store) return t.skip();
      const pid = await creds.createPrincipal({ kind: 'service', name: 'svc-d' });
      const k = await creds.createKey(pid, { name: 'used' });
      await creds.resolve(k.key, '127.0.0.1');
      await creds.flushUse();
      const row = await store.db.selectFrom('api_keys').select('last_used_at').where('id', '=', k.id).executeTakeFirstOrThrow();
      expect(row.last_used_at).toBe(now);
    });
  });
}
