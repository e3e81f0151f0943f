import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareContingency, chiSquareGoodnessOfFit } from './chisquare.ts';
import { jensenShannon, psi, wasserstein1 } from './distances.ts';
import { ks2Samp, ksExactPValue } from './ks.ts';
import { summaryMoments } from './moments.ts';
import { chi2Sf, logGamma } from './special.ts';

describe('special functions', () => {
  it('log-gamma hits known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(101) / 363.73937555556347).toBeCloseTo(1, 14);
  });
  it('chi-square survival with 2 dof is exp(−x/2)', () => {
    for (const x of [0.1, 1, 5, 40]) expect(chi2Sf(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
  });
});

describe('KS', () => {
  it('identical samples give D = 0 and p = 1', () => {
    const r = ks2Samp([1, 2, 3], [3, 2, 1]);
    expect(r.statistic).toBe(0);
    expect(r.pValue).toBe(1);
  });
  it('exact p for n1 = n2 = 2 and D = 1 is 2 / C(4,2)', () => {
    expect(ksExactPValue(1, 2, 2)).toBeCloseTo(2 / 6, 15);
  });
  it('exact p-value equals a brute-force lattice path count', () => {
    // Count paths from (0,0) to (n1,n2) that ever reach |i/n1 − j/n2| ≥ d, by plain enumeration DP.
    const brute = (d: number, n1: number, n2: number): number => {
      const stay: number[][] = Array.from({ length: n1 + 1 }, () => new Array<number>(n2 + 1).fill(0));
      const out = (i: number, j: number): boolean => Math.abs(i / n1 - j / n2) >= d - 1e-12;
      for (let i = 0; i <= n1; i++) {
        for (let j = 0; j <= n2; j++) {
          if (out(i, j)) continue;
          stay[i]![j] = i === 0 && j === 0 ? 1 : (i > 0 ? stay[i - 1]![j]! : 0) + (j > 0 ? stay[i]![j - 1]! : 0);
        }
      }
      let all = 1;
      for (let k = 1; k <= n2; k++) all = (all * (n1 + k)) / k;
      return 1 - stay[n1]![n2]! / all;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 144 }), (n1, n2, k) => {
        // Two-sample D values are multiples of 1/lcm(n1, n2).
        let a = n1;
        let b = n2;
        while (b) [a, b] = [b, a % b];
        const lcm = (n1 * n2) / a;
        const d = Math.min(k, lcm) / lcm;
        return Math.abs(ksExactPValue(d, n1, n2) - brute(d, n1, n2)) < 1e-12;
      }),
    );
  });
  it('p-values stay in [0, 1] and D in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }),
        (a, b) => {
          const r = ks2Samp(a, b);
          return r.statistic >= 0 && r.statistic <= 1 && r.pValue >= 0 && r.pValue <= 1;
        },
      ),
    );
  });
  it('rejects empty and NaN samples instead of returning a p-value', () => {
    expect(() => ks2Samp([], [1])).toThrow(RangeError);
    expect(() => ks2Samp([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe('distances', () => {
  it('Wasserstein of a shift is the shift', () => {
    expect(wasserstein1([0, 1, 2], [5, 6, 7])).toBeCloseTo(5, 12);
  });
  it('JS is symmetric, 0 on equal inputs and at most 1 in base 2', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(100), { minLength: 3, maxLength: 3 }), fc.array(fc.nat(100), { minLength: 3, maxLength: 3 }), (p, q) => {
        fc.pre(p.some((v) => v > 0) && q.some((v) => v > 0));
        const d = jensenShannon(p, q, 2);
        return Math.abs(d - jensenShannon(q, p, 2)) < 1e-12 && d <= 1 + 1e-12 && jensenShannon(p, p) < 1e-7;
      }),
    );
  });
  it('PSI is 0 for equal shares and finite with empty bins', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5])).toBe(0);
    expect(Number.isFinite(psi([1, 0], [0, 1]))).toBe(true);
    expect(() => psi([0.5, -0.5], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe('chi-square', () => {
  it('a category absent from the reference is drift (p = 0), not a silent pass', () => {
    const r = chiSquareGoodnessOfFit([10, 10, 0], [10, 10, 1]);
    expect(r.pValue).toBe(0);
  });
  it('applies the Yates correction on 2×2 tables', () => {
    // scipy.stats.chi2_contingency([[10, 20], [20, 10]]) → statistic 5.4, p 0.02013675155034633
    const r = chiSquareContingency([[10, 20], [20, 10]]);
    expect(r.statistic).toBeCloseTo(5.4, 12);
    expect(r.pValue).toBeCloseTo(0.02013675155034633, 12);
  });
});

describe('moments', () => {
  it('matches hand values for 1..4', () => {
    const m = summaryMoments([4, 1, 3, 2]);
    expect(m.mean).toBe(2.5);
    expect(m.variance).toBe(1.25);
    expect(m.median).toBe(2.5);
    expect(m.skewness).toBeCloseTo(0, 14);
    expect(m.kurtosis).toBeCloseTo(-1.36, 14);
  });
});
