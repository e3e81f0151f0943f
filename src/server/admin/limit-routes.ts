// Admin API for rate limits: overrides per key, principal or model (stored, so every replica
// applies them within seconds) and what a subject has used of its windows right now.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { AdminActionEvent } from '../../events/bus.ts';
import { type LimitOverrideStore, OVERRIDE_KINDS, type StoredOverride } from '../../limits/overrides.ts';
import { type LimitInstance, subjectUsage } from '../../limits/usage.ts';
import { LimitOverride, SUBJECT_KINDS } from '../../limits/windows.ts';
import { parseInput } from './validate.ts';

export interface LimitRouteDeps {
  readonly overrides: () => LimitOverrideStore;
  readonly instances: () => Iterable<LimitInstance>;
  readonly emit: (e: AdminActionEvent) => void;
}

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, 'letters, digits, . _ : @ - (max 128)');
const OverrideParams = z.strictObject({ kind: z.enum(OVERRIDE_KINDS), id });
// Addresses may start with ':' (IPv6 `::1`).
const UsageParams = z.strictObject({ kind: z.enum(SUBJECT_KINDS), id: z.string().regex(/^[A-Za-z0-9:][A-Za-z0-9._:@-]{0,127}$/, 'letters, digits, . _ : @ - (max 128)') });

const actorOf = (req: FastifyRequest) => req.bulwark?.principal?.id ?? 'unknown';
const view = (o: StoredOverride) => ({ kind: o.kind, id: o.id, limits: o.limits, updated_at: new Date(o.updatedAt).toISOString(), updated_by: o.updatedBy });

export function registerLimitRoutes(app: FastifyInstance, deps: LimitRouteDeps): void {
  app.get('/admin/v1/limits/overrides', { config: { permission: 'policy:read', summary: 'Rate-limit overrides set through the admin API' } }, async () => {
    const store = deps.overrides();
    await store.load();
    return { object: 'list', data: store.list().map(view) };
  });

  app.put(
    '/admin/v1/limits/overrides/:kind/:id',
    { config: { permission: 'policy:write', summary: 'Set a key’s, principal’s or model’s limits (a number per window; null lifts one)', bodySchema: LimitOverride } },
    async (req) => {
      const p = parseInput(OverrideParams, req.params);
      const limits = parseInput(LimitOverride, req.body);
      if (Object.keys(limits).length === 0) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: name at least one window.');
      const saved = await deps.overrides().put(p.kind, p.id, limits, actorOf(req));
      deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req), action: 'limit.override.set', targetId: `${p.kind}:${p.id}`, detail: { windows: Object.keys(limits).join(',') } });
      return view(saved);
    },
  );

  app.delete('/admin/v1/limits/overrides/:kind/:id', { config: { permission: 'policy:write', summary: 'Remove an admin-set limit override' } }, async (req, reply) => {
    const p = parseInput(OverrideParams, req.params);
    if (!(await deps.overrides().remove(p.kind, p.id))) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such override.', { param: 'id' });
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req), action: 'limit.override.delete', targetId: `${p.kind}:${p.id}` });
    return reply.code(204).send();
  });

  app.get('/admin/v1/limits/usage/:kind/:id', { config: { permission: 'policy:read', summary: 'What a key, principal, address, model or the gateway (global/all) has used of each window' } }, async (req) => {
    const p = parseInput(UsageParams, req.params);
    const rows = await subjectUsage(deps.instances(), p.kind, p.id);
    return {
      object: 'list',
      subject: { kind: p.kind, id: p.id },
      data: rows.map((r) => ({ window: r.policy, backend: r.backend, limit: r.limit, used: r.used, remaining: r.remaining, reset_seconds: r.resetSeconds })),
    };
  });
}
