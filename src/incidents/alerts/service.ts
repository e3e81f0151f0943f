// Starts alerting in a gateway: the alert manager, the detection rules and the behaviour
// baselines, all fed by the event bus. Rules and baselines publish their signals on the bus (so
// the audit log records them) and are rebuilt when a reload changes their configuration.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Policy } from '../../config/schema.ts';
import type { EventBus } from '../../events/bus.ts';
import { BehaviourMonitor } from '../../monitor/behaviour/monitor.ts';
import { activeRules } from '../../monitor/rules/builtin.ts';
import { RuleEngine } from '../../monitor/rules/engine.ts';
import type { Store } from '../../store/store.ts';
import type { AlertSignal } from '../signal.ts';
import { AlertManager, type AlertManagerOptions } from './manager.ts';

export interface AlertingOptions {
  readonly store: Store;
  readonly bus: EventBus;
  readonly policy: () => Policy;
  readonly registry: Registry;
  readonly logger: Logger;
  readonly clock?: () => number;
  readonly router?: AlertManagerOptions['router'];
}

export interface Alerting {
  readonly manager: AlertManager;
  rules(): RuleEngine;
  behaviour(): BehaviourMonitor;
  /** Closes the ended behaviour windows now (the timer does it on its own). */
  tick(now?: number): void;
  /** Waits until queued signals are stored and deliveries ended. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function startAlerting(o: AlertingOptions): Alerting {
  const manager = new AlertManager(o);
  const signal = (s: AlertSignal) => o.bus.emit({ type: 'alert.signal', time: s.time, signal: s });
  const buildRules = () => new RuleEngine(activeRules(o.policy().alerts), { signal });
  const buildBehaviour = () => {
    const m = new BehaviourMonitor({ config: o.policy().alerts.behaviour, signal, ...(o.clock ? { clock: o.clock } : {}) });
    m.start();
    return m;
  };
  let rules = buildRules();
  let behaviour = buildBehaviour();
  let rulesKey = JSON.stringify([o.policy().alerts.rules, o.policy().alerts.builtin_rules]);
  let behaviourKey = JSON.stringify(o.policy().alerts.behaviour);

  const unsubscribe = o.bus.subscribe((e) => {
    if (e.type === 'alert.signal') return;
    if (e.type === 'policy.reloaded') {
      const a = o.policy().alerts;
      const rk = JSON.stringify([a.rules, a.builtin_rules]);
      if (rk !== rulesKey) {
        rules = buildRules();
        rulesKey = rk;
      }
      // Learned baselines survive a reload unless their own settings changed.
      const bk = JSON.stringify(a.behaviour);
      if (bk !== behaviourKey) {
        behaviour.close();
        behaviour = buildBehaviour();
        behaviourKey = bk;
      }
      // Rules may watch reloads too: fall through.
    }
    // With an injected clock, detection follows it rather than the events' own stamps.
    const time = o.clock ? o.clock() : e.time;
    rules.observe(e, time);
    behaviour.observe(e, time);
  });

  return {
    manager,
    rules: () => rules,
    behaviour: () => behaviour,
    tick: (now) => behaviour.tick(now),
    flush: () => manager.flush(),
    async close() {
      unsubscribe();
      behaviour.close();
      await manager.close();
    },
  };
}
