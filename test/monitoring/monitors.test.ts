// Time travel: the monitors driven through simulated days of demo traffic in a few seconds. Normal
// days must raise nothing; each planted event must be signalled within its window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoChatReply } from '../../src/demo/chat.ts';
import { generateTransactions, trainFraudModel } from '../../src/demo/fraud.ts';
import type { AlertSignal } from '../../src/incidents/signal.ts';
import { demoChatPrompts } from '../../src/monitor/models/builtin.ts';
import { seededRandom } from '../../src/synthetic/random.ts';
import { parse } from 'yaml';
import { PolicySchema } from '../../src/config/schema.ts';
import { ReferenceCatalog } from '../../src/monitor/models/references.ts';
import { DAY, HOUR, START, type Simulation, monitoringPolicy, requestEvent, startSimulation } from './simulation.ts';

const POLICY = monitoringPolicy(`  interval_ms: ${HOUR}
  settle_ms: 0
  input_drift: { window_buckets: 6, min_samples: 200 }
  prediction_drift: { window_buckets: 6, min_samples: 200 }
  accuracy: { floors: { accuracy: 0.7 } }
  performance: { interval_ms: ${HOUR}, warmup_intervals: 12 }
`);

const firstAfter = (signals: readonly AlertSignal[], source: string, from: number) => signals.find((s) => s.source === source && s.time >= from);

describe('a simulated week of demo-fraud traffic', () => {
  let sim: Simulation;
  const model = trainFraudModel();
  const PER_HOUR = 150;
  const AMOUNT_SHIFT = 120; // hours 120–131: amounts a hundred times larger
  const LABEL_FLIP = 132; // hours 132–143: ground truth disagrees with 35% of answers
  const LATENCY = 144; // hour 144: latency six times higher
  const END = 168;

  beforeAll(async () => {
    sim = await startSimulation(POLICY);
    const noise = seededRandom(5);
    for (let h = 0; h < END; h++) {
      const { x, y } = generateTransactions(PER_HOUR, 10_000 + h);
      for (let i = 0; i < PER_HOUR; i++) {
        sim.clock.set(START + h * HOUR + Math.floor((i * HOUR) / PER_HOUR));
        const tx = h >= AMOUNT_SHIFT && h < LABEL_FLIP ? { ...x[i]!, amount: x[i]!.amount * 100 } : x[i]!;
        const latency = (20 + 6 * (noise() - 0.5)) * (h === LATENCY ? 6 : 1);
        const e = requestEvent('demo-fraud', 'predict', { input: tx }, { model: 'demo-fraud', prediction: model.predict(tx) }, { latencyMs: latency, upstreamMs: latency - 5 });
        sim.monitoring.observe(e);
        if (i % 3 === 0 && !(h >= AMOUNT_SHIFT && h < LABEL_FLIP)) {
          const truth = y[i] === 1 ? 'fraud' : 'legit';
          const flipped = h >= LABEL_FLIP && h < LABEL_FLIP + 12 && noise() < 0.35;
          const r = await sim.monitoring.feedback(e.requestId, flipped ? (truth === 'fraud' ? 'legit' : 'fraud') : truth);
          expect(r.status).toBe('accepted');
        }
      }
      sim.clock.set(START + (h + 1) * HOUR);
      await sim.monitoring.tick();
    }
  }, 120_000);
  afterAll(async () => sim?.close());

  it('raises nothing during five normal days', () => {
    const early = sim.signals.filter((s) => s.time <= START + AMOUNT_SHIFT * HOUR);
    expect(early).toEqual([]);
  });

  it('signals input drift on amount within two hours of the shift', () => {
    const s = firstAfter(sim.signals, 'monitor.drift.input', START + AMOUNT_SHIFT * HOUR);
    expect(s).toBeDefined();
    expect(s!.time - (START + AMOUNT_SHIFT * HOUR)).toBeLessThanOrEqual(2 * HOUR);
    expect(s!.evidence['amount.wasserstein']).toBeGreaterThan(0.1);
    expect(s!.entity).toEqual({ kind: 'model', id: 'demo-fraud' });
  });

  it('signals prediction drift when larger amounts move the answers', () => {
    const s = firstAfter(sim.signals, 'monitor.drift.prediction', START + AMOUNT_SHIFT * HOUR);
    expect(s).toBeDefined();
    expect(s!.time).toBeLessThanOrEqual(START + LABEL_FLIP * HOUR);
  });

  it('signals accuracy below the reference band within twelve hours of the label flip', () => {
    // Chunks of 200 labels at 50 labels an hour, two chunks in a row below the band.
    const s = firstAfter(sim.signals, 'monitor.accuracy', START + LABEL_FLIP * HOUR);
    expect(s).toBeDefined();
    expect(s!.time - (START + LABEL_FLIP * HOUR)).toBeLessThanOrEqual(12 * HOUR);
    expect(s!.evidence.accuracy).toBeLessThan(s!.evidence['accuracy.band_lower'] as number);
    expect(s!.evidence['accuracy.reference_mean']).toBeGreaterThan(0.85);
  });

  it('signals the latency spike at the end of its interval, against the learned baseline', () => {
    const s = firstAfter(sim.signals, 'monitor.performance', START + LATENCY * HOUR);
    expect(s).toBeDefined();
    expect(s!.time).toBe(START + (LATENCY + 1) * HOUR);
    expect(s!.evidence.latency_p50_ms).toBeGreaterThan(100);
    expect(s!.evidence['latency_p50_ms.baseline_median']).toBeLessThan(25);
    expect(sim.signals.filter((x) => x.source === 'monitor.performance')).toHaveLength(1);
  });

  it('stores the drift series and accuracy chunks in the store', async () => {
    const view = (await sim.monitoring.view('demo-fraud', START, 5_000)) as {
      input_drift: { metric: string; time: number; breached: boolean; samples: number }[];
      accuracy: { bands: { accuracy: { lower: number } }; chunks: { metric: string }[] };
    };
    const dataset = view.input_drift.filter((p) => p.metric === 'dataset');
    expect(dataset.length).toBeGreaterThan(150);
    expect(dataset.filter((p) => p.time <= START + AMOUNT_SHIFT * HOUR).every((p) => !p.breached)).toBe(true);
    expect(Math.max(...dataset.map((p) => p.samples))).toBe(6 * PER_HOUR);
    expect(view.accuracy.bands.accuracy.lower).toBeGreaterThan(0.8);
    expect(view.accuracy.chunks.filter((c) => c.metric === 'accuracy').length).toBeGreaterThan(10);
  });
});

