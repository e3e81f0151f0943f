// Two replicas on one PostgreSQL store: each profiles the traffic it serves; drift is judged on
// the merge of both, so a shift split across replicas is seen whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTransactions } from '../../src/demo/fraud.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, dropTestSchema, requireService, uniqueSchema } from '../support/services.ts';
import { HOUR, START, type Simulation, monitoringPolicy, requestEvent, startSimulation } from './simulation.ts';

const POLICY = monitoringPolicy(`  interval_ms: ${HOUR}
  settle_ms: 60000
  input_drift: { window_buckets: 1, min_samples: 200 }
  prediction_drift: { enabled: false }
`);

describe('per-replica profiles merged in PostgreSQL', async () => {
  const available = await requireService('postgres');
  let store: Store;
  let schema: string;
  let a: Simulation;
  let b: Simulation;

  beforeAll(async () => {
    if (!available) return;
    schema = uniqueSchema('bulwark_mon');
    store = await openStore({ dataDir: '/nonexistent', url: PG_URL, pgSchema: schema });
    a = await startSimulation(POLICY, { store, replicaId: 'replica-a' });
    b = await startSimulation(POLICY, { store, replicaId: 'replica-b' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await store?.close();
    await dropTestSchema(schema);
  });

  it.skipIf(!available)('judges the window on both replicas\' records, after the settle time', async () => {
    const tx = generateTransactions(300, 42).x;
    tx.forEach((t, i) => {
      // Replica B alone serves shifted traffic: on its own it holds only 150 records (< min_samples).
      const input = i % 2 === 0 ? t : { ...t, merchant_risk: Math.min(1, t.merchant_risk + 0.6) };
      (i % 2 === 0 ? a : b).monitoring.observe(requestEvent('demo-fraud', 'predict', { input }, { prediction: { label: 'legit', probabilities: { fraud: 0.1 } } }));
    });
    for (const sim of [a, b]) {
      sim.clock.set(START + HOUR);
      await sim.monitoring.tick();
    }
    expect(a.signals.concat(b.signals).filter((s) => s.source === 'monitor.drift.input')).toEqual([]);
    for (const sim of [a, b]) {
      sim.clock.set(START + HOUR + 60_000);
      await sim.monitoring.tick();
    }
    const s = a.signals.find((x) => x.source === 'monitor.drift.input');
    expect(s).toBeDefined();
    expect(s!.evidence.records).toBe(300);
    expect(Object.keys(s!.evidence)).toContain('merchant_risk.wasserstein');
    // Both replicas judged the same merged window and wrote the same series point.
    const rows = await store.db.selectFrom('monitor_series').selectAll().where('model', '=', 'demo-fraud').where('metric', '=', 'dataset').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.samples).toBe(300);
  });
});
