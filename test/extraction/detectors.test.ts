// The extraction detectors on synthetic streams: benign demo-fraud traffic stays under every
// threshold; uniform sampling, line sweeps and JbDA-style augmentation each trip one; memory stays
// bounded however long a stream or however many callers.
import { describe, expect, it } from 'vitest';
import { generateTransactions, trainFraudModel, type Transaction } from '../../src/demo/fraud.ts';
import { FeatureSpace, QueryStream, ExtractionTracker, topMargin } from '../../src/detect/extraction/index.ts';
import { PradaStream } from '../../src/detect/extraction/prada.ts';
import { ExtractionGuardConfig, streamOptions } from '../../src/guards/limit/extraction.ts';
import { STRATEGIES, type Oracle, type Strategy } from '../../bench/extraction/attacker.ts';
import { FRAUD_FEATURE_RANGES } from '../../bench/extraction/policy.ts';

const model = trainFraudModel();
const config = ExtractionGuardConfig.parse({ features: FRAUD_FEATURE_RANGES, prada: { test_every: 1 } });

function replay(queries: readonly Transaction[]) {
  const space = new FeatureSpace(config.features);
  const stream = new QueryStream(6, streamOptions(config, true));
  let firstAlarm: { at: number; detectors: string[] } | undefined;
  queries.forEach((q, i) => {
    const p = model.predict(q);
    stream.observe(space.vector(q)!, p.label, topMargin(p.probabilities));
    const fired = stream.evaluate().filter((v) => v.triggered);
    if (!firstAlarm && fired.length > 0) firstAlarm = { at: i + 1, detectors: fired.map((v) => v.detector) };
  });
  return firstAlarm;
}

async function attackQueries(strategy: Strategy, n: number, seed: number): Promise<Transaction[]> {
  const qs: Transaction[] = [];
  const ask: Oracle = async (t) => {
    qs.push(t);
    const p = model.predict(t);
    return { label: p.label === 'fraud' ? 1 : 0, pFraud: p.probabilities.fraud };
  };
  await STRATEGIES[strategy](ask, n, seed);
  return qs;
}

describe('extraction detectors', () => {
  it('do not flag benign traffic drawn from the model’s own distribution (20 callers × 300 queries)', () => {
    for (let k = 0; k < 20; k++) expect(replay(generateTransactions(300, 5_000 + k).x), `benign caller ${k}`).toBeUndefined();
  });

  it.each(['uniform', 'sweep', 'jbda'] as const)('flag a %s attacker within 300 queries', async (strategy) => {
    const alarm = replay(await attackQueries(strategy, 300, 11));
    expect(alarm).toBeDefined();
    expect(alarm!.at).toBeLessThanOrEqual(300);
  });

  it('PRADA flags a stream of near-duplicates (tiny steps from a few points)', () => {
    const s = new PradaStream(2, { minQueries: 30, delta: 0.9, maxStored: 100, window: 200 });
    for (let i = 0; i < 100; i++) s.observe(Float64Array.of((i % 5) * 0.2 + (i % 7) * 1e-4, 0.5), 'a');
    const v = s.evaluate()!;
    expect(v.triggered).toBe(true);
    expect(v.statistic).toBeLessThan(0.9);
  });

  it('keeps a stream’s memory fixed and the number of streams bounded', () => {
    const opts = streamOptions(config, true);
    const s = new QueryStream(6, opts);
    const before = s.bytes;
    const space = new FeatureSpace(config.features);
    for (const t of generateTransactions(3_000, 3).x) s.observe(space.vector(t)!, 'legit', 0.9);
    expect(s.bytes).toBe(before);
    const tracker = new ExtractionTracker({ maxStreams: 50, maxStatuses: 50 });
    for (let i = 0; i < 500; i++) tracker.stream(`key:${i}`, 'm', () => new QueryStream(6, opts));
    expect(tracker.streamCount).toBe(50);
  });

  it('refuses feature ranges that cannot scale', () => {
    expect(() => new FeatureSpace([{ name: 'a', min: 1, max: 1 }])).toThrow(/max must be greater/);
  });
});
