// The audit log on both dialects: group commit, signed checkpoints in two places, tamper
// detection on the database and on a JSONL export, query paging, crypto-shredding.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.ts';
import { payloadAad } from '../../src/audit/drafts.ts';
import { exportLine, queryAll, queryAudit } from '../../src/audit/query.ts';
import { storeEntries } from '../../src/audit/source.ts';
import { entryLine } from '../../src/audit/sinks/sink.ts';
import { verifyJsonl, verifyStore } from '../../src/audit/verify-sources.ts';
import type { AuditRequestEntry } from '../../src/audit/port.ts';
import type { SealedPayload } from '../../src/audit/payload.ts';
import { AuditSchema } from '../../src/config/audit-schema.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, requireService, uniqueSchema, dropTestSchema } from '../support/services.ts';

const entry = (i: number, extra: Partial<AuditRequestEntry> = {}): AuditRequestEntry => ({
  kind: 'request',
  requestId: `req-${String(i).padStart(6, '0')}`,
  time: 1_700_000_000_000 + i,
  route: 'chat',
  model: i % 2 ? 'mock-chat' : 'mock-text',
  principalId: `p_${i % 3}`,
  keyId: `k_${i % 3}`,
  sourceIp: '10.0.0.1',
  stream: false,
  decisions: [{ guard: 'scan.secrets', kind: 'scan.secrets', stage: 'scan_input', mode: 'enforce', action: i % 5 === 0 ? 'block' : 'allow', decided: 'allow', findings: i % 5 === 0 ? [{ guard: 'scan.secrets', rule: 'aws-key', score: 0.99, reason: 'AKIAABCDEFGHIJKLMNOP found', span: { start: 3, end: 23 } }] : [], durationMs: 0.1 }],
  status: 200,
  ...extra,
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`audit log on ${dialect}`, () => {
    let store: Store | undefined;
    let dir: string;
    let schema: string | undefined;
    let log: AuditLog;
    const tables = () => store!.db;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bulwark-audit-'));
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwaudit');
        store = await openStore({ url: PG_URL, dataDir: dir, pgSchema: schema });
      } else store = await openStore({ dataDir: dir });
      log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ payloads: 'encrypted', checkpoint: { every_entries: 100 } }) });
    });

    afterAll(async () => {
      await log?.close();
      await store?.close();
      await dropTestSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    const verify = () => verifyStore(store!, { trustedKeys: [log.keys.publicKeyPem], checkpointFile: log.checkpointFile });

    it('commits concurrent records in shared batches and verifies', async (t) => {
      if (!store) return t.skip();
      const before = log.writer.stats.batches;
      for (let round = 0; round < 3; round++) await Promise.all(Array.from({ length: 100 }, (_, i) => log.record(entry(round * 100 + i + 1))));
      expect(log.writer.stats.batches - before).toBeLessThan(30);
      await log.checkpoint();
      const r = await verify();
      expect(r.ok).toBe(true);
      expect(r.entries).toBe(301); // audit.started + 300
      expect(r.chains[0]!.checkpointsVerified).toBeGreaterThanOrEqual(3);
      expect(readFileSync(log.checkpointFile, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(3);
    });

    it('never stores a matched secret or a finding reason, and HMACs nothing it needs in clear', async (t) => {
      if (!store) return t.skip();
      const rows = await tables().selectFrom('audit_entries').select('body').execute();
      const all = rows.map((r) => r.body).join('\n');
      expect(all).not.toContain('AKIAABCDEFGHIJKLMNOP');
      expect(all).toContain('"rule":"aws-key"');
    });

    it('queries by filters with stable paging', async (t) => {
      if (!store) return t.skip();
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryAudit(store, { principal: 'p_1', limit: 7, ...(cursor ? { cursor } : {}) });
        seen.push(...page.entries.map((e) => String(e.data.request_id)));
        cursor = page.next;
      } while (cursor);
      expect(seen).toHaveLength(100);
      expect(new Set(seen).size).toBe(100);
      expect((await queryAudit(store, { requestId: 'req-000005' })).entries[0]!.data).toMatchObject({ decisions: [{ action: 'block' }] });
      expect((await queryAudit(store, { decision: 'block', model: 'mock-chat' })).entries.every((e) => e.data.model === 'mock-chat')).toBe(true);
      expect((await queryAudit(store, { from: 1_700_000_000_010, to: 1_700_000_000_020 })).entries).toHaveLength(10);
      await expect(queryAudit(store, { cursor: 'bm9wZQ' })).rejects.toThrow(RangeError);
    });

    it('crypto-shreds a subject: payloads unreadable, chain still verifies', async (t) => {
      if (!store) return t.skip();
      await log.record(entry(1000, { principalId: 'p_gdpr', requestBody: { messages: [{ role: 'user', content: 'my name is Jane Roe' }] } }));
      await log.record(entry(1001, { principalId: 'p_other', requestBody: { messages: [{ role: 'user', content: 'keep me' }] } }));
      const read = async (rid: string) => {
        const e = (await queryAudit(store!, { requestId: rid })).entries[0]!;
        const p = (e.data.payload as { request: SealedPayload }).request;
        return log.subjects.decrypt(p, payloadAad(rid, 'request.request'));
      };
      const rows = await tables().selectFrom('audit_entries').select('body').where('request_id', '=', 'req-001000').execute();
      expect(rows[0]!.body).not.toContain('Jane Roe');
      expect(await read('req-001000')).toEqual({ messages: [{ role: 'user', content: 'my name is Jane Roe' }] });
      expect(await log.eraseSubject('p_gdpr', 'p_admin')).toBe(true);
      expect(await read('req-001000')).toBeUndefined();
      expect(await read('req-001001')).toEqual({ messages: [{ role: 'user', content: 'keep me' }] });
      expect((await queryAudit(store, { type: 'audit.subject_erased' })).entries).toHaveLength(1);
      expect((await verify()).ok).toBe(true);
    });

    it('exports JSONL that verifies, and finds tampering in the file', async (t) => {
      if (!store) return t.skip();
      const lines: string[] = [];
      for await (const e of storeEntries(store, log.chainId)) lines.push(entryLine({ ...e, index: {} }));
      const file = join(dir, 'export.jsonl');
      writeFileSync(file, lines.join(''));
      const opts = { trustedKeys: [log.keys.publicKeyPem], checkpointFile: log.checkpointFile };
      expect((await verifyJsonl(file, opts)).ok).toBe(true);
      const cases: Array<[string, string[], string, number]> = [
        ['modified', lines.map((l, i) => (i === 10 ? l.replace('req-000010', 'req-999999') : l)), 'modified', 11],
        ['deleted', lines.filter((_, i) => i !== 10), 'deleted', 11],
        ['reordered', [...lines.slice(0, 10), lines[11]!, lines[10]!, ...lines.slice(12)], 'reordered', 11],
        ['inserted', [...lines.slice(0, 10), lines[9]!, ...lines.slice(10)], 'inserted', 10],
        ['truncated', lines.slice(0, 150), 'truncated', 151],
      ];
      for (const [name, content, kind, seq] of cases) {
        writeFileSync(file, content.join(''));
        const r = await verifyJsonl(file, opts);
        expect(r.firstBreak, name).toMatchObject({ kind, seq });
      }
      // queryAll export lines (the CLI's) carry the same shape.
      const first = await queryAll(store, { chain: log.chainId, requestId: 'req-000001' }).next();
      expect(JSON.parse(exportLine(first.value!))).toMatchObject({ chain: log.chainId, seq: 2, type: 'request' });
    });

    it('finds each kind of tampering in the database', async (t) => {
      if (!store) return t.skip();
      await log.checkpoint();
      const db = tables();
      const chain = log.chainId;
      const row = async (seq: number) => (await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '=', seq).executeTakeFirstOrThrow());
      const expectBreak = async (kind: string, seq: number) => expect((await verify()).firstBreak).toMatchObject({ kind, seq });

      // modified body
      const r20 = await row(20);
      await db.updateTable('audit_entries').set({ body: r20.body.replace('"10.0.0.1"', '"10.6.6.6"') }).where('chain_id', '=', chain).where('seq', '=', 20).execute();
      await expectBreak('modified', 20);
      await db.updateTable('audit_entries').set({ body: r20.body }).where('chain_id', '=', chain).where('seq', '=', 20).execute();
      // a query column changed without the body
      await db.updateTable('audit_entries').set({ principal_id: 'p_innocent' }).where('chain_id', '=', chain).where('seq', '=', 21).execute();
      await expectBreak('modified', 21);
      await db.updateTable('audit_entries').set({ principal_id: (await row(22)).principal_id === 'p_2' ? 'p_1' : 'p_1' }).where('chain_id', '=', chain).where('seq', '=', 21).execute();
      const r21 = JSON.parse((await row(21)).body) as { data: { principal: string } };
      await db.updateTable('audit_entries').set({ principal_id: r21.data.principal }).where('chain_id', '=', chain).where('seq', '=', 21).execute();
      expect((await verify()).ok).toBe(true);
      // a query column emptied, so the entry drops out of searches by key
      const r25 = await row(25);
      await db.updateTable('audit_entries').set({ key_id: null }).where('chain_id', '=', chain).where('seq', '=', 25).execute();
      await expectBreak('modified', 25);
      await db.updateTable('audit_entries').set({ key_id: r25.key_id }).where('chain_id', '=', chain).where('seq', '=', 25).execute();
      // the decision column no longer the worst action (a block hidden from `decision=block`)
      const blocked = await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('decision', '=', 'block').orderBy('seq').executeTakeFirstOrThrow();
      await db.updateTable('audit_entries').set({ decision: 'allow' }).where('chain_id', '=', chain).where('seq', '=', blocked.seq).execute();
      await expectBreak('modified', Number(blocked.seq));
      await db.updateTable('audit_entries').set({ decision: 'block' }).where('chain_id', '=', chain).where('seq', '=', blocked.seq).execute();
      // a status column that only shares a prefix with the recorded status
      await db.updateTable('audit_entries').set({ status: 20 }).where('chain_id', '=', chain).where('seq', '=', 26).execute();
      await expectBreak('modified', 26);
      await db.updateTable('audit_entries').set({ status: (await row(27)).status }).where('chain_id', '=', chain).where('seq', '=', 26).execute();
      // a control-plane event's actor column changed
      const erased = await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('type', '=', 'audit.subject_erased').executeTakeFirstOrThrow();
      expect(erased.principal_id).toBe('p_admin');
      await db.updateTable('audit_entries').set({ principal_id: 'p_someone_else' }).where('chain_id', '=', chain).where('seq', '=', erased.seq).execute();
      await expectBreak('modified', Number(erased.seq));
      await db.updateTable('audit_entries').set({ principal_id: 'p_admin' }).where('chain_id', '=', chain).where('seq', '=', erased.seq).execute();
      expect((await verify()).ok).toBe(true);
      // deleted
      const r30 = await row(30);
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '=', 30).execute();
      await expectBreak('deleted', 30);
      await db.insertInto('audit_entries').values(r30).execute();
      // reordered: two rows swap places
      const [a, b] = [await row(40), await row(41)];
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', 'in', [40, 41]).execute();
      await db.insertInto('audit_entries').values([{ ...a, seq: 41 }, { ...b, seq: 40 }]).execute();
      await expectBreak('reordered', 40);
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', 'in', [40, 41]).execute();
      await db.insertInto('audit_entries').values([a, b]).execute();
      expect((await verify()).ok).toBe(true);
      // inserted: rows from 50 on move up one place and a forged entry takes 50
      const moved = await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '>=', 50).orderBy('seq').execute();
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '>=', 50).execute();
      const forged = { ...moved[0]!, body: moved[0]!.body.replace('"10.0.0.1"', '"10.9.9.9"'), hash: 'e'.repeat(64) };
      await db.insertInto('audit_entries').values([forged, ...moved.map((r) => ({ ...r, seq: Number(r.seq) + 1 }))]).execute();
      await expectBreak('inserted', 50);
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '>=', 50).execute();
      await db.insertInto('audit_entries').values(moved).execute();
      expect((await verify()).ok).toBe(true);
      // truncated after a checkpoint: the tail goes, with its checkpoints in the store
      const last = await db.selectFrom('audit_entries').select(sql<number>`max(seq)`.as('m')).where('chain_id', '=', chain).executeTakeFirstOrThrow();
      const tail = await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '>', Number(last.m) - 5).execute();
      await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '>', Number(last.m) - 5).execute();
      const cps = await db.selectFrom('audit_checkpoints').selectAll().execute();
      await db.deleteFrom('audit_checkpoints').execute();
      await expectBreak('truncated', Number(last.m) - 4);
      await db.insertInto('audit_checkpoints').values(cps).execute();
      await db.insertInto('audit_entries').values(tail).execute();
      expect((await verify()).ok).toBe(true);
    });

    // PostgreSQL only: there verification streams through a cursor (SQLite reads one snapshot).
    if (dialect === 'postgres') it('finds a second row with the same sequence number once the primary key is dropped', async (t) => {
      if (!store) return t.skip();
      const db = tables();
      const chain = log.chainId;
      await sql`alter table audit_entries drop constraint audit_entries_pk`.execute(db);
      try {
        // A forged twin of an entry in the middle of the chain, next to the real one.
        const real = await db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '=', 60).executeTakeFirstOrThrow();
        await db.insertInto('audit_entries').values({ ...real, body: real.body.replace('"10.0.0.1"', '"10.7.7.7"') }).execute();
        const r = await verify();
        expect(r.ok).toBe(false);
        expect(r.firstBreak?.seq).toBe(60);
        await db.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '=', 60).where('body', '!=', real.body).execute();
        expect((await verify()).ok).toBe(true);
      } finally {
        await sql`alter table audit_entries add constraint audit_entries_pk primary key (chain_id, seq)`.execute(db);
      }
    });
  });
}
