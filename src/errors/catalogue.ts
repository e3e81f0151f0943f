// The one catalogue of errors the gateway can return to a caller. Every code is stable, has one
// HTTP status and an OpenAI-style `type`; docs/errors.md lists the same codes (a test checks).

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'upstream_error'
  | 'server_error';

export interface ErrorSpec {
  readonly status: number;
  readonly type: ErrorType;
  /** The default message; specific errors may give a more precise one (never internal detail). */
  readonly message: string;
}

export const ERRORS = {
  BULWARK_E_BAD_JSON: { status: 400, type: 'invalid_request_error', message: 'The request body is not valid JSON.' },
  BULWARK_E_BAD_ENCODING: { status: 400, type: 'invalid_request_error', message: 'The request body is not valid UTF-8.' },
  BULWARK_E_JSON_TOO_DEEP: { status: 400, type: 'invalid_request_error', message: 'The request body is nested too deeply.' },
  BULWARK_E_INVALID_REQUEST: { status: 400, type: 'invalid_request_error', message: 'The request is not valid.' },
  BULWARK_E_POLICY_BLOCKED: { status: 400, type: 'invalid_request_error', message: 'The request was blocked by policy.' },
  BULWARK_E_UNAUTHENTICATED: { status: 401, type: 'authentication_error', message: 'Missing or invalid credentials.' },
  BULWARK_E_FORBIDDEN: { status: 403, type: 'permission_error', message: 'You are not allowed to perform this action.' },
  BULWARK_E_MODEL_NOT_FOUND: { status: 404, type: 'not_found_error', message: 'The model does not exist or you do not have access to it.' },
  BULWARK_E_ROUTE_NOT_FOUND: { status: 404, type: 'not_found_error', message: 'No such route.' },
  BULWARK_E_SELF_GRANT: { status: 403, type: 'permission_error', message: 'A principal cannot grant itself a role.' },
  BULWARK_E_SEPARATION_OF_DUTIES: { status: 403, type: 'permission_error', message: 'Separation of duties: the same principal cannot perform both steps.' },
  BULWARK_E_RESOURCE_NOT_FOUND: { status: 404, type: 'not_found_error', message: 'The resource does not exist.' },
  BULWARK_E_CONFLICT: { status: 409, type: 'invalid_request_error', message: 'The request conflicts with the current state.' },
  BULWARK_E_METHOD_NOT_ALLOWED: { status: 405, type: 'invalid_request_error', message: 'Method not allowed on this route.' },
  BULWARK_E_BODY_TOO_LARGE: { status: 413, type: 'invalid_request_error', message: 'The request body is too large.' },
  BULWARK_E_UNSUPPORTED_MEDIA_TYPE: { status: 415, type: 'invalid_request_error', message: 'The request body must be application/json.' },
  BULWARK_E_RATE_LIMITED: { status: 429, type: 'rate_limit_error', message: 'Rate limit exceeded.' },
  BULWARK_E_UPSTREAM_RATE_LIMITED: { status: 429, type: 'rate_limit_error', message: 'The upstream model is rate limiting; retry later.' },
  BULWARK_E_UPSTREAM_REJECTED: { status: 400, type: 'invalid_request_error', message: 'The upstream model rejected the request.' },
  BULWARK_E_UPSTREAM_ERROR: { status: 502, type: 'upstream_error', message: 'The upstream model returned an error.' },
  BULWARK_E_UPSTREAM_UNREACHABLE: { status: 502, type: 'upstream_error', message: 'The upstream model could not be reached.' },
  BULWARK_E_UPSTREAM_BAD_RESPONSE: { status: 502, type: 'upstream_error', message: 'The upstream model returned a malformed response.' },
  BULWARK_E_UPSTREAM_TOO_LARGE: { status: 502, type: 'upstream_error', message: 'The upstream response exceeded the size limit.' },
  BULWARK_E_GUARD_FAILED: { status: 503, type: 'server_error', message: 'A security check could not complete; the request was not forwarded.' },
  BULWARK_E_AUDIT_UNAVAILABLE: { status: 503, type: 'server_error', message: 'The request could not be recorded in the audit log; it was not processed.' },
  BULWARK_E_UNAVAILABLE: { status: 503, type: 'server_error', message: 'The gateway is not ready or is shutting down.' },
  BULWARK_E_SHARED_STATE_UNAVAILABLE: { status: 503, type: 'server_error', message: 'The state shared by the gateway replicas (Redis) could not be reached; try again.' },
  BULWARK_E_UPSTREAM_TIMEOUT: { status: 504, type: 'upstream_error', message: 'The upstream model did not answer in time.' },
  BULWARK_E_INTERNAL: { status: 500, type: 'server_error', message: 'Internal error.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** Optional machine-readable detail returned with an error (never internal state). */
export interface ErrorDetail {
  /** Where in the request the problem is, e.g. `messages[1].role`. */
  readonly param?: string;
  /** Guard decisions on a block: which guard, which rule, why (never the matched text). */
  readonly findings?: ReadonlyArray<{ guard: string; rule: string; reason: string; score: number; location?: string }>;
  readonly retryAfterSeconds?: number;
}

/** An error with a catalogue code. Throw it anywhere; the server turns it into the reply. */
export class BulwarkError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: ErrorType;
  readonly detail: ErrorDetail;

  constructor(code: ErrorCode, message?: string, detail: ErrorDetail = {}) {
    const spec: ErrorSpec = ERRORS[code];
    super(message ?? spec.message);
    this.name = 'BulwarkError';
    this.code = code;
    this.status = spec.status;
    this.type = spec.type;
    this.detail = detail;
  }
}

export interface ErrorBody {
  error: {
    message: string;
    type: ErrorType;
    code: ErrorCode;
    param: string | null;
    request_id: string;
    findings?: ErrorDetail['findings'];
  };
}

/** The OpenAI-shaped JSON body for an error. */
export function errorBody(err: BulwarkError, requestId: string): ErrorBody {
  return {
    error: {
      message: err.message,
      type: err.type,
      code: err.code,
      param: err.detail.param ?? null,
      request_id: requestId,
      ...(err.detail.findings ? { findings: err.detail.findings } : {}),
    },
  };
}