const ZH_PROMPTS = ['我的信用卡丢了，怎么冻结？', '请帮我查询储蓄账户的余额', '我想给国外的妹妹转账', '怎么修改信用卡的密码？', '我要开一个新的活期账户', '有一笔付款我不认识，怎么申诉？'];

describe('demo-chat traffic turning to Mandarin', () => {
  let sim: Simulation;
  const PER_HOUR = 60;
  const SWITCH = 36;

  beforeAll(async () => {
    sim = await startSimulation(POLICY);
    const rand = seededRandom(11);
    for (let h = 0; h < SWITCH + 4; h++) {
      const english = demoChatPrompts(PER_HOUR, 500 + h);
      for (let i = 0; i < PER_HOUR; i++) {
        sim.clock.set(START + h * HOUR + i * 60_000);
        const prompt = h >= SWITCH && rand() < 0.5 ? ZH_PROMPTS[i % ZH_PROMPTS.length]! : english[i]!;
        const answer = { choices: [{ index: 0, message: { role: 'assistant', content: demoChatReply([{ role: 'user', content: prompt }]) } }] };
        sim.monitoring.observe(requestEvent('demo-chat', 'chat', { model: 'demo-chat', messages: [{ role: 'user', content: prompt }] }, answer));
      }
      sim.clock.set(START + (h + 1) * HOUR);
      await sim.monitoring.tick();
    }
  }, 120_000);
  afterAll(async () => sim?.close());

  it('raises nothing on English days and signals language drift within two hours of the switch', () => {
    expect(sim.signals.filter((s) => s.time <= START + SWITCH * HOUR)).toEqual([]);
    const s = firstAfter(sim.signals, 'monitor.drift.input', START + SWITCH * HOUR);
    expect(s).toBeDefined();
    expect(s!.time - (START + SWITCH * HOUR)).toBeLessThanOrEqual(2 * HOUR);
    expect(String(s!.evidence['prompt.detail']).split('+')).toContain('language');
  });
});

