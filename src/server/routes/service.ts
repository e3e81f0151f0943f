// Service routes: liveness, readiness, Prometheus metrics, and the caller's model list.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import { lookupAccessControl } from '../../identity/access-control.ts';
import { matchesAny } from '../../pipeline/glob.ts';
import type { GuardContext } from '../../pipeline/types.ts';
import type { Store } from '../../store/store.ts';
import type { GatewayMetrics } from '../metrics.ts';

export interface ServiceDeps {
  readonly current: () => Runtime;
  readonly store: Store;
  readonly metrics: GatewayMetrics;
  readonly isShuttingDown: () => boolean;
  readonly metricsPublic: boolean;
}

const PROBE_TTL_MS = 5_000;

export function registerServiceRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const probes = new Map<string, { at: number; ok: boolean }>();

  async function upstreamReady(rt: Runtime): Promise<Record<string, boolean>> {
    const now = Date.now();
    const out: Record<string, boolean> = {};
    await Promise.all(
      [...rt.upstreams.values()].map(async (u) => {
        let p = probes.get(u.name);
        if (!p || now - p.at > PROBE_TTL_MS) {
          p = { at: now, ok: await u.probe() };
          probes.set(u.name, p);
        }
        out[u.name] = p.ok;
      }),
    );
    return out;
  }

  app.get('/healthz', { config: { permission: 'public' } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { permission: 'public' } }, async (_req, reply) => {
    if (deps.isShuttingDown()) throw new BulwarkError('BULWARK_E_UNAVAILABLE');
    let store = true;
    try {
      await deps.store.ping();
    } catch {
      store = false;
    }
    const upstreams = await upstreamReady(deps.current());
    const ready = store && Object.values(upstreams).every(Boolean);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', store, upstreams });
  });

  /** Runs the authenticate stage for service routes that need a caller. */
  async function authenticate(req: FastifyRequest): Promise<NonNullable<GuardContext['principal']>> {
    const rt = deps.current();
    const ctx: GuardContext = { requestId: req.id, route: 'models', model: undefined, modelKind: undefined, sourceIp: req.ip, headers: req.headers, body: undefined, principal: undefined, segments: [], state: new Map() };
    const out = await rt.pipeline.run('authenticate', ctx);
    req.bulwark.decisions.push(...out.records);
    if (out.action === 'block') throw new BulwarkError(out.blockedBy?.fault ? 'BULWARK_E_GUARD_FAILED' : 'BULWARK_E_UNAUTHENTICATED');
    if (!out.principal) throw new BulwarkError('BULWARK_E_UNAUTHENTICATED');
    req.bulwark.principal = out.principal;
    return out.principal;
  }

  app.get('/metrics', { config: { permission: 'metrics:read' } }, async (req: FastifyRequest, reply: FastifyReply) => {
    if (!deps.metricsPublic) {
      const principal = await authenticate(req);
      const access = lookupAccessControl(deps.current().loaded);
      if (!access || !access.decide(principal, 'metrics:read', undefined, { requestId: req.id, surface: 'admin' }).allowed) {
        throw new BulwarkError('BULWARK_E_FORBIDDEN');
      }
    }
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  app.get('/v1/models', { config: { permission: 'model:invoke' } }, async (req: FastifyRequest) => {
    req.bulwark.route = 'models';
    const principal = await authenticate(req);
    const rt = deps.current();
    // Only what this caller may invoke: the key's scopes, and its role bindings under RBAC.
    const access = rt.policy.guards.some((g) => g.id === 'authz.rbac') ? lookupAccessControl(rt.loaded) : undefined;
    const data = [...rt.models.values()]
      .filter((m) => matchesAny(principal.modelScopes, m.name) && (!access || access.canInvoke(principal, m.name)))
      .map((m) => ({ id: m.name, object: 'model', created: 0, owned_by: 'bulwark', kind: m.kind }));
    return { object: 'list', data };
  });
}
