// Key lifecycle through the admin API and the data plane: shown once, never stored, revocation
// and expiry immediate, scope and CIDR restrictions, rotation grace; and no secret in any log.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulwarkEvent } from '../../src/events/bus.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { call, principalWithRole } from './support.ts';

let t: TestGateway;
const events: BulwarkEvent[] = [];
beforeAll(async () => {
  t = await startTestGateway();
  t.gw.bus.subscribe((e) => events.push(e));
});
afterAll(async () => {
  await t.close();
});

const chat = { model: 'demo-chat', messages: [{ role: 'user', content: 'hi' }] };
const invoke = (key: string) => call(t, 'POST', '/v1/chat/completions', key, chat);

describe('API keys', () => {
  it('shows the secret once and stores only its HMAC', async () => {
    const who = await principalWithRole(t, 'app', { kind: 'service' });
    expect(who.key).toMatch(/^bwk_[A-Za-z0-9_-]{43}$/);
    const shown = await call(t, 'GET', `/admin/v1/keys/${who.keyId}`, t.key);
    expect(shown.status).toBe(200);
    expect(shown.text).not.toContain(who.key);
    expect(shown.text).not.toContain('secret');
    const listed = await call(t, 'GET', '/admin/v1/keys', t.key);
    expect(listed.text).not.toContain(who.key.slice(12));
    await t.gw.credentials.flushUse();
    // The whole database (and its WAL) holds no trace of the key body.
    const dataDir = join(t.dir, 'data');
    for (const f of readdirSync(dataDir).filter((n) => n.startsWith('bulwark.db'))) {
      const bytes = readFileSync(join(dataDir, f));
      expect(bytes.includes(Buffer.from(who.key.slice(10))), f).toBe(false);
    }
    expect((await invoke(who.key)).status).toBe(200);
  });

  it('revocation takes effect on the next request', async () => {
    const who = await principalWithRole(t, 'app');
    expect((await invoke(who.key)).status).toBe(200);
    expect((await call(t, 'POST', `/admin/v1/keys/${who.keyId}/revoke`, t.key, { reason: 'leaked' })).status).toBe(200);
    const r = await invoke(who.key);
    expect(r.status).toBe(401);
    expect((r.body as { error: { code: string } }).error.code).toBe('BULWARK_E_UNAUTHENTICATED');
  });

  it('expiry takes effect without any change to the store', async () => {
    const who = await principalWithRole(t, 'app', { key: { expires_at: Date.now() + 600 } });
    expect((await invoke(who.key)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 700));
    expect((await invoke(who.key)).status).toBe(401);
    expect((await call(t, 'POST', '/admin/v1/keys', t.key, { principal_id: who.id, name: 'past', expires_at: Date.now() - 1 })).status).toBe(400);
  });

  it('one 401 for missing, malformed, unknown, revoked and expired credentials', async () => {
    const bodies = new Set<string>();
    for (const auth of [undefined, 'garbage', `bwk_${'A'.repeat(43)}`, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.']) {
      const r = await call(t, 'POST', '/v1/chat/completions', auth, chat);
      expect(r.status).toBe(401);
      const e = (r.body as { error: Record<string, unknown> }).error;
      bodies.add(JSON.stringify({ ...e, request_id: '' }));
    }
    expect(bodies.size).toBe(1);
  });

  it('model scopes and permission scopes restrict a key below its roles', async () => {
    const scoped = await principalWithRole(t, 'admin', { key: { model_scopes: ['demo-fraud'] } });
    const r = await invoke(scoped.key);
    expect(r.status).toBe(403);
    expect((r.body as { error: { code: string } }).error.code).toBe('BULWARK_E_FORBIDDEN');
    const invokeOnly = await principalWithRole(t, 'admin', { key: { route_scopes: ['model:invoke'] } });
    expect((await invoke(invokeOnly.key)).status).toBe(200);
    expect((await call(t, 'GET', '/admin/v1/principals', invokeOnly.key)).status).toBe(403);
  });

  it('a source-address allow-list holds', async () => {
    const local = await principalWithRole(t, 'app', { key: { source_cidrs: ['127.0.0.0/8', '::1/128'] } });
    expect((await invoke(local.key)).status).toBe(200);
    const remote = await principalWithRole(t, 'app', { key: { source_cidrs: ['10.0.0.0/8'] } });
    expect((await invoke(remote.key)).status).toBe(401);
    expect((await call(t, 'POST', '/admin/v1/keys', t.key, { principal_id: remote.id, name: 'bad', source_cidrs: ['10.0.0.0/99'] })).status).toBe(400);
  });

  it('rotation keeps the old key valid only for the grace period', async () => {
    const who = await principalWithRole(t, 'app');
    const rot = await call(t, 'POST', `/admin/v1/keys/${who.keyId}/rotate`, t.key, { grace_seconds: 1 });
    expect(rot.status).toBe(201);
    const next = rot.body as { secret: string; id: string; previous: { rotatedTo: string } };
    expect(next.previous.rotatedTo).toBe(next.id);
    expect((await invoke(next.secret)).status).toBe(200);
    expect((await invoke(who.key)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await invoke(who.key)).status).toBe(401);
    expect((await invoke(next.secret)).status).toBe(200);
    // No grace: the old key stops at once; a rotated key cannot be rotated again.
    const who2 = await principalWithRole(t, 'app');
    const rot2 = await call(t, 'POST', `/admin/v1/keys/${who2.keyId}/rotate`, t.key, { grace_seconds: 0 });
    expect((await invoke(who2.key)).status).toBe(401);
    expect((await invoke((rot2.body as { secret: string }).secret)).status).toBe(200);
    expect((await call(t, 'POST', `/admin/v1/keys/${who2.keyId}/rotate`, t.key, {})).status).toBe(409);
  });

  it('disabling a principal stops its keys at once', async () => {
    const who = await principalWithRole(t, 'app');
    expect((await invoke(who.key)).status).toBe(200);
    expect((await call(t, 'POST', `/admin/v1/principals/${who.id}/disable`, t.key, {})).status).toBe(200);
    expect((await invoke(who.key)).status).toBe(401);
  });

  it('counts failures per source and key prefix, as metrics and events', async () => {
    const bad = `bwk_ZZZZZZ${'q'.repeat(37)}`;
    await call(t, 'POST', '/v1/chat/completions', bad, chat);
    await call(t, 'GET', '/admin/v1/principals', bad);
    const failed = events.filter((e) => e.type === 'auth.failed');
    expect(failed.some((e) => e.type === 'auth.failed' && e.keyPrefix === 'bwk_ZZZZZZ' && e.surface === 'admin')).toBe(true);
    expect(failed.some((e) => e.type === 'auth.failed' && e.keyPrefix === 'bwk_ZZZZZZ' && e.surface === 'data')).toBe(true);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/bulwark_auth_failures_total\{surface="data",reason="unknown_or_revoked"\} [1-9]/);
    const summary = await call(t, 'GET', '/admin/v1/auth-failures', t.key);
    expect(JSON.stringify(summary.body)).toContain('bwk_ZZZZZZ');
    expect(JSON.stringify(events)).not.toContain(bad);
  });
});

describe('no secret in logs, events or error messages', () => {
  it('plants keys and searches every log line, event and reply', async () => {
    const who = await principalWithRole(t, 'analyst');
    const planted = [who.key, t.key, `bwk_${'P'.repeat(43)}`];
    const replies: string[] = [];
    for (const k of planted) {
      replies.push((await call(t, 'POST', '/v1/chat/completions', k, chat)).text);
      replies.push((await call(t, 'GET', '/admin/v1/keys', k)).text);
      replies.push((await call(t, 'POST', '/admin/v1/keys', k, { principal_id: k, name: k })).text);
    }
    const rot = await call(t, 'POST', `/admin/v1/keys/${who.keyId}/rotate`, t.key, {});
    planted.push((rot.body as { secret: string }).secret);
    await t.gw.credentials.flushUse();
    const haystack = [...t.logs, JSON.stringify(events), ...replies].join('\n');
    for (const k of planted) {
      expect(haystack.includes(k), 'full key').toBe(false);
      expect(haystack.includes(k.slice(10, 30)), 'key body').toBe(false);
    }
  });
});
