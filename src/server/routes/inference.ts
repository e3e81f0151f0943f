// The data-plane handler: authenticate → authorize → limit → validate → scan input → forward →
// scan output → harden → respond. Each block maps to one catalogue error; nothing reaches the
// upstream until every input stage has allowed it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BulwarkError, type ErrorCode } from '../../errors/catalogue.ts';
import type { Runtime } from '../../gateway/runtime.ts';
import type { StageOutcome } from '../../pipeline/pipeline.ts';
import { inputSegments, outputSegments, setTextAt } from '../../pipeline/segments.ts';
import type { GuardStage } from '../../pipeline/stages.ts';
import type { GuardContext, RouteKind } from '../../pipeline/types.ts';
import type { RequestAuditor } from '../../audit/port.ts';
import { auditEntry, recordOrFail } from '../audit-entry.ts';
import { guardedSse } from '../guarded-sse.ts';
import { bufferSse, isEventStream, passThroughSse, readUpstreamJson, synthesizeSse, upstreamFailure } from '../upstream-response.ts';
import { usageOf } from '../usage.ts';

const BLOCK_CODES: Readonly<Record<GuardStage, ErrorCode>> = {
  authenticate: 'BULWARK_E_UNAUTHENTICATED',
  authorize: 'BULWARK_E_FORBIDDEN',
  limit: 'BULWARK_E_RATE_LIMITED',
  validate: 'BULWARK_E_INVALID_REQUEST',
  scan_input: 'BULWARK_E_POLICY_BLOCKED',
  scan_output: 'BULWARK_E_POLICY_BLOCKED',
  harden: 'BULWARK_E_POLICY_BLOCKED',
};

const UPSTREAM_PATHS: Readonly<Partial<Record<RouteKind, string>>> = {
  chat: '/chat/completions',
  completions: '/completions',
  embeddings: '/embeddings',
};

/** The error a blocked stage answers with; identity stages say no more than they must. */
function blockError(stage: GuardStage, out: StageOutcome): BulwarkError {
  const by = out.blockedBy!;
  if (by.fault) return new BulwarkError('BULWARK_E_GUARD_FAILED');
  const code = BLOCK_CODES[stage];
  if (stage === 'authenticate' || stage === 'authorize') return new BulwarkError(code);
  const findings = by.findings.map((f) => ({ guard: f.guard, rule: f.rule, reason: f.reason, score: f.score, ...(f.location ? { location: f.location } : {}) }));
  if (stage === 'limit' && out.retryAfterSeconds !== undefined) return new BulwarkError(code, undefined, { findings, retryAfterSeconds: out.retryAfterSeconds });
  if (stage === 'validate') {
    const first = by.findings[0];
    return new BulwarkError(code, `Invalid request: ${first?.reason ?? 'rejected'}`, { ...(first?.location ? { param: first.location } : {}), findings });
  }
  return new BulwarkError(code, undefined, { findings });
}

type Ctx = { -readonly [K in keyof GuardContext]: GuardContext[K] };

async function runStage(rt: Runtime, stage: GuardStage, ctx: Ctx, req: FastifyRequest, reply: FastifyReply): Promise<StageOutcome> {
  const out = await rt.pipeline.run(stage, ctx);
  if (out.records.length > 0) req.bulwark.decisions.push(...out.records);
  if (out.headers) reply.headers(out.headers);
  if (out.settle) for (const guard of out.settle) req.bulwark.settle.push({ guard, ctx });
  if (out.principal) {
    ctx.principal = out.principal;
    req.bulwark.principal = out.principal;
  }
  if (out.action === 'block') throw blockError(stage, out);
  return out;
}

function applyEdits(body: unknown, out: StageOutcome): void {
  for (const e of out.edits) setTextAt(body, e.location, e.text);
}

/** Records the outcome: awaited (and fail-closed) in strict mode, in the background otherwise. */
async function recordOutcome(auditor: RequestAuditor | undefined, req: FastifyRequest, status: number, responseBody?: unknown): Promise<void> {
  if (!auditor) return;
  const entry = auditEntry(req, 'outcome', { status, ...(responseBody !== undefined ? { responseBody } : {}) });
  if (auditor.mode === 'strict') return recordOrFail(auditor, entry);
  auditor.record(entry).catch(() => req.log.error({ requestId: req.id }, 'audit outcome entry could not be recorded'));
}

