// Builds the gateway's HTTP server: strict JSON parsing, request ids, one error format, one log
// line and one event per request (never bodies or credentials), and the routes.
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest, LogController } from 'fastify';
import type { Logger } from 'pino';
import { BulwarkError } from '../errors/catalogue.ts';
import type { EventBus } from '../events/bus.ts';
import type { Runtime } from '../gateway/runtime.ts';
import type { Store } from '../store/store.ts';
import type { RequestAuditor } from '../audit/port.ts';
import type { AuditLog } from '../audit/log.ts';
import { makeErrorHandler, sendError } from './error-handler.ts';
import { parseJsonBody } from './json-body.ts';
import type { GatewayMetrics } from './metrics.ts';
import { type RequestState, newRequestState } from './request-state.ts';
import { inferenceHandler } from './routes/inference.ts';
import { registerServiceRoutes } from './routes/service.ts';
import { registerFeedbackRoute } from './routes/feedback.ts';
import type { ModelMonitoring } from '../monitor/models/service.ts';
import { registerAdminRoutes } from './admin/index.ts';
import { trackRoutes } from './admin/route-table.ts';
import type { CredentialStore } from '../identity/api-keys.ts';
import type { SharedResources } from '../pipeline/types.ts';
import { v7 as uuidv7 } from 'uuid';

export interface AppOptions {
  readonly current: () => Runtime;
  readonly store: Store;
  readonly metrics: GatewayMetrics;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  readonly jsonMaxDepth: number;
  readonly requestTimeoutMs: number;
  readonly trustProxy: boolean;
  readonly metricsPublic: boolean;
  /** The audit log; when set, requests are recorded before forwarding (fail closed). */
  readonly auditor?: RequestAuditor;
  /** The audit log itself, for its admin routes (query, export, hash, verify, erase). */
  readonly auditLog?: AuditLog;
  readonly credentials: CredentialStore;
  /** The live model monitors: `POST /v1/feedback` and the monitoring admin routes. */
  readonly monitoring?: ModelMonitoring;
  /** Keys derived from the server secret, for admin routes that open what guards sealed. */
  readonly deriveKey?: (purpose: string) => Buffer;
  /** Guards' long-lived state (extraction tracker, privacy budgets), read by admin routes. */
  readonly shared?: SharedResources;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route needs (`public` for none); every route declares one. */
    permission?: string;
  }
}

/** The response size for request events (behaviour monitors measure the volume read). */
function responseBytes(header: unknown): { responseBytes: number } | undefined {
  const n = typeof header === 'string' ? Number(header) : typeof header === 'number' ? header : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? { responseBytes: n } : undefined;
}

/** Tells the guards of a finished request how it ended (`Guard.settle`). */
function settleGuards(state: RequestState, status: number, req: FastifyRequest): void {
  if (state.settle.length === 0) return;
  const outcome = {
    status,
    ...(state.usage ? { usage: state.usage } : {}),
    ...(state.answer !== undefined ? { answer: state.answer } : {}),
  };
  for (const { guard, ctx } of state.settle.splice(0)) {
    try {
      guard.settle!(ctx, outcome);
    } catch (err) {
      req.log.error({ guard: guard.id, err: { type: (err as Error)?.name } }, 'a guard failed to settle a request');
    }
  }
}

