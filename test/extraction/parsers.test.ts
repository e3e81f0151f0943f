// Untrusted input to the extraction code: request bodies (feature vectors) and upstream answers
// (predictions). Any JSON must be read or refused, never throw, and never produce a non-finite value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureSpace, predictInputs } from '../../src/detect/extraction/features.ts';
import { parsePredictAnswer, predictAnswer } from '../../src/detect/extraction/predictions.ts';
import { hardenPrediction } from '../../src/guards/harden/transform.ts';
import { FRAUD_FEATURE_RANGES } from '../../bench/extraction/policy.ts';

const json = fc.jsonValue({ maxDepth: 4 });
const predictionLike = fc.record({
  label: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), json),
  probabilities: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.double(), fc.integer(), json), { maxKeys: 6 }), json),
});

describe('extraction parsers (property)', () => {
  it('read any request body into finite vectors or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(json, fc.record({ input: json }), fc.record({ inputs: fc.array(json, { maxLength: 5 }) })), (body) => {
        const ranged = new FeatureSpace(FRAUD_FEATURE_RANGES);
        const learned = new FeatureSpace();
        for (const input of predictInputs(body)) {
          for (const space of [ranged, learned]) {
            const v = space.vector(input);
            if (v) for (const x of v) expect(Number.isFinite(x)).toBe(true);
          }
        }
      }),
    );
  });

  it('read any answer into predictions or refuse it, and hardening keeps the label', () => {
    fc.assert(
      fc.property(fc.oneof(json, fc.record({ prediction: predictionLike }), fc.record({ predictions: fc.array(predictionLike, { maxLength: 4 }) })), (answer) => {
        const parsed = parsePredictAnswer(answer);
        if (!parsed) return;
        const hardened = parsed.predictions.map((p) => hardenPrediction(p, { output: 'top_k', topK: 2, decimals: 2, allowLabelChange: false, noise: () => 0.3 }));
        hardened.forEach((h, i) => expect(h.label).toBe(parsed.predictions[i]!.label));
        const rebuilt = predictAnswer(parsed, hardened);
        expect(parsePredictAnswer(JSON.parse(JSON.stringify(rebuilt)))).toBeDefined();
      }),
    );
  });

  it('refuse prototype tricks and non-finite numbers', () => {
    expect(parsePredictAnswer({ prediction: { label: 'a', probabilities: { a: Number.NaN } } })).toBeUndefined();
    const proto = parsePredictAnswer(JSON.parse('{"prediction":{"label":"a","probabilities":{"__proto__":0.5,"a":0.4}}}'))!;
    expect(Object.keys(proto.predictions[0]!.probabilities!)).toEqual(['__proto__', 'a']);
    const hardened = hardenPrediction(proto.predictions[0]!, { output: 'probabilities', topK: 1, allowLabelChange: false });
    expect(Object.keys(hardened.probabilities!)).toEqual(['__proto__', 'a']);
    expect(hardened.probabilities!.a).toBeGreaterThanOrEqual(hardened.probabilities!.__proto__ as unknown as number);
    expect(() => new FeatureSpace([{ name: 'a', min: -1.7e308, max: 1.7e308 }])).toThrow(/span finite/);
    const space = new FeatureSpace([{ name: 'toString', min: -1e300, max: 1e300 }]);
    expect(space.vector({})).toBeUndefined();
    expect(space.vector({ toString: 1.7e308 })![0]).toBe(1e6);
  });
});
