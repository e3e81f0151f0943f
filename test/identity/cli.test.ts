// The identity commands against a running gateway (URL and key from the environment) and on the
// local store with --local; JSON output for scripts, the secret printed once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { runCli } from '../support/cli.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t.close();
});

describe('bulwark identity commands over the admin API', () => {
  it('creates a service account, grants a role, mints, lists, rotates and revokes a key', async () => {
    process.env.BULWARK_URL = t.url;
    process.env.BULWARK_API_KEY = t.key;
    try {
      const p = await runCli('principals', 'create', '--kind', 'service', '--name', 'fraud scorer', '--owner', 'p_bootstrap_admin', '--json');
      expect(p.code).toBe(0);
      const pid = JSON.parse(p.out).id as string;
      expect((await runCli('bindings', 'grant', '--principal', pid, '--role', 'app', '--resource', 'model:demo-*')).code).toBe(0);
      const k = await runCli('keys', 'create', '--principal', pid, '--name', 'prod', '--models', 'demo-fraud', '--json');
      expect(k.code).toBe(0);
      const created = JSON.parse(k.out) as { id: string; secret: string };
      expect(created.secret).toMatch(/^bwk_/);
      const listed = await runCli('keys', 'list', '--principal', pid);
      expect(listed.out).toContain(created.id);
      expect(listed.out).not.toContain(created.secret);
      const rot = await runCli('keys', 'rotate', created.id, '--grace', '0');
      expect(rot.out).toMatch(/^bwk_[A-Za-z0-9_-]{43}\n/);
      expect((await runCli('keys', 'revoke', created.id)).code).toBe(1); // already revoked by a zero-grace rotation
      const review = await runCli('access', 'review', '--json');
      expect(JSON.parse(review.out).principals.length).toBeGreaterThan(1);
      const csv = await runCli('access', 'review', '--format', 'csv');
      expect(csv.out.split('\n')[0]).toContain('principal_id');
      const roles = await runCli('roles', 'list');
      expect(roles.out).toMatch(/ml-engineer/);
    } finally {
      delete process.env.BULWARK_URL;
      delete process.env.BULWARK_API_KEY;
    }
  });

  it('fails clearly without a credential or with a bad one (never echoing it)', async () => {
    const none = await runCli('principals', 'list', '--url', t.url);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/BULWARK_API_KEY/);
    const bad = `bwk_${'B'.repeat(43)}`;
    const r = await runCli('principals', 'list', '--url', t.url, '--token', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('BULWARK_E_UNAUTHENTICATED');
    expect(r.err).not.toContain(bad);
  });
});

describe('bulwark … --local', () => {
  it('works on the embedded store with no server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-local-'));
    try {
      const p = await runCli('principals', 'create', '--local', '--data-dir', dir, '--name', 'Recovery admin', '--json');
      const pid = JSON.parse(p.out).id as string;
      expect((await runCli('bindings', 'grant', '--local', '--data-dir', dir, '--principal', pid, '--role', 'admin')).code).toBe(0);
      const k = await runCli('keys', 'create', '--local', '--data-dir', dir, '--principal', pid, '--name', 'recovery');
      expect(k.out).toMatch(/^bwk_/);
      const rev = await runCli('access', 'review', '--local', '--data-dir', dir);
      expect(rev.out).toContain('admin_rights');
      expect((await runCli('bindings', 'grant', '--local', '--data-dir', dir, '--principal', pid, '--role', 'nope')).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
