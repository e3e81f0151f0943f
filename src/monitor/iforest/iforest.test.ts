import { describe, expect, it } from 'vitest';
import { IsolationForest } from './forest.ts';
import { SeededRandom } from './random.ts';
import { averagePathLength } from './tree.ts';

function gaussian(rng: SeededRandom): number {
  const u = 1 - rng.nextFloat();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

/** n inliers from N(0, I) plus `planted` far-away rows at the end. */
function plantedData(n: number, planted: number, dims: number, seed: number): number[][] {
  const rng = new SeededRandom(seed);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) rows.push(Array.from({ length: dims }, () => gaussian(rng)));
  for (let i = 0; i < planted; i++) rows.push(Array.from({ length: dims }, () => 6 + 3 * rng.nextFloat()));
  return rows;
}

describe('averagePathLength', () => {
  it('follows c(n) from the paper', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    expect(averagePathLength(256)).toBeCloseTo(2 * (Math.log(255) + 0.5772156649015329) - (2 * 255) / 256, 12);
  });
});

describe('IsolationForest', () => {
  const data = plantedData(500, 5, 3, 7);
  const forest = new IsolationForest({ seed: 42 }).fit(data);

  it('uses scikit-learn defaults: 100 trees, min(256, n) samples, offset −0.5', () => {
    const m = forest.toJSON();
    expect(m.roots.length).toBe(100);
    expect(m.maxSamples).toBe(256);
    expect(m.offset).toBe(-0.5);
    expect(new IsolationForest().fit(data.slice(0, 40)).toJSON().maxSamples).toBe(40);
  });

  it('respects the height limit ⌈log2 256⌉ = 8', () => {
    const m = forest.toJSON();
    // A tree of height ≤ 8 has at most 2^9 − 1 nodes.
    const sizes = m.roots.map((r, i) => (m.roots[i + 1] ?? m.feature.length) - r);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(511);
    // Every leaf value is depth + c(leaf size) ≤ 8 + c(256).
    expect(Math.max(...m.leafValue)).toBeLessThanOrEqual(8 + averagePathLength(256));
  });

  it('scores lie in (−1, 0)', () => {
    for (const s of forest.scoreSamples(data)) {
      expect(s).toBeLessThan(0);
      expect(s).toBeGreaterThan(-1);
    }
  });

  it('gives the planted outliers the five lowest scores', () => {
    const scores = Array.from(forest.scoreSamples(data));
    const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
    expect(order.slice(0, 5).map(([, i]) => i).sort((a, b) => a - b)).toEqual([500, 501, 502, 503, 504]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const again = new IsolationForest({ seed: 42 }).fit(data).scoreSamples(data);
    expect(Array.from(again)).toEqual(Array.from(forest.scoreSamples(data)));
    const other = new IsolationForest({ seed: 43 }).fit(data).scoreSamples(data);
    expect(Array.from(other)).not.toEqual(Array.from(again));
  });

  it('round-trips through JSON with identical scores', () => {
    const restored = IsolationForest.fromJSON(JSON.parse(JSON.stringify(forest)));
    expect(Array.from(restored.scoreSamples(data))).toEqual(Array.from(forest.scoreSamples(data)));
    expect(restored.offset).toBe(forest.offset);
  });

  it('rejects tampered models that would loop or read out of bounds', () => {
    const good = forest.toJSON();
    const loop = { ...good, left: good.left.map((l, i) => (i === 0 && l >= 0 ? 0 : l)) };
    expect(() => IsolationForest.fromJSON(loop)).toThrow(TypeError);
    const badFeature = { ...good, feature: good.feature.map((f) => (f >= 0 ? 99 : f)) };
    expect(() => IsolationForest.fromJSON(badFeature)).toThrow(TypeError);
    expect(() => IsolationForest.fromJSON({ ...good, kind: 'other' })).toThrow(TypeError);
    expect(() => IsolationForest.fromJSON(null)).toThrow(TypeError);
  });

  it('rejects non-finite input and a wrong feature count', () => {
    expect(() => new IsolationForest().fit([[1, Number.NaN]])).toThrow(RangeError);
    expect(() => forest.scoreSamples([[1, 2]])).toThrow(RangeError);
    expect(() => new IsolationForest({ contamination: 0.7 })).toThrow(RangeError);
    expect(() => forest.scoreSamples([[Number.POSITIVE_INFINITY, 0, 0]])).toThrow(RangeError);
  });

  it('isolates a constant dataset to leaves at the root (all scores equal)', () => {
    const flat = Array.from({ length: 50 }, () => [1, 1]);
    const scores = new IsolationForest({ seed: 1 }).fit(flat).scoreSamples(flat);
    expect(new Set(scores).size).toBe(1);
  });

  it('runs the primer example: contamination 0.05 finds 5% planted anomalies', () => {
    // IsolationForest(contamination=0.05).fit(data).predict(data) on 950 normal + 50 planted rows.
    const rows = plantedData(950, 50, 4, 2024);
    const labels = new IsolationForest({ contamination: 0.05, seed: 3 }).fit(rows).predict(rows);
    const flagged = Array.from(labels).flatMap((l, i) => (l === -1 ? [i] : []));
    expect(flagged.length).toBeGreaterThanOrEqual(49);
    expect(flagged.length).toBeLessThanOrEqual(51);
    const caught = flagged.filter((i) => i >= 950).length;
    expect(caught / 50).toBeGreaterThanOrEqual(0.96);
    const finding = IsolationForest.toFinding(-0.8, -0.5, 'rows[0]');
    expect(finding.guard).toBe('monitor.iforest');
    expect(finding.score).toBeCloseTo(0.8, 12);
  });
});
