import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors/catalogue.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';

type ErrorReply = { error: { code: string; message: string; type: string; param: string | null; request_id: string } };

async function expectError(r: Response, status: number, code: string): Promise<ErrorReply> {
  const body = (await r.json()) as ErrorReply;
  expect({ status: r.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.request_id).toBe(r.headers.get('x-request-id'));
  expect(body.error.message).not.toMatch(/stack|at .*\.ts|undici|ECONN|Unexpected token/i);
  return body;
}

const chat = { model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] };

describe('error paths', () => {
  let up: MockUpstream;
  let t: TestGateway;
  beforeAll(async () => {
    up = await startMockUpstream();
    const extra = '  dead:\n    base_url: http://127.0.0.1:9/v1\n    connect_timeout_ms: 500\n';
    const policy = mockPolicy(up.baseUrl, undefined, extra).replace('guards:', '  - { name: dead-chat, kind: chat, upstream: dead }\nguards:');
    t = await startTestGateway(policy.replace('server:', ''), {});
  });
  afterAll(async () => {
    await t.close();
    await up.close();
  });
  beforeEach(() => {
    up.mode = { kind: 'ok' };
    up.received.length = 0;
  });

  it('400 for malformed JSON, invalid UTF-8 and deep nesting', async () => {
    await expectError(await t.post('/v1/chat/completions', '{"model": '), 400, 'BULWARK_E_BAD_JSON');
    const bad = Buffer.concat([Buffer.from('{"model":"mock-chat","messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]);
    await expectError(await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.key}` }, body: bad }), 400, 'BULWARK_E_BAD_ENCODING');
    await expectError(await t.post('/v1/chat/completions', `${'['.repeat(100)}${']'.repeat(100)}`), 400, 'BULWARK_E_JSON_TOO_DEEP');
    await expectError(await t.post('/v1/chat/completions', '{"__proto__": {"admin": true}, "model": "mock-chat"}'), 400, 'BULWARK_E_INVALID_REQUEST');
    await expectError(await t.post('/v1/chat/completions', '[1,2]'), 400, 'BULWARK_E_INVALID_REQUEST');
    expect(up.received).toHaveLength(0);
  });

  it('400 names the parameter that is wrong', async () => {
    const body = await expectError(await t.post('/v1/chat/completions', { model: 'mock-chat', messages: [{ role: 'user', content: 5 }] }), 400, 'BULWARK_E_INVALID_REQUEST');
    expect(body.error.param).toBe('messages[0].content');
    const b2 = await expectError(await t.post('/v1/chat/completions', { messages: [] }), 400, 'BULWARK_E_INVALID_REQUEST');
    expect(b2.error.param).toBe('model');
  });

  it('413 for an oversized body and 415 for a non-JSON body', async () => {
    await expectError(await t.post('/v1/chat/completions', { ...chat, pad: 'x'.repeat(1_100_000) }), 413, 'BULWARK_E_BODY_TOO_LARGE');
    await expectError(await t.post('/v1/chat/completions', 'hello', { 'content-type': 'text/plain' }), 415, 'BULWARK_E_UNSUPPORTED_MEDIA_TYPE');
  });

  it('401 for missing, malformed, unknown and revoked keys, all alike', async () => {
    const replies = [
      await fetch(`${t.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(chat) }),
      await t.post('/v1/chat/completions', chat, { authorization: 'Bearer nonsense' }),
      await t.post('/v1/chat/completions', chat, { authorization: `Bearer bwk_${'A'.repeat(43)}` }),
    ];
    const pid = await t.gw.credentials.createPrincipal({ kind: 'service', name: 'revokee' });
    const k = await t.gw.credentials.createKey(pid, { name: 'soon-revoked' });
    expect((await t.post('/v1/chat/completions', chat, { authorization: `Bearer ${k.key}` })).status).toBe(200);
    await t.gw.credentials.revokeKey(k.id, 'test');
    replies.push(await t.post('/v1/chat/completions', chat, { authorization: `Bearer ${k.key}` }));
    const messages = new Set<string>();
    for (const r of replies) messages.add((await expectError(r, 401, 'BULWARK_E_UNAUTHENTICATED')).error.message);
    expect(messages.size).toBe(1);
    expect(up.received).toHaveLength(1);
  });

  it('404 for unknown models and routes', async () => {
    await expectError(await t.post('/v1/chat/completions', { ...chat, model: 'nope' }), 404, 'BULWARK_E_MODEL_NOT_FOUND');
    await expectError(await t.post('/v1/nothing', chat), 404, 'BULWARK_E_ROUTE_NOT_FOUND');
  });

  it('502 for upstream 5xx, refused connection, malformed JSON and auth failure upstream', async () => {
    up.mode = { kind: 'status', status: 500, body: { error: { message: 'internal details: db password=hunter2' } } };
    const r500 = await t.post('/v1/chat/completions', chat);
    expect(Number(r500.headers.get('x-bulwark-overhead-ms'))).toBeGreaterThanOrEqual(0);
    const b = await expectError(r500, 502, 'BULWARK_E_UPSTREAM_ERROR');
    expect(b.error.message).not.toContain('hunter2');
    up.mode = { kind: 'status', status: 401 };
    await expectError(await t.post('/v1/chat/completions', chat), 502, 'BULWARK_E_UPSTREAM_ERROR');
    up.mode = { kind: 'malformed' };
    await expectError(await t.post('/v1/chat/completions', chat), 502, 'BULWARK_E_UPSTREAM_BAD_RESPONSE');
    up.mode = { kind: 'close' };
    const closed = await t.post('/v1/chat/completions', chat);
    expect(closed.status).toBe(502);
    await expectError(await t.post('/v1/chat/completions', { ...chat, model: 'dead-chat' }), 502, 'BULWARK_E_UPSTREAM_UNREACHABLE');
  });

  it('passes upstream rejections and rate limits on with their meaning', async () => {
    up.mode = { kind: 'status', status: 400, body: { error: { message: 'max_tokens is too large' } } };
    const b = await expectError(await t.post('/v1/chat/completions', chat), 400, 'BULWARK_E_UPSTREAM_REJECTED');
    expect(b.error.message).toContain('max_tokens is too large');
    up.mode = { kind: 'status', status: 429, headers: { 'retry-after': '7' } };
    const r = await t.post('/v1/chat/completions', chat);
    expect(r.headers.get('retry-after')).toBe('7');
    await expectError(r, 429, 'BULWARK_E_UPSTREAM_RATE_LIMITED');
  });

  it('504 when the upstream does not answer in time', async () => {
    up.mode = { kind: 'hang' };
    await expectError(await t.post('/v1/chat/completions', chat), 504, 'BULWARK_E_UPSTREAM_TIMEOUT');
  });

  it('documents every catalogue code in docs/errors.md with its status', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const rows = new Map([...doc.matchAll(/^\| `(BULWARK_E_[A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1]!, Number(m[2])]));
    const expected = new Map(Object.entries(ERRORS).map(([code, spec]) => [code, spec.status]));
    expect(rows).toEqual(expected);
  });
});
