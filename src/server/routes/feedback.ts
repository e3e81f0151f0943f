// POST /v1/feedback: ground truth for an answered prediction, `{request_id, label, index?}`. The
// caller is authenticated and authorized by the running policy's own authenticate and authorize
// guards, exactly as a predict call on the model that answered: only who may invoke that model
// may label its answers. Each answered input takes one label; a second one is refused (409).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { EventBus, FeedbackEvent } from '../../events/bus.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import type { ModelMonitoring } from '../../monitor/models/service.ts';
import type { GuardStage } from '../../pipeline/stages.ts';
import type { GuardContext } from '../../pipeline/types.ts';
import { formatPath } from '../../guards/validate/request-shape.ts';

export const FeedbackBody = z.strictObject({
  request_id: z.uuid().describe('x-request-id of the predict request'),
  label: z.union([z.string().min(1).max(128), z.number().finite(), z.boolean()]).describe('The true label (ground truth)'),
  index: z.int().min(0).max(1_000_000).optional().describe('Which input of a batch request (default 0)'),
});

export interface FeedbackDeps {
  readonly current: () => Runtime;
  readonly monitoring: ModelMonitoring;
  readonly bus: EventBus;
}

type Ctx = { -readonly [K in keyof GuardContext]: GuardContext[K] };

/** Runs one identity stage of the running pipeline; a block answers as the data plane does. */
async function identityStage(rt: Runtime, stage: Extract<GuardStage, 'authenticate' | 'authorize'>, ctx: Ctx, req: FastifyRequest): Promise<void> {
  const out = await rt.pipeline.run(stage, ctx);
  if (out.records.length > 0) req.bulwark.decisions.push(...out.records);
  if (out.principal) {
    ctx.principal = out.principal;
    req.bulwark.principal = out.principal;
  }
  if (out.action !== 'block') return;
  if (out.blockedBy?.fault) throw new BulwarkError('BULWARK_E_GUARD_FAILED');
  throw new BulwarkError(stage === 'authenticate' ? 'BULWARK_E_UNAUTHENTICATED' : 'BULWARK_E_FORBIDDEN');
}

export function registerFeedbackRoute(app: FastifyInstance, deps: FeedbackDeps): void {
  app.post(
    '/v1/feedback',
    { config: { permission: 'model:invoke', summary: 'Ground truth for an answered prediction (accuracy monitoring)', bodySchema: FeedbackBody } },
    async (req: FastifyRequest, reply: FastifyReply) => {
      const rt = deps.current();
      const parsed = FeedbackBody.safeParse(req.body);
      const targetId = parsed.success ? parsed.data.request_id : undefined;
      // Looked up before authentication only to pick the guards that apply to the model; the
      // answer is not told to anyone the guards refuse.
      const model = targetId ? await deps.monitoring.answeredModel(targetId) : undefined;
      const ctx: Ctx = {
        requestId: req.id,
        route: 'predict',
        model,
        modelKind: model ? 'predict' : undefined,
        sourceIp: req.ip,
        headers: req.headers,
        body: req.body,
        principal: undefined,
        segments: [],
        state: new Map(),
      };
      const emit = (outcome: FeedbackEvent['outcome']) =>
        targetId &&
        deps.bus.emit({
          type: 'monitor.feedback',
          time: Date.now(),
          requestId: req.id,
          targetRequestId: targetId,
          ...(model ? { model } : {}),
          ...(ctx.principal ? { principalId: ctx.principal.id, ...(ctx.principal.keyId ? { keyId: ctx.principal.keyId } : {}) } : {}),
          outcome,
        });
      await identityStage(rt, 'authenticate', ctx, req);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = formatPath(issue.path) || 'body';
        throw new BulwarkError('BULWARK_E_INVALID_REQUEST', `Invalid request: ${where}: ${issue.message}`, { param: where });
      }
      const notFound = () => new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No answered prediction has this request id (unknown, expired, or not a predict request).', { param: 'request_id' });
      if (!model) {
        emit('unknown');
        throw notFound();
      }
      try {
        await identityStage(rt, 'authorize', ctx, req);
      } catch (e) {
        emit('denied');
        throw e;
      }
      const { request_id, label, index } = parsed.data;
      const r = await deps.monitoring.feedback(request_id, String(label), index ?? 0);
      emit(r.status);
      if (r.status === 'unknown') throw notFound();
      if (r.status === 'bad_index') throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: index is beyond the inputs of that request.', { param: 'index' });
      if (r.status === 'duplicate') throw new BulwarkError('BULWARK_E_CONFLICT', 'Feedback for this prediction was already given.', { param: 'request_id' });
      return reply.code(202).send({ status: 'accepted', request_id, model: r.model });
    },
  );
}
