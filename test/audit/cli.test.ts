// `bulwark audit …` in process: verify (store and file), query, export, hash, archive, and the
// exit code when the log was tampered with.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.ts';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../support/cli.ts';

describe('bulwark audit', () => {
  let dir: string;
  let hashOfIp: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-audit-cli-'));
    const store = await openStore({ dataDir: dir });
    const log = await AuditLog.open({ store, dataDir: dir });
    for (let i = 0; i < 30; i++) {
      await log.record({ kind: 'outcome', requestId: `cli-req-${i}`, time: Date.now(), route: 'chat', model: 'mock-chat', principalId: 'p_cli', sourceIp: '192.0.2.7', stream: false, decisions: [], status: 200 });
    }
    await log.recordEvent('auth.failed', { surface: 'admin', sourceIp: '192.0.2.9', reason: 'unknown_key', keyPrefix: 'bwk_abc' });
    hashOfIp = log.hash('192.0.2.9');
    await log.close();
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies the store and an export of it', async () => {
    const v = await runCli('audit', 'verify', '--data-dir', dir);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/OK: 33 entries verified/);
    const file = join(dir, 'export.jsonl');
    expect((await runCli('audit', 'export', '--data-dir', dir, '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(33);
    expect((await runCli('audit', 'verify', '--data-dir', dir, '--file', file)).code).toBe(0);
    const ocsf = await runCli('audit', 'export', '--data-dir', dir, '--format', 'ocsf', '--type', 'auth.failed');
    expect(JSON.parse(ocsf.out.trim())).toMatchObject({ class_uid: 3002, status_id: 2 });
  });

  it('queries, and hashes a value the way the log does', async () => {
    const q = await runCli('audit', 'query', '--data-dir', dir, '--request-id', 'cli-req-7', '--json');
    expect(JSON.parse(q.out)).toMatchObject({ type: 'outcome', data: { request_id: 'cli-req-7', status: 200 } });
    const h = await runCli('audit', 'hash', '192.0.2.9', '--data-dir', dir);
    expect(h.out.trim()).toBe(hashOfIp);
    expect((await runCli('audit', 'query', '--data-dir', dir, '--limit', '0')).code).toBe(2);
    expect((await runCli('audit', 'verify', '--data-dir', join(dir, 'nope'))).code).toBe(2);
  });

  it('exits 1 and names the break when the database was changed', async () => {
    const db = new BetterSqlite3(join(dir, 'bulwark.db'));
    const row = db.prepare("select body from audit_entries where request_id = 'cli-req-12'").get() as { body: string };
    db.prepare("update audit_entries set body = ? where request_id = 'cli-req-12'").run(row.body.replace('192.0.2.7', '198.51.100.1'));
    db.close();
    const v = await runCli('audit', 'verify', '--data-dir', dir);
    expect(v.code).toBe(1);
    expect(v.out).toMatch(/BROKEN: modified at \S+:14/);
    const j = await runCli('audit', 'verify', '--data-dir', dir, '--json');
    expect(JSON.parse(j.out)).toMatchObject({ ok: false, firstBreak: { kind: 'modified', seq: 14 } });
  });

  it('tails new entries as they are committed', async () => {
    const child = spawn(process.execPath, ['bin/bulwark.mjs', 'audit', 'tail', '--data-dir', dir, '--interval', '100', '--json'], { cwd: new URL('../..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    try {
      // Once it has found the current end, write after it.
      const ready = Date.now() + 15_000;
      while (!err.includes('following') && Date.now() < ready) await new Promise((r) => setTimeout(r, 50));
      const store = await openStore({ dataDir: dir });
      const log = await AuditLog.open({ store, dataDir: dir });
      await log.recordEvent('admin.action', { actorId: 'p_tail', action: 'key.create' });
      await log.close();
      await store.close();
      const deadline = Date.now() + 10_000;
      while (!out.includes('p_tail') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
      expect(lines.map((l) => l.type)).toEqual(['audit.started', 'admin.action', 'audit.stopped']);
      expect(lines[1]!.data).toMatchObject({ actorId: 'p_tail' });
    } finally {
      child.kill('SIGINT');
    }
  }, 30_000);
});
