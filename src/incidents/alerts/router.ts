// Routes alerts to the sinks configured in the policy, off the request path: each sink has its
// own bounded queue drained one alert at a time, with retries on exponential backoff (with
// jitter). Outcomes are counted; failures are logged with the sink name and reason only.
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { AlertSinkConfig } from '../../config/alerts-schema.ts';
import { type AlertSink, DeliveryError, buildSink } from '../../export/index.ts';
import { matchesAny } from '../../pipeline/glob.ts';
import { SEVERITIES } from '../signal.ts';
import type { Alert } from './types.ts';

const MAX_QUEUE = 1_000;

/** The router's metrics, registered once per registry (routers are rebuilt on policy reload). */
export class AlertDeliveryMetrics {
  readonly deliveries: Counter<'sink' | 'outcome'>;
  readonly retries: Counter<'sink'>;

  constructor(registry: Registry) {
    this.deliveries = new Counter({ name: 'bulwark_alert_deliveries_total', help: 'Alert deliveries by sink and outcome (delivered, failed, dropped)', labelNames: ['sink', 'outcome'], registers: [registry] });
    this.retries = new Counter({ name: 'bulwark_alert_delivery_retries_total', help: 'Alert delivery attempts that failed and were retried', labelNames: ['sink'], registers: [registry] });
  }
}

interface Route {
  readonly sink: AlertSink;
  readonly config: AlertSinkConfig;
  readonly queue: Alert[];
  draining: Promise<void> | undefined;
}

export interface AlertRouterOptions {
  readonly metrics: AlertDeliveryMetrics;
  readonly logger: Logger;
  /** Builds a sink from its config (tests may wrap it). */
  readonly build?: (c: AlertSinkConfig) => AlertSink;
  /** Waits between attempts (tests shorten it). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export class AlertRouter {
  private readonly routes: Route[];
  private closed = false;

  constructor(
    configs: readonly AlertSinkConfig[],
    private readonly opts: AlertRouterOptions,
  ) {
    const build = opts.build ?? buildSink;
    this.routes = configs.map((config) => ({ sink: build(config), config, queue: [], draining: undefined }));
  }

  get sinkNames(): string[] {
    return this.routes.map((r) => r.sink.name);
  }

  /** Whether a sink takes this alert (minimum severity, source filter). */
  static accepts(c: AlertSinkConfig, a: Alert): boolean {
    if (SEVERITIES.indexOf(a.severity) < SEVERITIES.indexOf(c.min_severity)) return false;
    return c.sources === undefined || matchesAny(c.sources, a.source);
  }

  /** Queues the alert for every sink that takes it; returns at once. */
  route(alert: Alert): void {
    if (this.closed) return;
    for (const r of this.routes) {
      if (!AlertRouter.accepts(r.config, alert)) continue;
      if (r.queue.length >= MAX_QUEUE) {
        r.queue.shift();
        this.opts.metrics.deliveries.inc({ sink: r.sink.name, outcome: 'dropped' });
        this.opts.logger.warn({ sink: r.sink.name }, 'alert sink queue full: dropped the oldest alert');
      }
      r.queue.push(alert);
      r.draining ??= this.drain(r).finally(() => {
        r.draining = undefined;
      });
    }
  }

  private async drain(r: Route): Promise<void> {
    while (r.queue.length > 0) {
      const alert = r.queue.shift()!;
      await this.deliver(r, alert);
    }
  }

  private async deliver(r: Route, alert: Alert): Promise<void> {
    const { max_attempts: attempts, backoff_ms: backoff } = r.config;
    const sleep = this.opts.sleep ?? defaultSleep;
    const random = this.opts.random ?? Math.random;
    for (let attempt = 1; ; attempt++) {
      try {
        await r.sink.deliver(alert);
        this.opts.metrics.deliveries.inc({ sink: r.sink.name, outcome: 'delivered' });
        return;
      } catch (e) {
        const reason = e instanceof DeliveryError ? e.message : `unexpected ${(e as Error)?.name ?? 'error'}`;
        const retryable = !(e instanceof DeliveryError) || e.retryable;
        if (!retryable || attempt >= attempts || this.closed) {
          this.opts.metrics.deliveries.inc({ sink: r.sink.name, outcome: 'failed' });
          this.opts.logger.error({ sink: r.sink.name, type: r.sink.type, alert: alert.id, attempts: attempt, reason }, 'alert delivery failed');
          return;
        }
        this.opts.metrics.retries.inc({ sink: r.sink.name });
        this.opts.logger.warn({ sink: r.sink.name, alert: alert.id, attempt, reason }, 'alert delivery failed; retrying');
        // Full jitter around the doubling delay spreads retries of many gateways.
        await sleep(backoff * 2 ** (attempt - 1) * (0.5 + random()));
      }
    }
  }

  /** Waits up to `graceMs` for queued deliveries, then closes the sinks. */
  async close(graceMs = 2_000): Promise<void> {
    const pending = this.routes.map((r) => r.draining).filter((p): p is Promise<void> => p !== undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(pending), new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    this.closed = true;
    for (const r of this.routes) {
      r.queue.length = 0;
      await r.sink.close().catch(() => {});
    }
  }

  /** Resolves once every queue is empty (tests, and the replay). */
  async idle(): Promise<void> {
    for (;;) {
      const pending = this.routes.map((r) => r.draining).filter((p): p is Promise<void> => p !== undefined);
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }
}
