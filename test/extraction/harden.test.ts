// Output hardening: the returned label and its top rank survive every setting unless the policy
// allows otherwise (property), noise is calibrated, and the per-key budget degrades or refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrivacyBudgetLedger } from '../../src/detect/extraction/budget.ts';
import { laplace, gaussian, noiseScale, secureUniform } from '../../src/detect/extraction/noise.ts';
import { hardenPredictGuard, HardenPredictConfig } from '../../src/guards/harden/predict.ts';
import { hardenPrediction, type HardenSettings } from '../../src/guards/harden/transform.ts';
import { DEGRADE_STATE } from '../../src/detect/extraction/index.ts';
import { SharedResourcePool } from '../../src/pipeline/shared-resources.ts';
import type { GuardContext, GuardDecision } from '../../src/pipeline/types.ts';

const probabilityVector = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 })
  .filter((v) => v.reduce((s, x) => s + x, 0) > 0)
  .map((v) => {
    const sum = v.reduce((s, x) => s + x, 0);
    return v.map((x) => x / sum);
  });

const settingsArb = fc.record({
  output: fc.constantFrom('probabilities' as const, 'top_k' as const, 'label' as const),
  topK: fc.integer({ min: 1, max: 8 }),
  decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  noiseScale: fc.option(fc.double({ min: 0.001, max: 5, noNaN: true }), { nil: undefined }),
  seeds: fc.array(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), { minLength: 1, maxLength: 32 }),
});

type SettingsDraw = { output: HardenSettings['output']; topK: number; decimals: number | undefined; noiseScale: number | undefined; seeds: number[] };

function settingsOf(s: SettingsDraw, allowLabelChange = false): HardenSettings {
  let k = 0;
  const uniform = () => s.seeds[k++ % s.seeds.length]!;
  return {
    output: s.output,
    topK: s.topK,
    allowLabelChange,
    ...(s.decimals !== undefined ? { decimals: s.decimals } : {}),
    ...(s.noiseScale !== undefined ? { noise: () => laplace(s.noiseScale!, uniform) } : {}),
  };
}

