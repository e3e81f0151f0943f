// Retention: old entries go to a signed, compressed segment and leave the store; verification
// crosses the archive boundary and notices a tampered, missing or re-anchored archive.
import { readFileSync, readdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.ts';
import { verifyStore } from '../../src/audit/verify-sources.ts';
import { AuditSchema } from '../../src/config/audit-schema.ts';
import { type Store, openStore } from '../../src/store/store.ts';

const DAY = 86_400_000;

describe('audit retention and archives', () => {
  let dir: string;
  let store: Store;
  let log: AuditLog;
  const now = Date.now();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-archive-'));
    store = await openStore({ dataDir: dir });
    log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ retention_days: 180 }) });
  });
  afterAll(async () => {
    await log.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const verify = () => verifyStore(store, { trustedKeys: [log.keys.publicKeyPem], checkpointFile: log.checkpointFile, archiveDir: log.archiveDir });

  it('archives what is past retention and verifies across the boundary', async () => {
    // audit.started was recorded "now"; these are older, so archive a fresh chain's worth by time.
    const old = now - 200 * DAY;
    await store.db.deleteFrom('audit_entries').execute();
    (log.writer.head as { seq: number; hash: string }).seq = 0;
    (log.writer.head as { hash: string }).hash = (await import('../../src/audit/chain.ts')).genesisHash(log.chainId);
    for (let i = 0; i < 40; i++) await log.recordEvent('admin.action', { actorId: 'p_admin', action: 'key.create', targetId: `k_${i}` }, old + i);
    for (let i = 0; i < 10; i++) await log.recordEvent('admin.action', { actorId: 'p_admin', action: 'key.revoke', targetId: `k_${i}` }, now - DAY + i);
    const m = await log.applyRetention(now);
    expect(m).toMatchObject({ first_seq: 1, last_seq: 40, entries: 40 });
    expect(await store.db.selectFrom('audit_entries').select('seq').where('seq', '<=', 40).execute()).toHaveLength(0);
    const r = await verify();
    expect(r.firstBreak).toBeUndefined();
    expect(r.entries).toBe(40 + 10 + 1); // + the audit.archived entry
    expect(await log.applyRetention(now)).toBeUndefined();
  });

  it('notices a tampered or missing archive and a forged anchor', async () => {
    const files = readdirSync(log.archiveDir);
    const gzName = files.find((f) => f.endsWith('.jsonl.gz'))!;
    const gzPath = join(log.archiveDir, gzName);
    const original = readFileSync(gzPath);
    writeFileSync(gzPath, gzipSync(gunzipSync(original).toString('utf8').replace('k_3', 'k_X')));
    expect((await verify()).firstBreak).toMatchObject({ kind: 'modified' });
    writeFileSync(gzPath, original);
    expect((await verify()).ok).toBe(true);

    await store.db.updateTable('audit_archives').set({ last_hash: 'a'.repeat(64) }).execute();
    expect((await verify()).ok).toBe(false);
    const real = JSON.parse(readFileSync(join(log.archiveDir, files.find((f) => f.endsWith('.manifest.json'))!), 'utf8')) as { last_hash: string };
    await store.db.updateTable('audit_archives').set({ last_hash: real.last_hash }).execute();

    const manifest = join(log.archiveDir, files.find((f) => f.endsWith('.manifest.json'))!);
    const text = readFileSync(manifest);
    unlinkSync(manifest);
    expect((await verify()).firstBreak).toMatchObject({ kind: 'deleted' });
    writeFileSync(manifest, text);
    expect((await verify()).ok).toBe(true);
  });
});
