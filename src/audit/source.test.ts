// SQLite verification reads a chain in consecutive ranges of sequence numbers (one snapshot):
// whatever the tampering, at a range boundary, across one, or with values no range covers, it
// must name the same first break as reading the chain in one ordered query.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from './log.ts';
import type { AuditRequestEntry } from './port.ts';
import { verifyStore } from './verify-sources.ts';
import { type VerifyRecord, verifyEntries } from './verify.ts';
import { AuditSchema } from '../config/audit-schema.ts';
import { type Store, openStore } from '../store/store.ts';

const N = 5_000;

const entry = (i: number): AuditRequestEntry => ({
  kind: i % 2 ? 'outcome' : 'request',
  requestId: `r-${i}`,
  time: 1_700_000_000_000 + i,
  route: 'chat',
  principalId: `p_${i % 7}`,
  sourceIp: '10.0.0.1',
  stream: false,
  decisions: [{ guard: 'scan.pii', kind: 'scan.pii', stage: 'scan_input', mode: 'enforce', action: i % 11 ? 'allow' : 'redact', decided: 'allow', findings: [], durationMs: 0.1 }],
  status: 200,
});

type Row = [number, number, string, string | null, string | null, string | null, string | null, string | null, string | null, number | null, string, string];

describe('SQLite verification in ranges', () => {
  let dir: string;
  let store: Store;
  let log: AuditLog;
  let db: BetterSqlite3.Database;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-ranges-'));
    store = await openStore({ dataDir: dir });
    log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ durability: 'normal', checkpoint: { every_entries: 1_000_000 } }) });
    await Promise.all(Array.from({ length: N }, (_, i) => log.record(entry(i))));
    await log.writer.flush();
    db = new BetterSqlite3(store.location);
    // As an attacker might: the same table without its primary key, so twins can be planted.
    db.exec('create table audit_copy as select * from audit_entries; drop table audit_entries; alter table audit_copy rename to audit_entries');
  });

  afterAll(async () => {
    db?.close();
    await log?.close().catch(() => {});
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The reference: the whole chain in one ordered query, as verification read it before. */
  const reference = () => {
    const rows = db
      .prepare('select seq, time, type, request_id, principal_id, key_id, model, route, decision, status, hash, body from audit_entries where chain_id = ? and seq > 0 order by seq, rowid')
      .raw(true)
      .all(log.chainId) as Row[];
    const recs: VerifyRecord[] = rows.map((r) => ({ chain: log.chainId, seq: r[0], time: r[1], type: r[2], hash: r[10], body: r[11], index: { requestId: r[3] ?? undefined, principalId: r[4] ?? undefined, keyId: r[5] ?? undefined, model: r[6] ?? undefined, route: r[7] ?? undefined, decision: r[8] ?? undefined, status: r[9] ?? undefined } }));
    return verifyEntries(recs, { trustedKeys: [log.keys.publicKeyPem] });
  };
  const both = async () => {
    const [got, want] = await Promise.all([verifyStore(store, { trustedKeys: [log.keys.publicKeyPem] }), reference()]);
    expect(got.firstBreak).toEqual(want.firstBreak);
    expect(got.entries).toBe(want.entries);
    return got;
  };
  /** Applies a change, checks both readers agree, then undoes it. */
  const tampered = async (change: string, undo: string, expected: { kind: string; seq: number }) => {
    db.exec(change);
    try {
      expect((await both()).firstBreak).toMatchObject(expected);
    } finally {
      db.exec(undo);
    }
    expect((await both()).ok).toBe(true);
  };

  it('verifies the whole chain across ranges', async () => {
    const r = await both();
    expect(r.ok).toBe(true);
    expect(r.entries).toBeGreaterThan(N);
  });

  it('finds a twin planted at a range boundary, and next to it', async () => {
    for (const seq of [2_048, 2_049, 4_096]) {
      await tampered(
        `insert into audit_entries select chain_id, seq, time, type, request_id, principal_id, key_id, model, route, decision, status, hash, replace(body, '10.0.0.1', '10.6.6.6') from audit_entries where seq = ${seq}`,
        `delete from audit_entries where seq = ${seq} and body like '%10.6.6.6%'`,
        { kind: 'inserted', seq },
      );
    }
  });

  it('finds runs deleted across a boundary, and a long run (stepped over, not read range by range)', async () => {
    db.exec('create table kept as select * from audit_entries where seq between 2040 and 4500');
    try {
      await tampered('delete from audit_entries where seq between 2040 and 2060', 'insert into audit_entries select * from kept where seq between 2040 and 2060', { kind: 'deleted', seq: 2_040 });
      await tampered('delete from audit_entries where seq between 2049 and 4500', 'insert into audit_entries select * from kept where seq between 2049 and 4500', { kind: 'deleted', seq: 2_049 });
    } finally {
      db.exec('drop table kept');
    }
  });

  it('reads sequence numbers no range covers: text, fractions, a huge number', async () => {
    await tampered("update audit_entries set seq = 'x' where seq = 3000", "update audit_entries set seq = 3000 where seq = 'x'", { kind: 'deleted', seq: 3_000 });
    await tampered('update audit_entries set seq = 2048.5 where seq = 2049', 'update audit_entries set seq = 2049 where seq = 2048.5', { kind: 'reordered', seq: 2_048.5 });
    await tampered('update audit_entries set seq = 1e300 where seq = 100', 'update audit_entries set seq = 100 where seq = 1e300', { kind: 'deleted', seq: 100 });
  });
});
