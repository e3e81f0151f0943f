// The audit log in the running gateway: every answered request has its entries, a store that
// cannot record means 503 and nothing forwarded, and nothing is lost once it recovers.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit } from '../../src/audit/query.ts';
import { verifyStore } from '../../src/audit/verify-sources.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { PG_URL, requireService, uniqueSchema } from '../support/services.ts';

const chat = (content = 'hello') => ({ model: 'mock-chat', messages: [{ role: 'user', content }] });

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`audited gateway on ${dialect}`, () => {
    let up: MockUpstream;
    let t: TestGateway | undefined;
    let schema: string | undefined;
    let breakStore: (broken: boolean) => Promise<void>;

    beforeAll(async () => {
      up = await startMockUpstream();
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwaudgw');
        t = await startTestGateway(mockPolicy(up.baseUrl), { databaseUrl: PG_URL, pgSchema: schema });
        breakStore = async (broken) => {
          const c = new pg.Client({ connectionString: PG_URL });
          await c.connect();
          await c.query(broken ? `alter table ${schema}.audit_entries rename to audit_entries_off` : `alter table ${schema}.audit_entries_off rename to audit_entries`);
          await c.end();
        };
      } else {
        t = await startTestGateway(mockPolicy(up.baseUrl));
        // Another process takes the table away: the gateway's writes fail as on a broken disk.
        breakStore = async (broken) => {
          const db = new BetterSqlite3(t!.gw.store.location);
          db.exec(broken ? 'alter table audit_entries rename to audit_entries_off' : 'alter table audit_entries_off rename to audit_entries');
          db.close();
        };
      }
    });

    afterAll(async () => {
      await t?.close();
      await up.close();
      if (schema) {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      }
    });

    it('fails closed while the store cannot record, forwards nothing, and loses nothing', async (ctx) => {
      if (!t) return ctx.skip();
      const ok: string[] = [];
      const r1 = await t.post('/v1/chat/completions', chat());
      expect(r1.status).toBe(200);
      ok.push(r1.headers.get('x-request-id')!);
      const forwarded = up.received.length;

      await breakStore(true);
      const failed = await Promise.all(Array.from({ length: 8 }, () => t!.post('/v1/chat/completions', chat())));
      for (const r of failed) {
        expect(r.status).toBe(503);
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe('BULWARK_E_AUDIT_UNAVAILABLE');
      }
      expect(up.received.length).toBe(forwarded);
      // Admin reads of the log are refused too while they cannot be recorded.
      const search = await t.post('/admin/v1/audit/hash', { value: '10.0.0.1' });
      expect(search.status).toBe(503);
      expect((await t.post('/admin/v1/audit/subjects/erase', { subject: 'p_someone' })).status).toBe(503);
      // A change that cannot be recorded is not made: no principal appears.
      const before = (await t.gw.store.db.selectFrom('principals').select('id').execute()).length;
      const change = await t.post('/admin/v1/principals', { kind: 'user', name: 'unrecorded' });
      expect(change.status).toBe(503);
      expect((await t.gw.store.db.selectFrom('principals').select('id').execute()).length).toBe(before);

      await breakStore(false);
      const after = await Promise.all(Array.from({ length: 8 }, (_, i) => t!.post('/v1/chat/completions', chat(`again ${i}`))));
      for (const r of after) {
        expect(r.status).toBe(200);
        ok.push(r.headers.get('x-request-id')!);
      }
      expect(up.received.length).toBe(forwarded + 8);

      const gw = t.gw;
      const result = await verifyStore(gw.store, { trustedKeys: [gw.audit!.keys.publicKeyPem], checkpointFile: gw.audit!.checkpointFile });
      expect(result.firstBreak).toBeUndefined();
      for (const id of ok) {
        const { entries } = await queryAudit(gw.store, { requestId: id });
        expect(entries.map((e) => e.type).sort()).toEqual(['outcome', 'request']);
        const outcome = entries.find((e) => e.type === 'outcome')!;
        expect(outcome.data).toMatchObject({ status: 200, upstream_status: 200, route: 'chat', model: 'mock-chat', principal: 'p_bootstrap_admin' });
        expect(outcome.data).not.toHaveProperty('payload');
      }
    });

    it('records refusals and policy reloads, and serves the admin audit API', async (ctx) => {
      if (!t) return ctx.skip();
      const denied = await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer bwk_wrong' }, body: JSON.stringify(chat()) });
      expect(denied.status).toBe(401);
      const rid = denied.headers.get('x-request-id')!;
      expect((await t.gw.reload()).ok).toBe(true);
      await t.gw.audit!.writer.flush();
      await new Promise((r) => setTimeout(r, 50));
      await t.gw.audit!.writer.flush();
      const { entries } = await queryAudit(t.gw.store, { requestId: rid });
      expect(entries.find((e) => e.type === 'outcome')!.data).toMatchObject({ status: 401, error_code: 'BULWARK_E_UNAUTHENTICATED' });
      expect((await queryAudit(t.gw.store, { type: 'policy.reloaded' })).entries).toHaveLength(1);
      // The first admin, made before the log opened, is recorded once it is open.
      const boot = (await queryAudit(t.gw.store, { type: 'admin.action' })).entries.find((e) => e.data.action === 'principal.bootstrap_admin');
      expect(boot?.data).toMatchObject({ actorId: 'system:bootstrap', targetId: 'p_bootstrap_admin' });

      const auth = { authorization: `Bearer ${t.key}` };
      const hash = await t.post('/admin/v1/audit/hash', { value: '10.0.0.1' });
      expect(hash.status).toBe(200);
      expect(((await hash.json()) as { hmac: string }).hmac).toBe(t.gw.audit!.hash('10.0.0.1'));
      const list = await fetch(`${t.url}/admin/v1/audit/entries?request_id=${rid}`, { headers: auth });
      expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(1);
      expect((await fetch(`${t.url}/admin/v1/audit/entries?evil=1`, { headers: auth })).status).toBe(400);
      const ocsf = await (await fetch(`${t.url}/admin/v1/audit/export?format=ocsf&type=outcome`, { headers: auth })).text();
      const events = ocsf.trim().split('\n').map((l) => JSON.parse(l) as { class_uid: number });
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.class_uid === 6003 || e.class_uid === 2004)).toBe(true);
      const v = await t.post('/admin/v1/audit/verify', {});
      expect(await v.json()).toMatchObject({ ok: true });
      // The admin API's authorization applies: no key, or a role without audit:read, gets nothing.
      expect((await fetch(`${t.url}/admin/v1/audit/entries`)).status).toBe(401);
      const analyst = await t.gw.credentials.createPrincipal({ kind: 'user', name: 'analyst' });
      await t.gw.credentials.bindRole(analyst, 'analyst');
      const { key } = await t.gw.credentials.createKey(analyst, { name: 'k' });
      expect((await fetch(`${t.url}/admin/v1/audit/entries`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(403);
      expect((await t.post('/admin/v1/audit/hash', { value: 'x' }, { authorization: `Bearer ${key}` })).status).toBe(403);
      await t.gw.audit!.writer.flush();
      const denials = (await queryAudit(t.gw.store, { type: 'authz.decision' })).entries.filter((e) => e.data.allowed === false);
      expect(denials.some((e) => e.data.principalId === analyst && e.data.permission === 'audit:read')).toBe(true);
      expect((await queryAudit(t.gw.store, { type: 'auth.failed' })).entries.length).toBeGreaterThan(0);
      const erase = await t.post('/admin/v1/audit/subjects/erase', { subject: 'p_nobody' });
      expect(await erase.json()).toEqual({ erased: false });
      expect((await t.post('/admin/v1/audit/subjects/erase', { subject: '' })).status).toBe(400);
      expect((await queryAudit(t.gw.store, { type: 'audit.hash_requested' })).entries.length).toBeGreaterThan(0);
    });
  });
}
