// Turns anything thrown while handling a request into an OpenAI-shaped error with a catalogue
// code. Internal details (stack, engine messages, upstream bodies) never reach the caller.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestAuditor } from '../audit/port.ts';
import { BulwarkError, type ErrorCode, errorBody } from '../errors/catalogue.ts';
import { auditEntry, recordOrFail } from './audit-entry.ts';

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BULWARK_E_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'BULWARK_E_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BULWARK_E_INVALID_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BULWARK_E_BAD_JSON',
  FST_ERR_CTP_INVALID_TYPE: 'BULWARK_E_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_BAD_URL: 'BULWARK_E_INVALID_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BULWARK_E_INVALID_REQUEST',
};

export function toBulwarkError(err: unknown): BulwarkError {
  if (err instanceof BulwarkError) return err;
  const fe = err as Partial<FastifyError> | undefined;
  const mapped = fe?.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new BulwarkError(mapped);
  if (fe?.statusCode === 413) return new BulwarkError('BULWARK_E_BODY_TOO_LARGE');
  if (fe?.statusCode === 415) return new BulwarkError('BULWARK_E_UNSUPPORTED_MEDIA_TYPE');
  if (fe?.statusCode === 400) return new BulwarkError('BULWARK_E_INVALID_REQUEST');
  return new BulwarkError('BULWARK_E_INTERNAL');
}

export function sendError(err: BulwarkError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const state = request.bulwark;
  state.errorCode = err.code;
  if (state.upstreamMs !== undefined) {
    state.overheadMs = performance.now() - state.startedAt - state.upstreamMs;
    reply.header('x-bulwark-overhead-ms', state.overheadMs.toFixed(3));
  }
  if (err.detail.retryAfterSeconds !== undefined) reply.header('retry-after', String(Math.ceil(err.detail.retryAfterSeconds)));
  return reply.code(err.status).type('application/json; charset=utf-8').send(errorBody(err, request.id));
}

/** The server's error handler; data-plane failures are audited before the reply (fail closed). */
export function makeErrorHandler(auditor: RequestAuditor | undefined) {
  return async function handleError(err: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    let be = toBulwarkError(err);
    logInternal(err, be, request);
    if (auditor && request.bulwark?.route && be.code !== 'BULWARK_E_AUDIT_UNAVAILABLE') {
      try {
        await recordOrFail(auditor, auditEntry(request, 'outcome', { status: be.status, errorCode: be.code }));
      } catch (e) {
        be = e as BulwarkError;
      }
    }
    return sendError(be, request, reply);
  };
}

function logInternal(err: unknown, be: BulwarkError, request: FastifyRequest): void {
  if (be.code === 'BULWARK_E_INTERNAL') {
    // Our own fault: keep the frames for operators, not the message (it could quote input).
    const frames = ((err as Error)?.stack ?? '').split('\n').slice(1).join('\n');
    request.log.error({ err: { type: (err as Error)?.name, frames } }, 'internal error');
  }
}
