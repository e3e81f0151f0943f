// What the gateway learns about one request as it passes through: read by logging, metrics and
// the request event. Attached to Fastify's request as `request.bulwark`.
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { Guard, GuardContext, Principal, RouteKind } from '../pipeline/types.ts';

export interface RequestState {
  readonly startedAt: number;
  route?: RouteKind;
  model?: string;
  principal?: Principal;
  decisions: GuardRecord[];
  upstream?: string;
  upstreamMs?: number;
  upstreamStatus?: number;
  overheadMs?: number;
  errorCode?: string;
  stream: boolean;
  usage?: { promptTokens?: number; completionTokens?: number; totalTokens?: number };
  /** Whether a configured model was named (only then may the name reach logs and audit). */
  knownModel?: boolean;
  /** The request body as forwarded (after input stages); in-process only, never logged. */
  input?: unknown;
  /** The JSON answer as returned to the caller; in-process only, never logged. */
  answer?: unknown;
  /** Guards to tell how the request ended (`Guard.settle`), with the context they checked. */
  settle: Array<{ readonly guard: Guard; readonly ctx: GuardContext }>;
}

declare module 'fastify' {
  interface FastifyRequest {
    bulwark: RequestState;
  }
}

export function newRequestState(): RequestState {
  return { startedAt: performance.now(), decisions: [], stream: false, settle: [] };
}