/** Headers of a streamed answer, sent before its first byte. */
function streamHeaders(reply: FastifyReply, overheadMs: number): FastifyReply {
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('x-bulwark-overhead-ms', overheadMs.toFixed(3));
}

/** A stream's outcome is recorded when it ends (its bytes are already out, so not awaited). */
function auditStreamEnd(auditor: RequestAuditor | undefined, req: FastifyRequest, failed: BulwarkError | undefined): void {
  if (failed) req.bulwark.errorCode = failed.code;
  auditor?.record(auditEntry(req, 'outcome', { status: 200, ...(failed ? { errorCode: failed.code } : {}) })).catch(() => req.log.error({ requestId: req.id }, 'audit outcome entry could not be recorded'));
}

export function inferenceHandler(route: RouteKind, current: () => Runtime, auditor?: RequestAuditor) {
  return async function handleInference(req: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const rt = current();
    const state = req.bulwark;
    state.route = route;
    const body = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'The request body must be a JSON object.');
    }
    const json = body as Record<string, unknown>;
    const modelName = route === 'predict' ? (req.params as { model: string }).model : json.model;
    if (typeof modelName !== 'string' || modelName.length === 0 || modelName.length > 256) {
      throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'Invalid request: model must be a non-empty string.', { param: 'model' });
    }
    state.model = modelName;
    state.stream = route !== 'predict' && json.stream === true;
    const ctx: Ctx = {
      requestId: req.id,
      route,
      model: modelName,
      modelKind: undefined,
      sourceIp: req.ip,
      headers: req.headers,
      body,
      principal: undefined,
      segments: inputSegments(route, body),
      state: new Map(),
    };
    await runStage(rt, 'authenticate', ctx, req, reply);
    // Existence is checked only for authenticated callers, so the model list does not leak.
    const target = rt.models.get(modelName);
    if (!target) throw new BulwarkError('BULWARK_E_MODEL_NOT_FOUND', `The model "${modelName.slice(0, 64)}" does not exist or you do not have access to it.`, { param: 'model' });
    if (target.kind === 'predict' && route !== 'predict') {
      throw new BulwarkError('BULWARK_E_INVALID_REQUEST', `Invalid request: model "${modelName}" is a predict model; use /v1/predict/${modelName}.`, { param: 'model' });
    }
    ctx.modelKind = target.kind;
    state.knownModel = true;
    await runStage(rt, 'authorize', ctx, req, reply);
    await runStage(rt, 'limit', ctx, req, reply);
    await runStage(rt, 'validate', ctx, req, reply);
    applyEdits(json, await runStage(rt, 'scan_input', ctx, req, reply));
    state.input = json;
    // Audit first: nothing is forwarded that the audit log has not durably recorded.
    await recordOrFail(auditor, () => auditEntry(req, 'request', { requestBody: json }));

    // forward
    const upstreamBody = route === 'predict' ? JSON.stringify(json) : JSON.stringify({ ...json, model: target.upstreamModel });
    const path = route === 'predict' ? target.predictPath : UPSTREAM_PATHS[route]!;
    state.upstream = target.upstream.name;
    const abort = new AbortController();
    // The response closing before it finished means the caller went away: stop the upstream too.
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) abort.abort();
    });
    const t0 = performance.now();
    const resp = await target.upstream.post(path, upstreamBody, abort.signal);
    state.upstreamStatus = resp.status;
    if (resp.status < 200 || resp.status >= 300) {
      state.upstreamMs = performance.now() - t0;
      throw await upstreamFailure(resp);
    }
    const outputGuards = [...rt.pipeline.guardsFor(route, modelName, 'scan_output'), ...rt.pipeline.guardsFor(route, modelName, 'harden')];
    const sse = state.stream && isEventStream(resp);

    if (sse && outputGuards.length === 0) {
      state.upstreamMs = performance.now() - t0;
      state.overheadMs = performance.now() - state.startedAt - state.upstreamMs;
      return streamHeaders(reply, state.overheadMs).send(
        passThroughSse(resp, req.id, (failed, usage) => {
          if (usage) state.usage = usage;
          auditStreamEnd(auditor, req, failed);
        }),
      );
    }

    if (sse && outputGuards.every((g) => g.guard.stream)) {
      // Every output guard scans incrementally: the answer streams through them as it arrives.
      state.upstreamMs = performance.now() - t0;
      state.overheadMs = performance.now() - state.startedAt - state.upstreamMs;
      return streamHeaders(reply, state.overheadMs).send(
        guardedSse(resp, route, outputGuards, { ...ctx, segments: [] }, (records, failed, usage) => {
          state.decisions.push(...records);
          if (usage) state.usage = usage;
          auditStreamEnd(auditor, req, failed);
        }),
      );
    }

    const runOutput = async (segments: GuardContext['segments'], answer?: unknown) => {
      const octx: Ctx = { ...ctx, segments, ...(answer !== undefined ? { answer } : {}) };
      const scanned = await runStage(rt, 'scan_output', octx, req, reply);
      octx.segments = scanned.segments;
      const hardened = await runStage(rt, 'harden', octx, req, reply);
      return { edits: [...scanned.edits, ...hardened.edits], answer: hardened.answer };
    };

    if (sse) {
      // Some output guard needs the whole answer: buffer it, check it, then release it.
      const buffered = await bufferSse(target.upstream, resp, route);
      state.upstreamMs = performance.now() - t0;
      state.usage = usageOf(buffered.usage);
      const where = route === 'chat' ? (i: number) => `choices[${i}].message.content` : (i: number) => `choices[${i}].text`;
      const { edits } = await runOutput([
        ...[...buffered.texts].map(([i, text]) => ({ location: where(i), text, role: 'assistant' })),
        ...[...buffered.toolArgs].map(([location, text]) => ({ location, text, role: 'assistant' })),
      ]);
      // A re-synthesised stream carries text only: a rewritten tool call cannot be sent, so it blocks.
      const toolEdit = edits.find((e) => buffered.toolArgs.has(e.location));
      if (toolEdit) {
        throw new BulwarkError('BULWARK_E_POLICY_BLOCKED', 'The answer was blocked by policy.', {
          findings: [{ guard: 'pipeline', rule: 'tool_call_redaction', reason: 'a tool call in a streamed answer needed redaction', score: 1, location: toolEdit.location }],
        });
      }
      let payload: string | Buffer = buffered.raw;
      if (edits.length > 0) {
        const texts = new Map(buffered.texts);
        for (const e of edits) {
          const i = Number(/\[(\d+)\]/.exec(e.location)?.[1] ?? 0);
          texts.set(i, e.text);
        }
        payload = synthesizeSse(route, modelName, texts, buffered.usage);
      }
      await recordOutcome(auditor, req, 200, { choices: [...buffered.texts].map(([index, text]) => ({ index, text })) });
      state.overheadMs = performance.now() - state.startedAt - state.upstreamMs;
      return streamHeaders(reply, state.overheadMs).send(payload);
    }

    let answer = await readUpstreamJson(target.upstream, resp, route);
    state.upstreamMs = performance.now() - t0;
    state.usage = usageOf(answer.usage);
    if (outputGuards.length > 0) {
      const out = await runOutput(outputSegments(route, answer), answer);
      for (const e of out.edits) setTextAt(answer, e.location, e.text);
      if (out.answer !== undefined) {
        if (typeof out.answer !== 'object' || out.answer === null || Array.isArray(out.answer)) throw new BulwarkError('BULWARK_E_INTERNAL');
        answer = out.answer as typeof answer;
      }
    }
    if (route !== 'predict' && typeof answer.model === 'string') answer.model = modelName;
    await recordOutcome(auditor, req, 200, answer);
    state.answer = answer;
    const payload = JSON.stringify(answer);
    state.overheadMs = performance.now() - state.startedAt - state.upstreamMs;
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('x-bulwark-overhead-ms', state.overheadMs.toFixed(3))
      .send(payload);
  };
}
