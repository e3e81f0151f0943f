// The identity directory, key rotation and the access review on both dialects: embedded SQLite
// and the machine's PostgreSQL (a schema of its own per run); migration 0002 included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAccessReview } from '../../src/identity/access-review.ts';
import { CredentialStore } from '../../src/identity/api-keys.ts';
import { IdentityDirectory } from '../../src/identity/directory.ts';
import { RoleTable } from '../../src/identity/roles.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, requireService, uniqueSchema, dropTestSchema } from '../support/services.ts';

const DAY = 86_400_000;

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`identity on ${dialect}`, () => {
    let store: Store | undefined;
    let dir: string;
    let schema: string | undefined;
    let now = 1_000 * DAY;
    let creds: CredentialStore;
    let directory: IdentityDirectory;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bulwark-id-'));
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwid');
        store = await openStore({ url: PG_URL, dataDir: dir, pgSchema: schema });
      } else {
        store = await openStore({ dataDir: dir });
      }
      creds = new CredentialStore(store, Buffer.alloc(32, 3), 60_000, () => now);
      const roles = new RoleTable();
      directory = new IdentityDirectory(store, creds, () => roles, () => now);
    });

    afterAll(async () => {
      await creds?.close();
      await store?.close();
      await dropTestSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it('grants, rotates, records use and reviews', async (ctx) => {
      if (!store) return ctx.skip();
      const admin = await directory.createPrincipal({ kind: 'user', name: 'Admin' });
      const svc = await directory.createPrincipal({ kind: 'service', name: 'svc', ownerId: admin.id });
      const b = await directory.grant(admin.id, { principalId: svc.id, role: 'app', resource: 'model:fraud-*', expiresAt: now + 30 * DAY });
      expect(b).toMatchObject({ role: 'app', resource: 'model:fraud-*', grantedBy: admin.id, lastUsedAt: null });
      await expect(directory.grant(svc.id, { principalId: svc.id, role: 'admin' })).rejects.toThrow(/itself/);
      const { key, secret } = await directory.createKey(admin.id, svc.id, { name: 'prod', routeScopes: ['model:invoke'] });
      expect(key.routeScopes).toEqual(['model:invoke']);
      const p = await creds.resolve(secret, '10.1.2.3');
      expect(p).toMatchObject({ id: svc.id, permissionScopes: ['model:invoke'], bindings: [{ id: b.id, role: 'app', resource: 'model:fraud-*' }] });
      creds.noteBindingUse(b.id);
      await creds.flushUse();
      const rotated = await directory.rotateKey(admin.id, key.id, 3600);
      expect(rotated.previous.expiresAt).toBe(now + 3_600_000);
      expect(rotated.previous.rotatedTo).toBe(rotated.key.id);
      now += 100 * DAY;
      const review = await runAccessReview(directory, new RoleTable(), { unusedDays: 90, now });
      const codes = review.recommendations.filter((r) => r.principalId === svc.id).map((r) => r.code).sort();
      expect(codes).toEqual(['expired_credential_present', 'expired_credential_present', 'key_unused']);
      const row = review.principals.find((r) => r.principal.id === svc.id)!;
      expect(row.bindings[0]!.lastUsedAt).not.toBeNull();
    });
  });
}
