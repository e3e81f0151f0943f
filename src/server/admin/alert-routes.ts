// Admin API for alerts under /admin/v1/alerts: list with filters, read one, and move one through
// triage (acknowledge, resolve, suppress). Every change is published as an `admin.action` event.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { AdminActionEvent } from '../../events/bus.ts';
import { type AlertRepository, MAX_ALERT_PAGE } from '../../incidents/alerts/repository.ts';
import { ALERT_STATUSES, type AlertStatus } from '../../incidents/alerts/types.ts';
import { SEVERITIES } from '../../incidents/signal.ts';
import { ENTITY_KINDS } from '../../monitor/rules/schema.ts';
import { actorOf } from './identity-routes.ts';
import { parseInput } from './validate.ts';

export interface AlertRouteDeps {
  readonly alerts: AlertRepository;
  readonly emit: (e: AdminActionEvent) => void;
  readonly now?: () => number;
}

const time = z.coerce.number().int().min(0).max(8.64e15);
export const AlertListQuery = z.strictObject({
  status: z.enum(ALERT_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional().describe('minimum severity'),
  source: z.string().regex(/^[a-z0-9_.-]{1,128}\*?$/, 'a source id, or a prefix ending in *').optional(),
  entity_kind: z.enum(ENTITY_KINDS).optional(),
  entity: z.string().min(1).max(256).regex(/^[\x21-\x7e]+$/).optional(),
  from: time.optional(),
  to: time.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_ALERT_PAGE).default(100),
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,512}$/).optional(),
});
const AlertId = z.strictObject({ id: z.string().regex(/^alrt_[0-9a-f]{32}$/, 'an alert id (alrt_…)') });
export const AlertActionBody = z.strictObject({
  note: z.string().min(1).max(1000).refine((s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s), 'no control characters').optional(),
});

/** Which statuses each action may start from: a resolved alert stays resolved (a new one opens). */
const TRANSITIONS: ReadonlyArray<[string, AlertStatus, readonly AlertStatus[], string]> = [
  ['ack', 'acknowledged', ['open', 'acknowledged', 'suppressed'], 'Acknowledge an alert (someone is on it)'],
  ['resolve', 'resolved', ['open', 'acknowledged', 'suppressed', 'resolved'], 'Resolve an alert'],
  ['suppress', 'suppressed', ['open', 'acknowledged', 'suppressed'], 'Suppress an alert: duplicates keep being counted, not sent'],
];

export function registerAlertRoutes(app: FastifyInstance, deps: AlertRouteDeps): void {
  const now = deps.now ?? Date.now;

  app.get('/admin/v1/alerts', { config: { permission: 'incident:read', summary: 'List alerts, newest first (filters: status, severity, source, entity, time)' } }, async (req) => {
    const q = parseInput(AlertListQuery, req.query);
    try {
      const page = await deps.alerts.list({
        ...(q.status ? { status: q.status } : {}),
        ...(q.severity ? { minSeverity: q.severity } : {}),
        ...(q.source ? { source: q.source } : {}),
        ...(q.entity_kind ? { entityKind: q.entity_kind } : {}),
        ...(q.entity ? { entityId: q.entity } : {}),
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        limit: q.limit,
      });
      return { object: 'list', data: page.alerts, ...(page.next ? { next_cursor: page.next } : {}) };
    } catch (e) {
      if (e instanceof RangeError) throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: bad cursor.', { param: 'cursor' });
      throw e;
    }
  });

  app.get('/admin/v1/alerts/:id', { config: { permission: 'incident:read', summary: 'One alert with its evidence, audit links and owner' } }, async (req) => {
    const { id } = parseInput(AlertId, req.params);
    const a = await deps.alerts.get(id);
    if (!a) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such alert.', { param: 'id' });
    return a;
  });

  for (const [verb, status, from, summary] of TRANSITIONS) {
    app.post(`/admin/v1/alerts/:id/${verb}`, { config: { permission: 'incident:manage', summary, bodySchema: AlertActionBody } }, async (req: FastifyRequest) => {
      const { id } = parseInput(AlertId, req.params);
      const body = parseInput(AlertActionBody, req.body);
      const current = await deps.alerts.get(id);
      if (!current) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such alert.', { param: 'id' });
      if (!from.includes(current.status)) throw new BulwarkError('BULWARK_E_CONFLICT', `The alert is ${current.status}; it cannot be moved to ${status}.`);
      const actor = actorOf(req).id;
      const updated = await deps.alerts.setStatus(id, status, actor, body.note);
      deps.emit({ type: 'admin.action', time: now(), requestId: req.id, actorId: actor, action: `alert.${verb}`, targetId: id, detail: { from: current.status, to: status, source: current.source } });
      return updated;
    });
  }
}
