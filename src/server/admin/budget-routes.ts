// Admin API for the model-extraction defence: per-key privacy budgets (spent, remaining, period
// end; reset) and callers' extraction status (clear). Reads the state the limit.extraction and
// harden.predict guards keep; every change is published as an `admin.action` event.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ExtractionDefence, ExtractionStatus, ExtractionVerdict } from '../../detect/extraction/index.ts';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { AdminActionEvent } from '../../events/bus.ts';
import { parseInput } from './validate.ts';

export interface BudgetRouteDeps {
  readonly defence: () => ExtractionDefence;
  readonly emit: (e: AdminActionEvent) => void;
}

/** `key:<id>`, `principal:<id>` or `ip:<address>`, as the guards name callers. */
const subject = z.string().min(3).max(200).regex(/^(key|principal|ip):[A-Za-z0-9_:.@|+-]{1,190}$/, 'key:<id>, principal:<id> or ip:<address>');
const SubjectParam = z.strictObject({ subject });
const ListQuery = z.strictObject({ subject: subject.optional(), model: z.string().min(1).max(256).optional() });
const ResetBody = z.strictObject({ model: z.string().min(1).max(256).optional() });

const iso = (ms: number) => new Date(ms).toISOString();
const actorOf = (req: FastifyRequest) => req.bulwark?.principal?.id ?? 'unknown';
const round = (v: number) => Math.round(v * 1e9) / 1e9;

function evidenceOf(v: ExtractionVerdict) {
  return { detector: v.detector, statistic: round(v.statistic), threshold: v.threshold, queries: v.queries, triggered: v.triggered };
}

/** A Redis call of an admin route; unreachable Redis is a 503 with its own code, not a 500. */
async function remoteCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    throw new BulwarkError('BULWARK_E_SHARED_STATE_UNAVAILABLE');
  }
}

/** Every caller's status: Redis's (the truth across replicas) first, then this replica's own. */
async function statuses(defence: ExtractionDefence, now: number): Promise<ExtractionStatus[]> {
  const local = defence.tracker.listStatuses(now);
  if (!defence.remote) return local;
  const shared = await remoteCall(() => defence.remote!.listStatuses());
  const seen = new Set(shared.map((s) => s.subject));
  return [...shared, ...local.filter((s) => !seen.has(s.subject))];
}

export function registerBudgetRoutes(app: FastifyInstance, deps: BudgetRouteDeps): void {
  app.get('/admin/v1/budgets', { config: { permission: 'incident:read', summary: 'Privacy budgets per key and model, with the key’s extraction status' } }, async (req) => {
    const q = parseInput(ListQuery, req.query);
    const defence = deps.defence();
    const now = Date.now();
    const accounts = [...defence.budgets.list(now), ...(defence.remote ? await remoteCall(() => defence.remote!.listBudgets(now)) : [])];
    const state = new Map((await statuses(defence, now)).map((s) => [s.subject, s.state]));
    const data = accounts
      .filter((a) => (q.subject === undefined || a.subject === q.subject) && (q.model === undefined || a.model === q.model))
      .map((a) => ({
        subject: a.subject,
        model: a.model,
        spent: round(a.spent),
        remaining: round(Math.max(0, a.limit - a.spent)),
        limit: a.limit,
        period_start: iso(a.periodStart),
        period_end: iso(a.periodEnd),
        extraction_state: state.get(a.subject) ?? 'clear',
      }));
    return { object: 'list', data };
  });

  app.post('/admin/v1/budgets/:subject/reset', { config: { permission: 'incident:manage', summary: 'Give a key its whole privacy budget back', bodySchema: ResetBody } }, async (req) => {
    const { subject: s } = parseInput(SubjectParam, req.params);
    const b = parseInput(ResetBody, req.body);
    const defence = deps.defence();
    let reset = defence.budgets.reset(s, b.model);
    if (defence.remote) reset += await remoteCall(() => defence.remote!.resetBudget(s, b.model));
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req), action: 'budget.reset', targetId: s, ...(b.model ? { detail: { model: b.model } } : {}) });
    return { subject: s, accounts_reset: reset };
  });

  app.get('/admin/v1/extraction', { config: { permission: 'incident:read', summary: 'Callers flagged for model extraction, with the evidence' } }, async () => {
    const data = (await statuses(deps.defence(), Date.now())).map((s) => ({
      subject: s.subject,
      model: s.model,
      state: s.state,
      since: iso(s.since),
      until: s.until === null ? null : iso(s.until),
      queries: s.queries,
      evidence: s.evidence.map(evidenceOf),
    }));
    return { object: 'list', data };
  });

  app.post('/admin/v1/extraction/:subject/clear', { config: { permission: 'incident:manage', summary: 'Clear a caller’s extraction status and query history' } }, async (req) => {
    const { subject: s } = parseInput(SubjectParam, req.params);
    const defence = deps.defence();
    let cleared = defence.tracker.clear(s);
    if (defence.remote) cleared = (await remoteCall(() => defence.remote!.clearStatus(s))) || cleared;
    deps.emit({ type: 'admin.action', time: Date.now(), requestId: req.id, actorId: actorOf(req), action: 'extraction.clear', targetId: s });
    return { subject: s, cleared };
  });
}
