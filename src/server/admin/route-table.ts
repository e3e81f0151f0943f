// Every route the server registers, with the permission it declares: recorded by an `onRoute`
// hook installed before any route, so the OpenAPI document and the deny-by-default test see them all.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** One line for the OpenAPI document. */
    summary?: string;
    /** The JSON body the route accepts, for validation and the OpenAPI document. */
    bodySchema?: z.ZodType;
  }
}

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly permission: string | undefined;
  readonly summary: string | undefined;
  readonly bodySchema: z.ZodType | undefined;
}

const tables = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Starts recording routes; call right after creating the app, before any route is added. */
export function trackRoutes(app: FastifyInstance): void {
  const table: RegisteredRoute[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const config = r.config as { permission?: string; summary?: string; bodySchema?: z.ZodType } | undefined;
    for (const method of methods) {
      table.push({ method, url: r.url, permission: config?.permission, summary: config?.summary, bodySchema: config?.bodySchema });
    }
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return tables.get(app) ?? [];
}