export function buildApp(opts: AppOptions): { app: FastifyInstance; beginShutdown: () => void } {
  let shuttingDown = false;
  const app = Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    // One line per request comes from our onResponse hook, with fields we chose (never bodies).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimitBytes,
    requestTimeout: opts.requestTimeoutMs,
    trustProxy: opts.trustProxy,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // Always our own: the id keys audit entries, so a caller must not be able to choose it.
    // Time-ordered (UUIDv7, RFC 9562): new ids land at the end of the audit log's request-id
    // index instead of at random pages of it.
    genReqId: () => uuidv7(),
    routerOptions: { maxParamLength: 256 },
  });

  // Before any route: records every route and the permission it declares (OpenAPI, deny-by-default test).
  trackRoutes(app);
  app.decorateRequest('bulwark', null as never);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(/^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i, { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer, opts.jsonMaxDepth));
    } catch (e) {
      done(e as Error, undefined);
    }
  });

  app.addHook('onRequest', async (req, reply) => {
    const state = newRequestState();
    req.bulwark = state;
    reply.header('x-request-id', req.id);
    // 'close' follows both a finished response and a caller who went away: settle exactly once.
    reply.raw.once('close', () => settleGuards(state, reply.statusCode, req));
    opts.metrics.inFlight.inc();
    if (shuttingDown) throw new BulwarkError('BULWARK_E_UNAVAILABLE');
  });

  app.addHook('onResponse', async (req, reply) => {
    opts.metrics.inFlight.dec();
    const s = req.bulwark;
    if (!s) return;
    const latencyMs = performance.now() - s.startedAt;
    const route = s.route ?? 'other';
    // The model name is client input: only a configured name may reach logs, metrics and events.
    const known = s.knownModel === true;
    const model = known ? s.model! : 'none';
    opts.metrics.requests.inc({ route, model, status: String(reply.statusCode) });
    opts.metrics.duration.observe({ route }, latencyMs / 1000);
    if (s.overheadMs !== undefined) opts.metrics.overhead.observe({ route }, s.overheadMs / 1000);
    if (s.upstreamMs !== undefined && s.upstream) opts.metrics.upstreamDuration.observe({ upstream: s.upstream }, s.upstreamMs / 1000);
    for (const d of s.decisions) {
      opts.metrics.decisions.inc({ guard: d.guard, action: d.action, mode: d.mode });
      if (d.fault) opts.metrics.guardFaults.inc({ guard: d.guard, fault: d.fault });
    }
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? 'unmatched',
        model: known ? s.model : undefined,
        status: reply.statusCode,
        code: s.errorCode,
        principal: s.principal?.id,
        key: s.principal?.keyId,
        stream: s.stream || undefined,
        latencyMs: Math.round(latencyMs * 1000) / 1000,
        upstreamMs: s.upstreamMs !== undefined ? Math.round(s.upstreamMs * 1000) / 1000 : undefined,
        overheadMs: s.overheadMs !== undefined ? Math.round(s.overheadMs * 1000) / 1000 : undefined,
        decisions: s.decisions.length > 0 ? s.decisions.map((d) => `${d.guard}:${d.action}`) : undefined,
      },
      'request',
    );
    if (s.route && s.route !== 'models') {
      opts.bus.emit({
        type: 'request',
        time: Date.now(),
        requestId: req.id,
        route: s.route,
        ...(known ? { model: s.model } : {}),
        ...(s.principal ? { principalId: s.principal.id, ...(s.principal.keyId ? { keyId: s.principal.keyId } : {}) } : {}),
        sourceIp: req.ip,
        status: reply.statusCode,
        ...(s.errorCode ? { errorCode: s.errorCode } : {}),
        stream: s.stream,
        decisions: s.decisions,
        latencyMs,
        ...(s.upstreamMs !== undefined ? { upstreamMs: s.upstreamMs } : {}),
        ...(s.upstreamStatus !== undefined ? { upstreamStatus: s.upstreamStatus } : {}),
        ...(s.usage ? { usage: s.usage } : {}),
        ...(responseBytes(reply.getHeader('content-length')) ?? {}),
        ...(s.input !== undefined ? { payload: { input: s.input, ...(s.answer !== undefined ? { answer: s.answer } : {}) } } : {}),
      });
    }
  });

  app.setErrorHandler(makeErrorHandler(opts.auditor));
  app.setNotFoundHandler((req, reply) => {
    if (!req.bulwark) req.bulwark = newRequestState();
    return sendError(new BulwarkError('BULWARK_E_ROUTE_NOT_FOUND'), req, reply);
  });

  const invoke = { config: { permission: 'model:invoke' } };
  app.post('/v1/chat/completions', invoke, inferenceHandler('chat', opts.current, opts.auditor));
  app.post('/v1/completions', invoke, inferenceHandler('completions', opts.current, opts.auditor));
  app.post('/v1/embeddings', invoke, inferenceHandler('embeddings', opts.current, opts.auditor));
  app.post('/v1/predict/:model', invoke, inferenceHandler('predict', opts.current, opts.auditor));
  if (opts.monitoring) registerFeedbackRoute(app, { current: opts.current, monitoring: opts.monitoring, bus: opts.bus });
  registerServiceRoutes(app, {
    current: opts.current,
    store: opts.store,
    metrics: opts.metrics,
    isShuttingDown: () => shuttingDown,
    metricsPublic: opts.metricsPublic,
  });

  registerAdminRoutes(app, { current: opts.current, store: opts.store, credentials: opts.credentials, bus: opts.bus, metrics: opts.metrics, ...(opts.monitoring ? { monitoring: opts.monitoring } : {}), ...(opts.deriveKey ? { deriveKey: opts.deriveKey } : {}), ...(opts.auditLog ? { audit: opts.auditLog } : {}), ...(opts.shared ? { shared: opts.shared } : {}) });

  return {
    app,
    beginShutdown: () => {
      shuttingDown = true;
    },
  };
}
