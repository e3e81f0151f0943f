// What the request path needs from the audit log, and nothing more: record an entry durably
// before going on. The gateway fails closed on a throw (503, nothing forwarded or released).
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { RouteKind } from '../pipeline/types.ts';

export interface AuditRequestEntry {
  /** `request`: passed the input stages, about to be forwarded; `outcome`: the final answer. */
  readonly kind: 'request' | 'outcome';
  readonly requestId: string;
  readonly time: number;
  readonly route: RouteKind;
  /** Only a configured model name (client input otherwise stays out of the log). */
  readonly model?: string;
  readonly principalId?: string;
  readonly keyId?: string;
  readonly sourceIp: string;
  readonly stream: boolean;
  readonly decisions: readonly GuardRecord[];
  readonly status?: number;
  readonly errorCode?: string;
  readonly upstreamStatus?: number;
  readonly latencyMs?: number;
  readonly upstreamMs?: number;
  readonly usage?: { readonly promptTokens?: number; readonly completionTokens?: number; readonly totalTokens?: number };
  /** The parsed request and answer bodies, for optional payload capture (`off | hmac | encrypted`). */
  readonly requestBody?: unknown;
  readonly responseBody?: unknown;
}

export interface RequestAuditor {
  /** `strict`: outcome entries are committed before the answer is released; `request`: only request entries are awaited. */
  readonly mode: 'strict' | 'request';
  /** Resolves once the entry is durably recorded by every required sink; throws otherwise. */
  record(entry: AuditRequestEntry): Promise<void>;
}
