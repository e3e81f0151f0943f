// In-process event bus: the pipeline publishes what happened; audit, telemetry, detectors and
// exporters subscribe. A slow or failing subscriber never breaks the request that emitted.
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { RouteKind } from '../pipeline/types.ts';
import type { AlertSignal } from '../incidents/signal.ts';

export interface RequestEvent {
  readonly type: 'request';
  readonly time: number;
  readonly requestId: string;
  readonly route: RouteKind;
  readonly model?: string;
  readonly principalId?: string;
  readonly keyId?: string;
  readonly sourceIp: string;
  readonly status: number;
  readonly errorCode?: string;
  readonly stream: boolean;
  readonly decisions: readonly GuardRecord[];
  readonly latencyMs: number;
  readonly upstreamMs?: number;
  readonly upstreamStatus?: number;
  readonly usage?: { readonly promptTokens?: number; readonly completionTokens?: number; readonly totalTokens?: number };
  /** Size of the response body sent (bytes), when known (not for streams): the volume read. */
  readonly responseBytes?: number;
  /**
   * What was asked and answered, by reference, for in-process monitors (drift, feedback). Carries
   * personal data: a subscriber must never log, export or persist it as it is.
   */
  readonly payload?: { readonly input?: unknown; readonly answer?: unknown };
}

export interface PolicyEvent {
  readonly type: 'policy.reloaded' | 'policy.reload_failed';
  readonly time: number;
  readonly source: string;
  readonly version?: string;
  readonly error?: string;
}

/** An authorization decision (data plane or admin API): what was asked, the answer and why. */
export interface AuthzDecisionEvent {
  readonly type: 'authz.decision';
  readonly time: number;
  readonly requestId: string;
  readonly surface: 'data' | 'admin';
  readonly principalId?: string;
  readonly keyId?: string;
  readonly permission: string;
  /** `kind:name`, e.g. `model:demo-chat`; absent for system-wide permissions. */
  readonly resource?: string;
  readonly allowed: boolean;
  readonly reason: string;
  readonly bindingId?: string;
  readonly role?: string;
  readonly policyVersion: string;
  /** Admin API: `METHOD /route/pattern`. */
  readonly route?: string;
}

/** A refused credential. Carries the key prefix (never the key) and the source address. */
export interface AuthFailureEvent {
  readonly type: 'auth.failed';
  readonly time: number;
  readonly requestId?: string;
  readonly surface: 'data' | 'admin';
  readonly sourceIp: string;
  readonly keyPrefix?: string;
  readonly reason: string;
  /** Failures from this source address in the current window, this one included. */
  readonly recentFromSource: number;
}

/** A change made through the admin API or the CLI (never carries a secret). */
export interface AdminActionEvent {
  readonly type: 'admin.action';
  readonly time: number;
  readonly requestId?: string;
  readonly actorId: string;
  readonly action: string;
  readonly targetId?: string;
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
}

/** A monitor, rule or guard reports a condition; the alert manager turns signals into alerts. */
export interface AlertSignalEvent {
  readonly type: 'alert.signal';
  readonly time: number;
  readonly signal: AlertSignal;
}

/** Ground truth given for an answered prediction (`POST /v1/feedback`); carries no label or input. */
export interface FeedbackEvent {
  readonly type: 'monitor.feedback';
  readonly time: number;
  /** The feedback request's own id. */
  readonly requestId: string;
  /** The predict request the feedback is about. */
  readonly targetRequestId: string;
  readonly model?: string;
  readonly principalId?: string;
  readonly keyId?: string;
  readonly outcome: 'accepted' | 'unknown' | 'duplicate' | 'bad_index' | 'denied';
}

export type BulwarkEvent = RequestEvent | PolicyEvent | AuthzDecisionEvent | AuthFailureEvent | AdminActionEvent | AlertSignalEvent | FeedbackEvent;
type Listener = (e: BulwarkEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();
  private onListenerError: (err: unknown) => void = () => {};

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  setErrorHandler(fn: (err: unknown) => void): void {
    this.onListenerError = fn;
  }

  emit(e: BulwarkEvent): void {
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch (err) {
        this.onListenerError(err);
      }
    }
  }
}
