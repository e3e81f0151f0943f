// Separation of duties, no privilege escalation, access reviews, and the start-up refusal when the
// admin API is exposed with no admin credential.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentitySchema } from '../../src/config/identity-schema.ts';
import { startGateway } from '../../src/gateway/gateway.ts';
import { type AccessReview, accessReviewCsv } from '../../src/identity/access-review.ts';
import { assertAdminCredential } from '../../src/identity/admin-credential.ts';
import { assertDeploymentApprover } from '../../src/identity/separation.ts';
import { openStore } from '../../src/store/store.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { call, principalWithRole } from './support.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t.close();
});

describe('separation of duties and escalation', () => {
  it('a principal cannot grant itself a role', async () => {
    const officer = await principalWithRole(t, 'security-officer');
    const r = await call(t, 'POST', '/admin/v1/bindings', officer.key, { principal_id: officer.id, role: 'auditor' });
    expect(r.status).toBe(403);
    expect((r.body as { error: { code: string } }).error.code).toBe('BULWARK_E_SELF_GRANT');
    const admin = await call(t, 'POST', '/admin/v1/bindings', t.key, { principal_id: 'p_bootstrap_admin', role: 'auditor' });
    expect((admin.body as { error: { code: string } }).error.code).toBe('BULWARK_E_SELF_GRANT');
  });

  it('nobody hands over permissions they do not hold (roles, or keys for stronger principals)', async () => {
    const officer = await principalWithRole(t, 'security-officer');
    const target = await principalWithRole(t, undefined, { name: 'target' });
    // security-officer lacks dataset:read etc.: cannot grant admin or data-scientist...
    expect((await call(t, 'POST', '/admin/v1/bindings', officer.key, { principal_id: target.id, role: 'admin' })).status).toBe(403);
    expect((await call(t, 'POST', '/admin/v1/bindings', officer.key, { principal_id: target.id, role: 'data-scientist' })).status).toBe(403);
    // ...but can grant what it holds.
    expect((await call(t, 'POST', '/admin/v1/bindings', officer.key, { principal_id: target.id, role: 'auditor' })).status).toBe(201);
    // Minting a key for the bootstrap admin would be acting as admin: refused.
    expect((await call(t, 'POST', '/admin/v1/keys', officer.key, { principal_id: 'p_bootstrap_admin', name: 'x' })).status).toBe(403);
    expect((await call(t, 'POST', '/admin/v1/keys', officer.key, { principal_id: target.id, name: 'x' })).status).toBe(201);
  });

  it('the one who registers a model version cannot approve its deployment (configurable)', () => {
    const on = IdentitySchema.parse({}).separation_of_duties;
    expect(() => assertDeploymentApprover(on, { registeredBy: 'p1' }, 'p1')).toThrow(/Separation of duties/);
    expect(() => assertDeploymentApprover(on, { registeredBy: 'p1' }, 'p2')).not.toThrow();
    const off = IdentitySchema.parse({ separation_of_duties: { register_cannot_deploy: false } }).separation_of_duties;
    expect(() => assertDeploymentApprover(off, { registeredBy: 'p1' }, 'p1')).not.toThrow();
  });

  it('refuses unknown roles, bad resource scopes and unknown fields', async () => {
    const target = await principalWithRole(t, undefined);
    expect((await call(t, 'POST', '/admin/v1/bindings', t.key, { principal_id: target.id, role: 'god' })).status).toBe(400);
    expect((await call(t, 'POST', '/admin/v1/bindings', t.key, { principal_id: target.id, role: 'app', resource: 'model fraud' })).status).toBe(400);
    expect((await call(t, 'POST', '/admin/v1/principals', t.key, { kind: 'user', name: 'x', is_admin: true })).status).toBe(400);
  });
});

describe('access review', () => {
  it('reports roles, permissions, last use and the recommendations the practice asks for', async () => {
    const svc = await principalWithRole(t, 'app', { kind: 'service', name: 'orphan service' });
    const both = await principalWithRole(t, 'data-scientist', { name: 'ds and deployer' });
    expect((await call(t, 'POST', '/admin/v1/bindings', t.key, { principal_id: both.id, role: 'ml-engineer' })).status).toBe(201);
    const exp = await principalWithRole(t, 'analyst', { key: { expires_at: Date.now() + 50 } });
    await new Promise((r) => setTimeout(r, 80));
    const r = await call(t, 'GET', '/admin/v1/access-review', t.key);
    expect(r.status).toBe(200);
    const review = r.body as AccessReview;
    const codes = (id: string) => review.recommendations.filter((x) => x.principalId === id).map((x) => x.code);
    expect(codes(svc.id)).toContain('service_without_owner');
    expect(codes(both.id)).toContain('training_data_and_deploy');
    expect(codes('p_bootstrap_admin')).toContain('admin_rights');
    expect(codes(exp.id)).toContain('expired_credential_present');
    const bothRow = review.principals.find((p) => p.principal.id === both.id)!;
    expect(bothRow.effectivePermissions).toEqual(expect.arrayContaining(['dataset:read', 'model:deploy']));
    // Far in the future, everything is unused.
    const csv = await call(t, 'GET', '/admin/v1/access-review?format=csv&unused_days=1', t.key);
    expect(csv.text.split('\n')[0]).toContain('principal_id');
    expect(csv.text).toContain(both.id);
  });

  it('flags keys unused for N days and defuses formulas in CSV', () => {
    const review: AccessReview = {
      generatedAt: 0, unusedDays: 90, recommendations: [],
      principals: [{ principal: { id: 'p', kind: 'user', name: '=HYPERLINK("http://x")', ownerId: null, status: 'active', createdAt: 0, lastSeenAt: null }, bindings: [], effectivePermissions: [], resources: [], keys: [], recommendations: [] }],
    };
    const csv = accessReviewCsv(review);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('admin credential at start-up', () => {
  it('refuses to start with the admin API exposed and no live admin credential', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-noadmin-'));
    const store = await openStore({ dataDir: dir });
    await store.db.insertInto('settings').values({ key: 'bootstrap.admin_created', value: '1' }).execute();
    const cfg = IdentitySchema.parse({});
    await expect(assertAdminCredential(store, cfg)).rejects.toThrow(/no admin credential/);
    await expect(assertAdminCredential(store, IdentitySchema.parse({ admin_api: { enabled: false } }))).resolves.toBeUndefined();
    await store.close();
    await expect(startGateway({ dataDir: dir, port: 0, logger: (await import('pino')).default({ level: 'silent' }) })).rejects.toThrow(/no admin credential/);
    rmSync(dir, { recursive: true, force: true });
  });
});
