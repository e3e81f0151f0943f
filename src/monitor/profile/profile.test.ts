import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CategoricalProfile } from './categorical.ts';
import { DatasetProfile, layoutFromReference } from './dataset.ts';
import { NumericProfile } from './numeric.ts';
import { QuantileSketch, SKETCH_ALPHA } from './quantile.ts';
import { characterShares, TextProfile } from './text.ts';

const EDGES = [-10, -5, 0, 5, 10];
const value = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -20, max: 20 }),
  fc.constant(Number.NaN),
  fc.constant(null),
);
const chunk = fc.array(value, { maxLength: 60 });

function numeric(values: readonly (number | null)[]): NumericProfile {
  const p = new NumericProfile(EDGES);
  for (const v of values) p.update(v);
  return p;
}

/** Exact parts compared exactly; floating moments to 1e-9 relative. */
function expectSame(a: NumericProfile, b: NumericProfile): void {
  const ja = a.toJSON();
  const jb = b.toJSON();
  expect({ ...ja, mean: 0, m2: 0 }).toEqual({ ...jb, mean: 0, m2: 0 });
  expect(Math.abs(ja.mean - jb.mean)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ja.mean)));
  expect(Math.abs(ja.m2 - jb.m2)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ja.m2)));
}

describe('NumericProfile', () => {
  it('merges commutatively (bit-identical) and associatively', () => {
    fc.assert(
      fc.property(chunk, chunk, chunk, (x, y, z) => {
        const [a, b, c] = [numeric(x), numeric(y), numeric(z)];
        expect(a.merge(b).toJSON()).toEqual(b.merge(a).toJSON());
        expectSame(a.merge(b).merge(c), a.merge(b.merge(c)));
      }),
    );
  });
  it('merging parts equals profiling the whole stream', () => {
    fc.assert(
      fc.property(chunk, chunk, (x, y) => {
        expectSame(numeric(x).merge(numeric(y)), numeric([...x, ...y]));
      }),
    );
  });
  it('tracks moments, missing values and under/overflow', () => {
    const p = numeric([1, 2, 3, 4, null, Number.NaN, -50, 50]);
    expect(p.count).toBe(6);
    expect(p.missing).toBe(2);
    expect(p.bins[0]).toBe(1);
    expect(p.bins.at(-1)).toBe(1);
    expect(p.mean).toBeCloseTo(10 / 6, 12);
  });
  it('round-trips through JSON and rejects inconsistent documents', () => {
    const p = numeric([1, 2, 3, -7, 12]);
    const back = NumericProfile.fromJSON(JSON.parse(JSON.stringify(p)));
    expect(back.toJSON()).toEqual(p.toJSON());
    expect(() => NumericProfile.fromJSON({ ...p.toJSON(), count: 99 })).toThrow(TypeError);
    expect(() => NumericProfile.fromJSON({ ...p.toJSON(), edges: [3, 1] })).toThrow();
    expect(() => NumericProfile.fromJSON({ ...p.toJSON(), m2: -1 })).toThrow(TypeError);
  });
  it('keeps memory flat: a million values leave the same footprint', () => {
    const p = new NumericProfile(EDGES);
    for (let i = 0; i < 1_000_000; i++) p.update(Math.sin(i) * 1000);
    expect(JSON.stringify(p).length).toBeLessThan(40_000);
  });
});

describe('QuantileSketch', () => {
  it('answers quantiles within relative error α, negatives included', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const s = new QuantileSketch();
        xs.forEach((v) => s.add(v));
        const sorted = [...xs].sort((a, b) => a - b);
        const truth = sorted[Math.floor(q * (xs.length - 1))]!;
        const est = s.quantile(q);
        return Math.abs(est - truth) <= SKETCH_ALPHA * Math.abs(truth) + 1e-9 + 1e-12;
      }),
    );
  });
  it('merges exactly associatively and commutatively, even when folding buckets', () => {
    const wide = fc.double({ min: -1e300, max: 1e300, noNaN: true });
    fc.assert(
      fc.property(fc.array(wide, { maxLength: 40 }), fc.array(wide, { maxLength: 40 }), fc.array(wide, { maxLength: 40 }), (x, y, z) => {
        const mk = (vs: number[]): QuantileSketch => {
          const s = new QuantileSketch();
          vs.forEach((v) => s.add(v));
          return s;
        };
        const [a, b, c] = [mk(x), mk(y), mk(z)];
        expect(a.merge(b).toJSON()).toEqual(b.merge(a).toJSON());
        expect(a.merge(b).merge(c).toJSON()).toEqual(a.merge(b.merge(c)).toJSON());
      }),
    );
  });
});

