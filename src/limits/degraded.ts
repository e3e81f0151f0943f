// Degraded mode: while Redis is unreachable the insurance limiter counts in this process only.
// Each transition is logged (a process warning), exported as a gauge and raised as an alert signal.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { SignalSink } from '../incidents/signal.ts';
import type { LinkState, RedisLink } from './redis.ts';

/** The limit metrics of one gateway, registered once (kept in the gateway's shared resources). */
export interface LimitMetrics {
  readonly degraded: Gauge<'backend'>;
  readonly insuranceDecisions: Counter;
  readonly exceeded: Counter<'subject' | 'window'>;
  readonly faults: Counter<'phase'>;
}

export function createLimitMetrics(registry: Registry | undefined): LimitMetrics {
  const registers = registry ? [registry] : [];
  return {
    degraded: new Gauge({ name: 'bulwark_limit_degraded', help: 'Rate limits degraded: 1 while the shared backend is unreachable and the per-replica insurance limiter is in force', labelNames: ['backend'], registers }),
    insuranceDecisions: new Counter({ name: 'bulwark_limit_insurance_decisions_total', help: 'Requests limited by the in-memory insurance limiter because Redis was unreachable', registers }),
    exceeded: new Counter({ name: 'bulwark_limit_exceeded_total', help: 'Requests refused by a rate limit, by subject kind and window', labelNames: ['subject', 'window'], registers }),
    faults: new Counter({ name: 'bulwark_limit_faults_total', help: 'Limit counter operations that failed (admit: the request was refused; settle: a release was lost)', labelNames: ['phase'], registers }),
  };
}

export class DegradedMode {
  /** The latest policy's sink (signals go to the same bus whichever runtime set it). */
  sink: SignalSink | undefined;
  private degradedSince: number | undefined;

  constructor(
    private readonly link: RedisLink,
    private readonly metrics: LimitMetrics,
    sink: SignalSink | undefined,
  ) {
    this.sink = sink;
    metrics.degraded.set({ backend: 'redis' }, 0);
    link.onChange((state, reason) => this.changed(state, reason));
  }

  get active(): boolean {
    return this.link.state !== 'ready';
  }

  private changed(state: LinkState, reason: string): void {
    const now = Date.now();
    if (state === 'down' && this.degradedSince === undefined) {
      this.degradedSince = now;
      this.metrics.degraded.set({ backend: 'redis' }, 1);
      process.emitWarning(`rate limits degraded: Redis unreachable (${reason}); per-replica insurance limits in force`, { code: 'BULWARK_LIMIT_DEGRADED' });
      this.sink?.({
        source: 'limit.rate',
        severity: 'high',
        title: 'Rate limits degraded: Redis unreachable, each replica limits on its own',
        entity: { kind: 'gateway', id: 'limit.rate' },
        evidence: { backend: 'redis', state, reason },
        time: now,
        techniques: ['AML.T0029', 'LLM10'],
      });
    } else if (state === 'ready' && this.degradedSince !== undefined) {
      const lastedMs = now - this.degradedSince;
      this.degradedSince = undefined;
      this.metrics.degraded.set({ backend: 'redis' }, 0);
      process.emitWarning(`rate limits restored: Redis reachable again after ${lastedMs} ms`, { code: 'BULWARK_LIMIT_RESTORED' });
      this.sink?.({
        source: 'limit.rate',
        severity: 'info',
        title: 'Rate limits restored: Redis reachable again',
        entity: { kind: 'gateway', id: 'limit.rate' },
        evidence: { backend: 'redis', state, degraded_ms: lastedMs },
        time: now,
      });
    }
  }
}
