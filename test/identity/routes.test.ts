// Deny by default, proven against the real server: every registered route declares a permission,
// an undeclared admin route is refused, and every built-in role × every route gets exactly what
// the permission table says.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { AUTHENTICATED, BUILTIN_ROLES, PUBLIC, isPermission } from '../../src/identity/permissions.ts';
import { RoleTable } from '../../src/identity/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import { registeredRoutes } from '../../src/server/admin/route-table.ts';
import { GatewayMetrics } from '../../src/server/metrics.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { call, principalWithRole } from './support.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t.close();
});

const DATA_PLANE: Record<string, { path: string; body: unknown }> = {
  'POST /v1/chat/completions': { path: '/v1/chat/completions', body: { model: 'demo-chat', messages: [{ role: 'user', content: 'hi' }] } },
  'POST /v1/predict/:model': { path: '/v1/predict/demo-fraud', body: { input: [0, 0, 0, 0, 0, 0] } },
};

describe('route permissions', () => {
  it('every registered route declares a catalogued permission, public or authenticated', () => {
    const routes = registeredRoutes(t.gw.app);
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter((r) => r.permission === undefined || !(r.permission === PUBLIC || r.permission === AUTHENTICATED || isPermission(r.permission)));
    expect(undeclared.map((r) => `${r.method} ${r.url} → ${r.permission}`)).toEqual([]);
    // Nothing under /admin/ is public.
    expect(routes.filter((r) => r.url.startsWith('/admin/') && r.permission === PUBLIC)).toEqual([]);
  });

  it('refuses an admin route that declares no permission, and unauthenticated callers everywhere under /admin/', async () => {
    const gw = t.gw;
    const { app } = buildApp({
      current: () => gw.runtime(), store: gw.store, metrics: new GatewayMetrics(), bus: gw.bus, logger: pino({ level: 'silent' }),
      bodyLimitBytes: 1 << 20, jsonMaxDepth: 32, requestTimeoutMs: 10_000, trustProxy: false, metricsPublic: true, credentials: gw.credentials,
    });
    app.get('/admin/v1/forgotten', async () => ({ secret: 'data' }));
    const auth = { authorization: `Bearer ${t.key}` };
    const r = await app.inject({ method: 'GET', url: '/admin/v1/forgotten', headers: auth });
    expect(r.statusCode).toBe(403);
    expect(r.body).not.toContain('data"');
    expect((await app.inject({ method: 'GET', url: '/admin/v1/forgotten' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/admin/v1/no-such-thing' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/admin/v1/no-such-thing', headers: auth })).statusCode).toBe(404);
    // An encoded spelling that still reaches an admin route is covered too.
    expect((await app.inject({ method: 'GET', url: '/%61dmin/v1/principals' })).statusCode).not.toBe(200);
    await app.close();
  });
});

describe('OpenAPI document', () => {
  it('is served from the registered routes and matches docs/openapi.json (npm run docs:openapi)', async () => {
    const r = await call(t, 'GET', '/admin/v1/openapi.json', t.key);
    expect(r.status).toBe(200);
    const doc = r.body as { paths: Record<string, Record<string, { 'x-permission': string }>> };
    for (const route of registeredRoutes(t.gw.app).filter((x) => x.method !== 'HEAD')) {
      const op = doc.paths[route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op?.['x-permission'], `${route.method} ${route.url}`).toBe(route.permission);
    }
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(r.body).toEqual(committed);
    expect((await call(t, 'GET', '/admin/v1/openapi.json', undefined)).status).toBe(401);
  });
});

describe('role × route matrix (from the permission table, against the real server)', () => {
  const roles = new RoleTable();
  for (const role of BUILTIN_ROLES) {
    it(`${role.name}`, async () => {
      const who = await principalWithRole(t, role.name, { name: `matrix ${role.name}` });
      const routes = registeredRoutes(t.gw.app).filter((r) => r.method !== 'HEAD' && r.permission !== PUBLIC && (r.url.startsWith('/admin/') || DATA_PLANE[`${r.method} ${r.url}`]));
      const wrong: string[] = [];
      for (const r of routes) {
        const dp = DATA_PLANE[`${r.method} ${r.url}`];
        const path = dp ? dp.path : r.url.replace(/:[A-Za-z_]+/g, 'x_missing');
        const body = dp ? dp.body : r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH' ? {} : undefined;
        const res = await call(t, r.method, path, who.key, body);
        const expectAllowed = r.permission === AUTHENTICATED || roles.roleGrants(role.name, r.permission!);
        const allowed = res.status !== 401 && res.status !== 403;
        if (res.status === 401 || allowed !== expectAllowed) wrong.push(`${r.method} ${r.url} (${r.permission}): got ${res.status}, expected ${expectAllowed ? 'allow' : 'deny'}`);
        if (!allowed && res.status === 403) expect((res.body as { error: { code: string } }).error.code).toBe('BULWARK_E_FORBIDDEN');
      }
      expect(wrong).toEqual([]);
    });
  }

  it('a principal with no binding gets nothing (deny by default)', async () => {
    const who = await principalWithRole(t, undefined, { name: 'unbound' });
    expect((await call(t, 'GET', '/admin/v1/principals', who.key)).status).toBe(403);
    const r = await call(t, 'POST', '/v1/chat/completions', who.key, DATA_PLANE['POST /v1/chat/completions']!.body);
    expect(r.status).toBe(403);
    expect((await call(t, 'GET', '/admin/v1/whoami', who.key)).status).toBe(200);
  });

  it('a binding scoped to model:fraud-* allows those models only', async () => {
    const who = await principalWithRole(t, 'app', { resource: 'model:demo-f*' });
    expect((await call(t, 'POST', '/v1/predict/demo-fraud', who.key, { input: [0, 0, 0, 0, 0, 0] })).status).not.toBe(403);
    expect((await call(t, 'POST', '/v1/chat/completions', who.key, DATA_PLANE['POST /v1/chat/completions']!.body)).status).toBe(403);
  });
});
