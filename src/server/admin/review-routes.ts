// Admin API for the injection review queue under /admin/v1/reviews: list flagged prompts, judge
// them, export judged ones as training rows. Flagged prompts may hold personal data: every read
// is recorded in the audit log first (no record, no read), every verdict is an admin action.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditLog } from '../../audit/log.ts';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { AdminActionEvent } from '../../events/bus.ts';
import type { InjectionReviewQueue, ReviewItem } from '../../review/injection-reviews.ts';
import { parseInput } from './validate.ts';

export interface ReviewRouteDeps {
  readonly queue: InjectionReviewQueue;
  readonly audit?: AuditLog;
  readonly emit: (e: AdminActionEvent) => void;
}

const IdParam = z.strictObject({ id: z.uuid() });
const ListQuery = z.strictObject({
  status: z.enum(['pending', 'attack', 'benign']).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  before: z.coerce.number().int().min(0).optional().describe('created_at of the last item of the previous page'),
});
export const VerdictBody = z.strictObject({
  verdict: z.enum(['attack', 'benign']),
  category: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9 _.:-]+$/)
    .optional()
    .describe('Attack family, e.g. jailbreak or indirect'),
});

const actorId = (req: FastifyRequest) => req.adminPrincipal?.id ?? 'unknown';

function view(i: ReviewItem) {
  return {
    id: i.id,
    created_at: i.createdAt,
    request_id: i.requestId,
    model: i.model ?? null,
    location: i.location,
    source: i.source,
    score: i.score,
    rules: i.rules,
    action: i.action,
    chars: i.chars,
    status: i.status,
    text: i.text ?? null,
    category: i.category ?? null,
    reviewed_by: i.reviewedBy ?? null,
    reviewed_at: i.reviewedAt ?? null,
  };
}

export function registerReviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  const review = { permission: 'detection:review' };
  const recordRead = async (req: FastifyRequest, what: string, detail: Record<string, unknown>) => {
    if (!deps.audit) return;
    try {
      await deps.audit.recordEvent('review.read', { actorId: actorId(req), what, ...detail, requestId: req.id });
    } catch {
      throw new BulwarkError('BULWARK_E_AUDIT_UNAVAILABLE');
    }
  };

  app.get('/admin/v1/reviews', { config: { ...review, summary: 'Flagged prompts, newest first (filter by status; page with before)' } }, async (req, reply) => {
    const q = parseInput(ListQuery, req.query);
    await recordRead(req, 'list', { status: q.status ?? null });
    const items = await deps.queue.list({ ...(q.status ? { status: q.status } : {}), ...(q.limit ? { limit: q.limit } : {}), ...(q.before !== undefined ? { before: q.before } : {}) });
    reply.header('cache-control', 'no-store');
    return { object: 'list', data: items.map(view), pending: await deps.queue.count('pending') };
  });

  app.get('/admin/v1/reviews/:id', { config: { ...review, summary: 'One flagged prompt' } }, async (req, reply) => {
    const { id } = parseInput(IdParam, req.params);
    await recordRead(req, 'item', { reviewId: id });
    const item = await deps.queue.get(id);
    if (!item) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such review item.', { param: 'id' });
    reply.header('cache-control', 'no-store');
    return view(item);
  });

  app.post('/admin/v1/reviews/:id/verdict', { config: { ...review, summary: 'Judge a flagged prompt: attack or benign', bodySchema: VerdictBody } }, async (req) => {
    const { id } = parseInput(IdParam, req.params);
    const body = parseInput(VerdictBody, req.body);
    const item = await deps.queue.decide(id, body.verdict, actorId(req), body.category);
    if (!item) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such review item.', { param: 'id' });
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorId(req), action: 'review.verdict', targetId: id, detail: { verdict: body.verdict } });
    const { text: _t, ...rest } = view(item);
    return rest;
  });

  app.get('/admin/v1/reviews/export', { config: { ...review, summary: 'Judged prompts as prompt-injection training rows (JSONL)' } }, async (req, reply) => {
    parseInput(z.strictObject({}), req.query);
    await recordRead(req, 'export', {});
    const queue = deps.queue;
    async function* lines() {
      for await (const row of queue.exportRows()) yield `${JSON.stringify(row)}\n`;
    }
    const { Readable } = await import('node:stream');
    return reply.header('cache-control', 'no-store').type('application/x-ndjson; charset=utf-8').send(Readable.from(lines()));
  });
}