describe('schedule edges', () => {
  it('gives no verdict on a window with too few records and never signals on it', async () => {
    const sim = await startSimulation(POLICY);
    try {
      const tx = generateTransactions(50, 3).x;
      for (const t of tx) sim.monitoring.observe(requestEvent('demo-fraud', 'predict', { input: { ...t, amount: t.amount * 1000 } }, { prediction: { label: 'fraud' } }));
      sim.clock.advance(2 * DAY);
      await sim.monitoring.tick();
      expect(sim.signals.filter((s) => s.source.startsWith('monitor.drift'))).toEqual([]);
      const view = (await sim.monitoring.view('demo-fraud', START, 100)) as { input_drift: { value: number | null; detail: string }[] };
      expect(view.input_drift[0]).toMatchObject({ value: null, detail: 'fewer than 200 records' });
    } finally {
      await sim.close();
    }
  });

  it('does not take answers without scores (a harden guard strips them) for drift', async () => {
    const sim = await startSimulation(POLICY);
    try {
      const model = trainFraudModel();
      for (const t of generateTransactions(600, 21).x) sim.monitoring.observe(requestEvent('demo-fraud', 'predict', { input: t }, { prediction: { label: model.predict(t).label } }));
      sim.clock.advance(HOUR);
      await sim.monitoring.tick();
      expect(sim.signals).toEqual([]);
      const view = (await sim.monitoring.view('demo-fraud', START, 100)) as { prediction_drift: { metric: string; detail: string }[] };
      expect(view.prediction_drift.find((p) => p.metric === 'score')?.detail).toContain('no values');
    } finally {
      await sim.close();
    }
  });

  it('ignores failed requests and unknown models for drift but counts them for performance', async () => {
    const sim = await startSimulation(POLICY);
    try {
      sim.monitoring.observe(requestEvent('demo-fraud', 'predict', { input: { amount: 1 } }, undefined, { status: 502, errorCode: 'BULWARK_E_UPSTREAM_ERROR' }));
      sim.monitoring.observe(requestEvent('not-a-model', 'predict', { input: { amount: 1 } }, { prediction: { label: 'x' } }));
      expect(sim.monitoring.ledger.size).toBe(0);
      expect(await sim.monitoring.feedback('00000000-0000-4000-8000-000000000000', 'fraud')).toEqual({ status: 'unknown' });
    } finally {
      await sim.close();
    }
  });
});

describe('monitoring.enabled: false', () => {
  it('observes nothing and runs nothing', async () => {
    const sim = await startSimulation(monitoringPolicy(`  enabled: false\n  interval_ms: ${HOUR}\n  settle_ms: 0\n`));
    try {
      const { x } = generateTransactions(300, 8);
      for (const t of x) sim.monitoring.enqueue(requestEvent('demo-fraud', 'predict', { input: { ...t, amount: t.amount * 100 } }, { prediction: { label: 'fraud' } }));
      sim.clock.advance(2 * HOUR);
      await sim.monitoring.tick();
      expect(sim.signals).toEqual([]);
      expect(await sim.store.db.selectFrom('monitor_series').selectAll().execute()).toEqual([]);
    } finally {
      await sim.close();
    }
  });
});

describe('a model without a reference', () => {
  it('still joins feedback, learns its accuracy band from the first live chunks, then signals a drop', async () => {
    const policy = PolicySchema.parse(
      parse(`version: 1
upstreams: { up: { base_url: "http://127.0.0.1:9" } }
models: [{ name: my-model, kind: predict, upstream: up }]
monitoring:
  interval_ms: ${HOUR}
  accuracy: { chunk_size: 50, reference_chunks: 10, consecutive_chunks: 1 }
  models: { my-model: { positive_label: "yes" } }
`),
    );
    const sim = await startSimulation(policy, { references: new ReferenceCatalog(() => START) });
    try {
      const rand = seededRandom(3);
      for (let i = 0; i < 50 * 14; i++) {
        const truth = rand() < 0.3 ? 'yes' : 'no';
        // 95% right for ten chunks, then 60% right.
        const right = rand() < (i < 50 * 11 ? 0.95 : 0.6);
        const predicted = right ? truth : truth === 'yes' ? 'no' : 'yes';
        const e = requestEvent('my-model', 'predict', { input: { x: i } }, { prediction: { label: predicted } });
        sim.monitoring.observe(e);
        expect((await sim.monitoring.feedback(e.requestId, truth)).status).toBe('accepted');
      }
      const s = sim.signals.filter((x) => x.source === 'monitor.accuracy');
      expect(s.length).toBeGreaterThan(0);
      expect(s[0]!.evidence.chunk).toBeGreaterThanOrEqual(12);
      expect(sim.monitoring.accuracy.bands('my-model')?.accuracy?.chunks).toBe(10);
    } finally {
      await sim.close();
    }
  });
});
