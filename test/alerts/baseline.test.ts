// The statistics under the behaviour baselines: the selection median, the limits built from
// median/MAD and EWMA, and local hours.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureBaseline, median, medianInPlace } from '../../src/monitor/behaviour/baseline.ts';
import { HourProfile, localHour } from '../../src/monitor/behaviour/hours.ts';

describe('medianInPlace', () => {
  it('equals the median of the sorted values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = Float64Array.from(xs).sort();
        // `+ 0` folds −0 into 0: the two are the same median, and selection may return either.
        expect(medianInPlace(Float64Array.from(xs), xs.length) + 0).toBe(median(sorted) + 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('FeatureBaseline', () => {
  const settings = { zThreshold: 6, minRatio: 3, minAbsolute: [10] };

  it('a constant history gets the Poisson floor, the ratio and the minimum', () => {
    const b = new FeatureBaseline(1, 16, 0.1);
    for (let i = 0; i < 16; i++) b.learn([100]);
    b.recompute(settings);
    // median 100, MAD 0 → spread floor max(1, √100, 10) = 10 → 100 + 6·10 = 160; ratio 3 → 300.
    expect(b.limit(0)).toBe(300);
    expect(b.statsOf(0)).toMatchObject({ median: 100, mad: 0, ewmaMean: 100, ewmaSd: 0 });
  });

  it('a noisy history is limited by its robust spread, and EWMA follows the newest windows', () => {
    const b = new FeatureBaseline(1, 8, 0.5);
    for (const v of [10, 30, 10, 30, 10, 30, 10, 30]) b.learn([v]);
    b.recompute({ ...settings, minRatio: 1, minAbsolute: [0] });
    const st = b.statsOf(0)!;
    expect(st.median).toBe(20);
    expect(st.mad).toBe(10);
    expect(st.limit).toBeCloseTo(Math.max(20 + 6 * 14.826, st.ewmaMean + 6 * Math.max(st.ewmaSd, Math.sqrt(20))), 9);
    expect(st.ewmaMean).toBeGreaterThan(20);
    const z = b.zScores(0, 20 + 14.826);
    expect(z.robust).toBeCloseTo(1, 9);
  });

  it('keeps only the last `capacity` windows', () => {
    const b = new FeatureBaseline(1, 4, 0.1);
    for (const v of [1000, 1000, 1000, 1000, 5, 5, 5, 5]) b.learn([v]);
    b.recompute({ ...settings, minAbsolute: [0] });
    expect(b.statsOf(0)!.median).toBe(5);
    expect(b.count).toBe(8);
  });
});

describe('hours', () => {
  it('takes the organisation offset into account', () => {
    const t = Date.UTC(2026, 0, 5, 23, 30);
    expect(localHour(t, 0)).toBe(23);
    expect(localHour(t, 60)).toBe(0);
    expect(localHour(t, -330)).toBe(18);
  });

  it('gives the share of past windows within an hour', () => {
    const h = new HourProfile(0);
    for (let i = 0; i < 9; i++) h.learn(Date.UTC(2026, 0, 5, 10));
    h.learn(Date.UTC(2026, 0, 5, 14));
    expect(h.shareNear(Date.UTC(2026, 0, 6, 11, 59)).share).toBeCloseTo(0.9, 9);
    expect(h.shareNear(Date.UTC(2026, 0, 6, 3))).toEqual({ hour: 3, share: 0 });
  });
});