describe('hardenPrediction', () => {
  it('never changes the label, and the label keeps the highest probability (property)', () => {
    fc.assert(
      fc.property(probabilityVector, settingsArb, (vector, s) => {
        const probabilities = Object.fromEntries(vector.map((p, i) => [`c${i}`, p]));
        const top = vector.indexOf(Math.max(...vector));
        const label = `c${top}`;
        const out = hardenPrediction({ label, probabilities }, settingsOf(s));
        expect(out.label).toBe(label);
        if (s.output === 'label') {
          expect(out.probabilities).toBeUndefined();
          return;
        }
        const shown = out.probabilities!;
        expect(Object.hasOwn(shown, label)).toBe(true);
        for (const v of Object.values(shown)) expect(shown[label]!).toBeGreaterThanOrEqual(v);
        if (s.output === 'top_k') expect(Object.keys(shown).length).toBe(Math.min(s.topK, vector.length));
        for (const v of Object.values(shown)) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
          if (s.decimals !== undefined) expect(Math.abs(v * 10 ** s.decimals - Math.round(v * 10 ** s.decimals))).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('may change the label only when the policy allows it', () => {
    // Heavy noise on a close call: with the swap disabled, some draw puts the other class on top.
    const p = { label: 'fraud', probabilities: { legit: 0.49, fraud: 0.51 } };
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(String(hardenPrediction(p, { output: 'probabilities', topK: 1, allowLabelChange: true, noise: () => laplace(1) }).label));
    expect(seen).toEqual(new Set(['legit', 'fraud']));
    for (let i = 0; i < 200; i++) expect(hardenPrediction(p, { output: 'probabilities', topK: 1, allowLabelChange: false, noise: () => laplace(1) }).label).toBe('fraud');
  });

  it('drops fields other than label and probabilities', () => {
    const out = hardenPrediction({ label: 1, probabilities: { '0': 0.2, '1': 0.8 }, logits: [1, 2] } as never, { output: 'probabilities', topK: 1, allowLabelChange: false });
    expect(out).toEqual({ label: 1, probabilities: { '0': 0.2, '1': 0.8 } });
  });
});

describe('noise', () => {
  it('is calibrated: Laplace mean |x| = b, Gaussian sd = σ', () => {
    const b = noiseScale('laplace', 2, 0.1, 1e-5);
    expect(b).toBeCloseTo(0.05, 12);
    const n = 40_000;
    let abs = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) abs += Math.abs(laplace(b));
    const sigma = noiseScale('gaussian', 0.5, 0.1, 1e-5);
    expect(sigma).toBeCloseTo((0.1 * Math.sqrt(2 * Math.log(1.25 / 1e-5))) / 0.5, 12);
    for (let i = 0; i < n; i++) sq += gaussian(sigma) ** 2;
    expect(abs / n).toBeGreaterThan(b * 0.95);
    expect(abs / n).toBeLessThan(b * 1.05);
    expect(Math.sqrt(sq / n)).toBeGreaterThan(sigma * 0.97);
    expect(Math.sqrt(sq / n)).toBeLessThan(sigma * 1.03);
  });

  it('draws uniforms strictly inside (0, 1) from the CSPRNG', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const u = secureUniform();
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(1);
      seen.add(u);
    }
    expect(seen.size).toBe(10_000);
  });
});

describe('privacy budget ledger', () => {
  it('spends per period, resets at the period end and on request', () => {
    const ledger = new PrivacyBudgetLedger();
    const rule = { limit: 3, periodMs: 60_000 };
    const t0 = 1_200_000;
    expect(ledger.spend('key:a', 'm', 1, 2, rule, t0)).toBe(2);
    expect(ledger.spend('key:a', 'm', 1, 2, rule, t0 + 1)).toBe(1);
    expect(ledger.spend('key:a', 'm', 1, 1, rule, t0 + 2)).toBe(0);
    expect(ledger.spend('key:b', 'm', 1, 1, rule, t0 + 2)).toBe(1);
    expect(ledger.peek('key:a', 'm', t0 + 3)).toMatchObject({ spent: 3, limit: 3, periodEnd: 1_260_000 });
    expect(ledger.peek('key:a', 'm', 1_260_000)).toMatchObject({ spent: 0 });
    expect(ledger.spend('key:a', 'm', 1, 3, rule, 1_260_000)).toBe(3);
    expect(ledger.reset('key:a')).toBe(1);
    expect(ledger.spend('key:a', 'm', 1, 1, rule, 1_260_001)).toBe(1);
  });
});

function ctxFor(answer: unknown, state = new Map<string, unknown>(), keyId = 'k1'): GuardContext {
  return {
    requestId: 'r1',
    route: 'predict',
    model: 'demo-fraud',
    modelKind: 'predict',
    sourceIp: '127.0.0.1',
    headers: {},
    body: {},
    principal: { id: 'p1', kind: 'service', name: 'svc', keyId, modelScopes: ['*'], roles: [] },
    segments: [],
    state,
    answer,
  };
}

const ANSWER = { model: 'demo-fraud', prediction: { label: 'fraud', probabilities: { legit: 0.1234, fraud: 0.8766 } }, debug: { weights: [1, 2] } };

describe('harden.predict guard', () => {
  const build = async (config: unknown) => {
    const guard = await hardenPredictGuard.create(HardenPredictConfig.parse(config), { shared: new SharedResourcePool() });
    // Without shared_state every check is synchronous.
    return { check: (c: GuardContext) => guard.check(c) as GuardDecision };
  };

  it('rounds, and returns nothing but the model and prediction', async () => {
    const d = (await build({ decimals: 1 })).check(ctxFor(ANSWER));
    expect(d.action).toBe('redact');
    expect(d.answer).toEqual({ model: 'demo-fraud', prediction: { label: 'fraud', probabilities: { legit: 0.1, fraud: 0.9 } } });
  });

  it('applies per-key overrides', async () => {
    const g = await build({ decimals: 2, keys: { k2: { output: 'label' } } });
    expect(g.check(ctxFor(ANSWER, new Map(), 'k2')).answer).toEqual({ model: 'demo-fraud', prediction: { label: 'fraud' } });
    expect((g.check(ctxFor(ANSWER, new Map(), 'k1')).answer as { prediction: { probabilities: unknown } }).prediction.probabilities).toEqual({ legit: 0.12, fraud: 0.88 });
  });

  it('answers label-only to a caller limit.extraction degraded', async () => {
    const d = (await build({})).check(ctxFor(ANSWER, new Map([[DEGRADE_STATE, true]])));
    expect(d.answer).toEqual({ model: 'demo-fraud', prediction: { label: 'fraud' } });
    expect(d.findings.map((f) => f.rule)).toEqual(['extraction_degraded']);
  });

  it('spends ε per answer, then degrades to the label or refuses', async () => {
    const label = await build({ noise: { epsilon: 1, budget: { epsilon: 2, on_exhausted: 'label' } } });
    for (let i = 0; i < 2; i++) expect((label.check(ctxFor(ANSWER)).answer as { prediction: object }).prediction).toHaveProperty('probabilities');
    const third = label.check(ctxFor(ANSWER));
    expect(third.answer).toEqual({ model: 'demo-fraud', prediction: { label: 'fraud' } });
    expect(third.findings.map((f) => f.rule)).toEqual(['budget_exhausted']);
    const refuse = await build({ noise: { epsilon: 1, budget: { epsilon: 1, on_exhausted: 'refuse' } } });
    expect(refuse.check(ctxFor(ANSWER)).action).toBe('redact');
    expect(refuse.check(ctxFor(ANSWER)).action).toBe('block');
    // A batch is charged per prediction: two of three covered, the third label-only.
    const batch = (await build({ noise: { epsilon: 1, budget: { epsilon: 2 } } })).check(
      ctxFor({ predictions: [ANSWER.prediction, ANSWER.prediction, ANSWER.prediction] }),
    ).answer as { predictions: object[] };
    expect(batch.predictions.map((p) => 'probabilities' in p)).toEqual([true, true, false]);
  });

  it('fails closed on an answer it cannot read', async () => {
    expect((await build({})).check(ctxFor({ result: 0.87 })).action).toBe('block');
    expect((await build({ on_unrecognised: 'allow' })).check(ctxFor({ result: 0.87 })).action).toBe('flag');
  });

  it('refuses a bad noise setting at load time', () => {
    expect(() => HardenPredictConfig.parse({ noise: { epsilon: 0 } })).toThrow();
    expect(() => HardenPredictConfig.parse({ noise: { epsilon: 1, bogus: 1 } })).toThrow();
  });
});
