// The limits admin API: an override set through it applies to the next requests (no reload),
// usage shows what a key has used, deleting the override restores the policy's limits.
import { describe, expect, it } from 'vitest';
import { mockPolicy, useMockGateway } from '../support/gateway.ts';

const guards = `  - id: auth.api_key
  - id: authz.scope
  - id: limit.rate
    config:
      limits:
        key: { requests_per_minute: 2 }
        address: { requests_per_minute: 1000 }
`;

const chat = { model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] };

describe('limits admin API', () => {
  const fx = useMockGateway((url) => mockPolicy(url, guards));

  const admin = (method: string, path: string, body?: unknown) =>
    fetch(fx.t.url + path, {
      method,
      headers: { authorization: `Bearer ${fx.t.key}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });

  it('sets, shows, applies and removes a per-key override', async () => {
    const principal = await fx.t.gw.credentials.resolve(fx.t.key, '127.0.0.1');
    const keyId = principal!.keyId!;
    const statuses = async (n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await fx.t.post('/v1/chat/completions', chat)).status);
      return out;
    };
    expect(await statuses(3)).toEqual([200, 200, 429]);

    const put = await admin('PUT', `/admin/v1/limits/overrides/key/${keyId}`, { requests_per_minute: 6 });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ kind: 'key', id: keyId, limits: { requests_per_minute: 6 } });
    // The count is kept (3 attempts so far), the limit is now 6.
    expect(await statuses(4)).toEqual([200, 200, 200, 429]);

    const usage = (await (await admin('GET', `/admin/v1/limits/usage/key/${keyId}`)).json()) as { data: Array<{ window: string; limit: number; used: number; remaining: number; reset_seconds: number }> };
    expect(usage.data).toEqual([{ window: 'key.requests_per_minute', backend: 'memory', limit: 6, used: 7, remaining: 0, reset_seconds: expect.any(Number) }]);
    const address = (await (await admin('GET', '/admin/v1/limits/usage/address/127.0.0.1')).json()) as { data: Array<{ used: number }> };
    expect(address.data[0]?.used).toBe(7);

    const list = (await (await admin('GET', '/admin/v1/limits/overrides')).json()) as { data: unknown[] };
    expect(list.data).toEqual([expect.objectContaining({ kind: 'key', id: keyId, updated_by: principal!.id })]);

    expect((await admin('DELETE', `/admin/v1/limits/overrides/key/${keyId}`)).status).toBe(204);
    expect((await admin('DELETE', `/admin/v1/limits/overrides/key/${keyId}`)).status).toBe(404);
    // Back to the policy's 2 per minute, already used up.
    expect(await statuses(1)).toEqual([429]);
  });

  it('validates overrides at the boundary', async () => {
    for (const [path, body] of [
      ['/admin/v1/limits/overrides/key/k1', { requests_per_week: 5 }],
      ['/admin/v1/limits/overrides/key/k1', { requests_per_minute: -1 }],
      ['/admin/v1/limits/overrides/key/k1', {}],
      ['/admin/v1/limits/overrides/address/10.0.0.1', { requests_per_minute: 5 }],
      ['/admin/v1/limits/overrides/key/..%2Fx', { requests_per_minute: 5 }],
    ] as const) {
      const r = await admin('PUT', path, body);
      expect(r.status, path + JSON.stringify(body)).toBe(400);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('BULWARK_E_INVALID_REQUEST');
    }
  });

  it('refuses callers without a credential', async () => {
    const r = await fetch(`${fx.t.url}/admin/v1/limits/overrides`);
    expect(r.status).toBe(401);
  });
});
