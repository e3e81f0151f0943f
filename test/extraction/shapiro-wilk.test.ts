// Shapiro–Wilk (AS R94) against values pinned from scipy 1.17.1 `scipy.stats.shapiro` (which wraps
// the same Royston algorithm, SWILK), and the normal helpers against textbook quantiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, normalQuantile, normalSf } from '../../src/detect/extraction/normal.ts';
import { shapiroWilk, shapiroWilkCoefficients } from '../../src/detect/extraction/shapiro-wilk.ts';

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, k) => f(k + 1));

// [name, data, W, p] — computed with: python3 -c "from scipy import stats; print(stats.shapiro(x))"
const PINNED: [string, number[], number, number][] = [
  ['n=3 exact', [1, 2, 4], 0.9642857142857142, 0.6368868450289689],
  ['n=4', [2.1, 3.5, 3.9, 7.0], 0.9208077973601706, 0.5414848459353214],
  ['n=7 heights', [148, 154, 158, 160, 161, 162, 166], 0.9521778967521586, 0.7494749740609106],
  ['squares n=10', range(10, (i) => i * i), 0.9214279273262029, 0.3690185389682577],
  ['exp n=50', range(50, (i) => Math.exp(i / 10)), 0.7640651516946761, 1.430868562355909e-7],
  ['golden-ratio sequence n=100', range(100, (i) => (i * 0.6180339887) % 1), 0.9539556993506252, 0.001525928377838296],
  ['normal quantiles n=500', range(500, (i) => normalQuantile((i - 0.5) / 500)), 0.9999014795516046, 1.0],
  ['cubed normal quantiles n=5000', range(5000, (i) => normalQuantile((i - 0.5) / 5000) ** 3), 0.6064097063228517, 4.634631898376186e-75],
];

describe('Shapiro–Wilk', () => {
  it.each(PINNED)('%s matches scipy', (_name, data, w, p) => {
    const r = shapiroWilk(data)!;
    // scipy's SWILK works partly in single precision: agree to ~1e-7 on W, 1e-5 relative on p.
    expect(r.w).toBeCloseTo(w, 6);
    expect(Math.abs(r.pValue - p)).toBeLessThanOrEqual(1e-5 * p + 1e-12);
  });

  it('declines what it cannot test', () => {
    expect(shapiroWilk([1, 2])).toBeUndefined();
    expect(shapiroWilk([3, 3, 3, 3])).toBeUndefined();
    expect(shapiroWilk([1, Number.NaN, 3])).toBeUndefined();
    expect(shapiroWilk(new Float64Array(5001).map((_, i) => i))).toBeUndefined();
  });

  it('has unit-length coefficients', () => {
    for (const n of [3, 4, 5, 6, 11, 12, 100, 4999, 5000]) {
      const a = shapiroWilkCoefficients(n);
      const sum = 2 * a.reduce((s, v) => s + v * v, 0);
      expect(sum).toBeCloseTo(1, 10);
    }
  });

  it('is invariant under positive affine maps and order, with 0 < W ≤ 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 300 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (xs, scale, shift) => {
          const r = shapiroWilk(xs);
          if (!r) return;
          expect(r.w).toBeGreaterThan(0);
          expect(r.w).toBeLessThanOrEqual(1);
          expect(r.pValue).toBeGreaterThanOrEqual(0);
          expect(r.pValue).toBeLessThanOrEqual(1);
          // Only where the map keeps the data's spread well above rounding error.
          const spread = (Math.max(...xs) - Math.min(...xs)) * scale;
          const size = Math.max(...xs.map(Math.abs)) * scale + Math.abs(shift);
          if (spread < 1e-6 * size) return;
          const moved = shapiroWilk([...xs].reverse().map((x) => x * scale + shift));
          if (moved) expect(moved.w).toBeCloseTo(r.w, 5);
        },
      ),
    );
  });
});

describe('normal distribution helpers', () => {
  it('match textbook values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalSf(1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 14);
    expect(erfc(5)).toBeCloseTo(1.5374597944280349e-12, 24);
  });

  it('quantile inverts the CDF (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        const back = p < 0.5 ? normalCdf(z) : 1 - normalSf(z);
        expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-12 + 1e-9 * Math.min(p, 1 - p));
      }),
    );
  });
});