describe('CategoricalProfile', () => {
  const cats = ['a', 'b', 'c'];
  const stream = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', 'w'), fc.constant(null)), { maxLength: 60 });
  const build = (vs: (string | null)[]): CategoricalProfile => {
    const p = new CategoricalProfile(cats, 2);
    vs.forEach((v) => p.update(v));
    return p;
  };
  it('merges exact counts associatively and commutatively', () => {
    fc.assert(
      fc.property(stream, stream, stream, (x, y, z) => {
        const [a, b, c] = [build(x), build(y), build(z)];
        expect(a.merge(b).toJSON()).toEqual(b.merge(a).toJSON());
        const left = a.merge(b).merge(c);
        const right = a.merge(b.merge(c));
        expect(left.countVector()).toEqual(right.countVector());
        expect([left.count, left.missing]).toEqual([right.count, right.missing]);
      }),
    );
  });
  it('heavy hitters never over-count and miss at most other/(k+1)', () => {
    fc.assert(
      fc.property(stream, stream, (x, y) => {
        const merged = build(x).merge(build(y));
        const truth = new Map<string, number>();
        for (const v of [...x, ...y]) if (v !== null && !cats.includes(v)) truth.set(v, (truth.get(v) ?? 0) + 1);
        for (const [k, n] of truth) {
          const est = merged.heavyHitters.get(k) ?? 0;
          if (est > n || n - est > merged.other / 3) return false;
        }
        return true;
      }),
    );
  });
  it('truncates huge category values and rejects forged documents', () => {
    const p = new CategoricalProfile(['a']);
    p.update('x'.repeat(10_000));
    expect([...p.heavyHitters.keys()][0]!.length).toBe(128);
    expect(() => CategoricalProfile.fromJSON({ ...p.toJSON(), count: 5 })).toThrow(TypeError);
  });
});

describe('TextProfile', () => {
  it('measures character classes, including invisible characters', () => {
    const s = characterShares('ab1 !\u200b');
    expect(s.letter).toBeCloseTo(2 / 6, 12);
    expect(s.digit).toBeCloseTo(1 / 6, 12);
    expect(s.whitespace).toBeCloseTo(1 / 6, 12);
    expect(s.punctuation).toBeCloseTo(1 / 6, 12);
    expect(s.nonPrintable).toBeCloseTo(1 / 6, 12);
  });
  it('detects language and merges', () => {
    const a = new TextProfile();
    a.update('The quick brown fox jumps over the lazy dog near the river bank.');
    const b = new TextProfile();
    b.update('Le renard brun saute par-dessus le chien paresseux près de la rivière.');
    b.update(null);
    const m = a.merge(b);
    expect(m.language.counts[m.language.categories.indexOf('en')]).toBe(1);
    expect(m.language.counts[m.language.categories.indexOf('fr')]).toBe(1);
    expect(m.length.missing).toBe(1);
    expect(TextProfile.fromJSON(JSON.parse(JSON.stringify(m))).toJSON()).toEqual(m.toJSON());
  });
});

describe('DatasetProfile', () => {
  it('profiles records against a reference layout and round-trips', () => {
    const ref = Array.from({ length: 100 }, (_, i) => ({ amount: i, country: i % 3 === 0 ? 'fr' : 'us', note: 'hello there' }));
    const layout = layoutFromReference(
      [
        { name: 'amount', kind: 'numeric' },
        { name: 'country', kind: 'categorical' },
        { name: 'note', kind: 'text' },
      ],
      ref,
    );
    const p = new DatasetProfile(layout);
    ref.forEach((r) => p.update(r));
    p.update({ amount: 'oops' as unknown as number });
    const back = DatasetProfile.fromJSON(JSON.parse(JSON.stringify(p)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(p));
    expect((p.features.get('amount') as NumericProfile).missing).toBe(1);
    expect(() => p.merge(new DatasetProfile({ features: [] }))).toThrow(RangeError);
  });
});
