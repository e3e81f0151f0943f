import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureHasher, type FeatureConfig, type FeatureDomain } from './features.ts';

// Weights of a small feature space, none zero, so every n-gram that is hashed differently shows.
const CONFIG: FeatureConfig = { bits: 12, charNgrams: [3, 4, 5], wordBigrams: true, domainWords: true };
const codes = Int8Array.from({ length: 1 << CONFIG.bits }, (_, i) => {
  const v = (Math.imul(i + 1, 0x9e3779b1) >>> 24) - 128;
  return v === 0 ? 1 : v === -128 ? -127 : v;
});
const SCALE = 0.0123;
const weights = Float32Array.from(codes, (c) => c * SCALE);

// Folded-looking text: words, digits, sentence ends, runs of spaces, CJK and Cyrillic letters.
const text = fc.array(
  fc.constantFrom('ignore', 'all', 'previous', 'instructions', 'the', 'a', 'b2b', '42', '.', '!', '?', '\n', ' ', '  ', '\t', '你好', '。', 'привет', 'ü', '-', '_'),
  { maxLength: 80 },
).map((a) => a.join(' '));
const domain = fc.constantFrom<FeatureDomain>(0, 1, 2);

describe('FeatureHasher', () => {
  it('scores exactly the features training extracts, for any window and domain (property)', () => {
    for (const config of [CONFIG, { ...CONFIG, charNgrams: [2, 4] }, { ...CONFIG, domainWords: false, wordBigrams: false }]) {
      const h = new FeatureHasher(config);
      fc.assert(fc.property(text, domain, fc.nat(), fc.nat(), (t, d, a, b) => {
        const from = t.length ? a % t.length : 0;
        const to = from + (t.length - from ? b % (t.length - from + 1) : 0);
        const f = h.extract(t, from, to, d);
        let expected = 0;
        for (let k = 0; k < f.size; k++) expected += (codes[f.index[k]!] as number) * f.value[k]!;
        expect(h.dot(codes, t, from, to, d)).toBeCloseTo(expected, 3);
      }), { numRuns: 400 });
    }
  });

  it('explains the same from int8 codes as from float weights (property)', () => {
    const h = new FeatureHasher(CONFIG);
    fc.assert(fc.property(text, domain, (t, d) => {
      expect(h.explainWords({ codes, scale: SCALE }, t, 0, t.length, d)).toEqual(h.explainWords(weights, t, 0, t.length, d));
    }), { numRuns: 400 });
  });

  it('returns the first `limit` contributions of the full ranking, ties in text order (property)', () => {
    const h = new FeatureHasher(CONFIG);
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 40 }), (t, limit) => {
      const all = h.explainWords(weights, t, 0, t.length, 1);
      for (let i = 1; i < all.length; i++) expect(all[i]!.weight).toBeLessThanOrEqual(all[i - 1]!.weight);
      expect(all.every((c) => c.weight > 0)).toBe(true);
      expect(h.explainWords({ codes, scale: SCALE }, t, 0, t.length, 1, limit)).toEqual(all.slice(0, limit));
    }), { numRuns: 400 });
  });
});
