// Shared pieces of the monitors' time-travel tests: a policy, a store, a monitoring service on a
// manual clock, and request events shaped as the gateway emits them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import { PolicySchema, type Policy } from '../../src/config/schema.ts';
import { EventBus, type RequestEvent } from '../../src/events/bus.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { ManualClock } from '../../src/monitor/models/clock.ts';
import { ReferenceCatalog } from '../../src/monitor/models/references.ts';
import { ModelMonitoring } from '../../src/monitor/models/service.ts';
import { type Store, openStore } from '../../src/store/store.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const START = Date.UTC(2026, 0, 5);

export function monitoringPolicy(monitoring: string): Policy {
  return PolicySchema.parse(
    parse(`version: 1
upstreams: { demo: { builtin: demo } }
models:
  - { name: demo-chat, kind: chat, upstream: demo }
  - { name: demo-fraud, kind: predict, upstream: demo }
monitoring:
${monitoring}`),
  );
}

export interface Simulation {
  readonly clock: ManualClock;
  readonly bus: EventBus;
  readonly store: Store;
  readonly monitoring: ModelMonitoring;
  readonly signals: AlertSignal[];
  close(): Promise<void>;
}

let shared: ReferenceCatalog | undefined;

/** References are built once per test file (they are deterministic). */
export function demoReferences(): ReferenceCatalog {
  if (!shared) {
    shared = new ReferenceCatalog(() => START);
    shared.get('demo-fraud');
    shared.get('demo-chat');
  }
  return shared;
}

export async function startSimulation(policy: Policy, opts: { store?: Store; replicaId?: string; references?: ReferenceCatalog } = {}): Promise<Simulation> {
  const dir = opts.store ? undefined : mkdtempSync(join(tmpdir(), 'bulwark-mon-'));
  const store = opts.store ?? (await openStore({ dataDir: dir! }));
  const clock = new ManualClock(START);
  const bus = new EventBus();
  const signals: AlertSignal[] = [];
  bus.subscribe((e) => {
    if (e.type === 'alert.signal') signals.push(e.signal);
  });
  let lagNoise = 0;
  const monitoring = new ModelMonitoring({
    store,
    bus,
    references: opts.references ?? demoReferences(),
    policy: () => policy,
    clock,
    tickMs: 0,
    ...(opts.replicaId ? { replicaId: opts.replicaId } : {}),
    // A steady process: memory and loop lag with a little deterministic jitter.
    readProcess: () => ({ rssBytes: (200 + (lagNoise % 5)) * 2 ** 20, heapUsedBytes: 80 * 2 ** 20, loopLagMs: 4 + ((lagNoise++ * 7) % 3) }),
  });
  return {
    clock,
    bus,
    store,
    monitoring,
    signals,
    async close() {
      await monitoring.close();
      if (!opts.store) {
        await store.close();
        rmSync(dir!, { recursive: true, force: true });
      }
    },
  };
}

export function requestEvent(model: string, route: RequestEvent['route'], input: unknown, answer: unknown, extra: Partial<RequestEvent> = {}): RequestEvent {
  return {
    type: 'request',
    time: 0,
    requestId: randomUUID(),
    route,
    model,
    sourceIp: '10.0.0.1',
    status: 200,
    stream: false,
    decisions: [],
    latencyMs: 20,
    upstreamMs: 15,
    payload: { input, answer },
    ...extra,
  };
}
