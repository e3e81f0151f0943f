// In-process event bus: the pipeline publishes what happened; audit, telemetry, detectors and
// exporters subscribe. A slow or failing subscriber never breaks the request that emitted.
import type { GuardRecord } from '../pipeline/pipeline.ts';
import type { RouteKind } from '../pipeline/types.ts';

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
}

export interface PolicyEvent {
  readonly type: 'policy.reloaded' | 'policy.reload_failed';
  readonly time: number;
  readonly source: string;
  readonly version?: string;
  readonly error?: string;
}

export type BulwarkEvent = RequestEvent | PolicyEvent;
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
