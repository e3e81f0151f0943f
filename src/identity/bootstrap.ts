// First start: create the bootstrap admin and its credential, shown once and stored only hashed.
// Safe to re-run after a crash half-way: a leftover admin's keys are revoked and a new one made.
import type { Store } from '../store/store.ts';
import type { CredentialStore } from './api-keys.ts';

const MARK = 'bootstrap.admin_created';
export const BOOTSTRAP_ADMIN_ID = 'p_bootstrap_admin';

/** Returns the new admin key on first start, or undefined when one was made before. */
export async function ensureBootstrapAdmin(store: Store, creds: CredentialStore): Promise<string | undefined> {
  const done = await store.db.selectFrom('settings').select('value').where('key', '=', MARK).executeTakeFirst();
  if (done) return undefined;
  const existing = await store.db.selectFrom('principals').select('id').where('id', '=', BOOTSTRAP_ADMIN_ID).executeTakeFirst();
  if (existing) {
    const keys = await store.db.selectFrom('api_keys').select('id').where('principal_id', '=', BOOTSTRAP_ADMIN_ID).execute();
    for (const k of keys) await creds.revokeKey(k.id, 'bootstrap interrupted; replaced');
  } else {
    await creds.createPrincipal({ kind: 'user', name: 'Bootstrap admin', id: BOOTSTRAP_ADMIN_ID });
    await creds.bindRole(BOOTSTRAP_ADMIN_ID, 'admin', '*');
  }
  const created = await creds.createKey(BOOTSTRAP_ADMIN_ID, { name: 'bootstrap-admin', modelScopes: ['*'] });
  await store.db.insertInto('settings').values({ key: MARK, value: String(Date.now()) }).execute();
  return created.key;
}
