// The alert manager: turns `alert.signal` events into stored alerts. A signal with the same source
// and entity as an alert seen within the grouping window joins it (count, first/last seen) instead
// of raising another; new alerts, and alerts whose severity rose, are routed to the sinks.
// Work is queued off the emitting call, so a slow store or sink never holds up a request.
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { AlertsConfig } from '../../config/alerts-schema.ts';
import type { Policy } from '../../config/schema.ts';
import type { EventBus } from '../../events/bus.ts';
import type { Store } from '../../store/store.ts';
import type { AlertSignal } from '../signal.ts';
import { AlertRepository, type OwnerInfo } from './repository.ts';
import { AlertDeliveryMetrics, AlertRouter, type AlertRouterOptions } from './router.ts';
import type { Alert } from './types.ts';

const MAX_BACKLOG = 10_000;

export interface AlertManagerOptions {
  readonly store: Store;
  readonly bus: EventBus;
  /** The running policy (re-read after each reload). */
  readonly policy: () => Policy;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** Router overrides (tests). */
  readonly router?: Partial<Pick<AlertRouterOptions, 'build' | 'sleep' | 'random'>>;
}

/** The owner and on-call contact of what an alert is about, from the policy. */
export function ownerOf(policy: Policy, s: AlertSignal): OwnerInfo {
  if (s.entity.kind === 'dataset') {
    const d = Object.hasOwn(policy.alerts.dataset_owners, s.entity.id) ? policy.alerts.dataset_owners[s.entity.id] : undefined;
    return d ? { owner: d.owner, onCall: d.on_call } : {};
  }
  if (s.entity.kind !== 'model') return {};
  const m = policy.models.find((x) => x.name === s.entity.id);
  return m ? { owner: m.owner, onCall: m.on_call } : {};
}

export class AlertManager {
  readonly repository: AlertRepository;
  private router: AlertRouter;
  private readonly deliveryMetrics: AlertDeliveryMetrics;
  private readonly signals: Counter<'outcome'>;
  private readonly created: Counter<'severity'>;
  private chain: Promise<void> = Promise.resolve();
  private backlog = 0;
  private readonly unsubscribe: () => void;
  private closed = false;

  constructor(private readonly opts: AlertManagerOptions) {
    this.repository = new AlertRepository(opts.store, opts.clock);
    this.deliveryMetrics = new AlertDeliveryMetrics(opts.registry);
    this.signals = new Counter({ name: 'bulwark_alert_signals_total', help: 'Alert signals by outcome (created, grouped, suppressed, disabled, dropped, failed)', labelNames: ['outcome'], registers: [opts.registry] });
    this.created = new Counter({ name: 'bulwark_alerts_created_total', help: 'Alerts created by severity', labelNames: ['severity'], registers: [opts.registry] });
    this.router = this.buildRouter(this.config.sinks);
    this.unsubscribe = opts.bus.subscribe((e) => {
      if (e.type === 'alert.signal') this.enqueue(e.signal);
      else if (e.type === 'policy.reloaded') this.reconfigure();
    });
  }

  private get config(): AlertsConfig {
    return this.opts.policy().alerts;
  }

  private buildRouter(sinks: AlertsConfig['sinks']): AlertRouter {
    return new AlertRouter(sinks, { metrics: this.deliveryMetrics, logger: this.opts.logger, ...this.opts.router });
  }

  /** Rebuilds the sinks from the reloaded policy; a sink that cannot be built keeps the old set. */
  private reconfigure(): void {
    let next: AlertRouter;
    try {
      next = this.buildRouter(this.config.sinks);
    } catch (e) {
      this.opts.logger.error({ reason: (e as Error).message }, 'alert sinks of the reloaded policy could not be built; keeping the previous sinks');
      return;
    }
    const old = this.router;
    this.router = next;
    void old.close();
  }

  private enqueue(signal: AlertSignal): void {
    if (this.closed) return;
    if (this.backlog >= MAX_BACKLOG) {
      this.signals.inc({ outcome: 'dropped' });
      return;
    }
    this.backlog++;
    this.chain = this.chain.then(async () => {
      try {
        await this.handle(signal);
      } catch (e) {
        this.signals.inc({ outcome: 'failed' });
        this.opts.logger.error({ source: signal.source, err: { type: (e as Error)?.name, message: (e as Error)?.message } }, 'alert signal could not be stored');
      } finally {
        this.backlog--;
      }
    });
  }

  /** Processes one signal (also callable directly). Returns the alert it created or joined. */
  async handle(signal: AlertSignal): Promise<Alert | undefined> {
    const cfg = this.config;
    if (!cfg.enabled) {
      this.signals.inc({ outcome: 'disabled' });
      return undefined;
    }
    const group = await this.repository.findGroup(signal, signal.time - cfg.group_window_seconds * 1000);
    if (group) {
      const updated = await this.repository.group(group, signal, cfg.max_request_ids);
      if (group.status === 'suppressed') {
        this.signals.inc({ outcome: 'suppressed' });
        return updated;
      }
      this.signals.inc({ outcome: 'grouped' });
      // A duplicate is not news, unless it is worse than what was sent.
      if (updated.severity !== group.severity) this.router.route(updated);
      return updated;
    }
    const alert = await this.repository.create(signal, ownerOf(this.opts.policy(), signal), cfg.max_request_ids);
    this.signals.inc({ outcome: 'created' });
    this.created.inc({ severity: alert.severity });
    this.router.route(alert);
    return alert;
  }

  /** Resolves when every queued signal is stored and every queued delivery has ended. */
  async flush(): Promise<void> {
    await this.chain;
    await this.router.idle();
  }

  async close(graceMs = 2_000): Promise<void> {
    this.closed = true;
    this.unsubscribe();
    await this.chain;
    await this.router.close(graceMs);
  }
}
