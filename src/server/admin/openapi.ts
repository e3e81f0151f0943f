// The OpenAPI 3.1 document of the gateway, built from the routes actually registered (so it cannot
// drift from the server): each operation names the permission it needs and, where declared, its
// JSON body schema. Served at /admin/v1/openapi.json; docs/openapi.json is the same document.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type RegisteredRoute, registeredRoutes } from './route-table.ts';

type Json = Record<string, unknown>;

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { message: { type: 'string' }, type: { type: 'string' }, code: { type: 'string' }, param: { type: ['string', 'null'] }, request_id: { type: 'string' } },
      required: ['message', 'type', 'code', 'request_id'],
    },
  },
};

function operation(r: RegisteredRoute): Json {
  const params = [...r.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const isPublic = r.permission === 'public';
  const op: Json = {
    summary: r.summary ?? `${r.method} ${r.url}`,
    'x-permission': r.permission ?? '(undeclared: refused)',
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(isPublic ? { security: [] } : {}),
    responses: {
      '200': { description: 'Success' },
      ...(isPublic ? {} : { '401': { description: 'Missing or invalid credentials', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } }),
      ...(isPublic ? {} : { '403': { description: 'Authenticated but not allowed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } }),
    },
  };
  if (r.bodySchema) {
    op.requestBody = { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.bodySchema, { io: 'input', unrepresentable: 'any' }) } } };
  }
  return op;
}

export function buildOpenApi(routes: readonly RegisteredRoute[]): Json {
  const paths: Record<string, Json> = {};
  const sorted = [...routes].filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS').sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
  for (const r of sorted) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path]![r.method.toLowerCase()] = operation(r);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bulwark gateway and admin API',
      version: '1',
      description: 'Every operation names the permission it needs (x-permission). Authenticate with `Authorization: Bearer bwk_…` or, when configured, an OIDC/JWT bearer token (admin API).',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Error: errorSchema },
    },
    security: [{ bearer: [] }],
    paths,
  };
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  let cached: Json | undefined;
  app.get('/admin/v1/openapi.json', { config: { permission: 'authenticated', summary: 'This document' } }, async () => {
    cached ??= buildOpenApi(registeredRoutes(app));
    return cached;
  });
}
