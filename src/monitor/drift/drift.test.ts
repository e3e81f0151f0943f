import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../iforest/random.ts';
import { type MonitoredRecord, DatasetProfile, layoutFromReference } from '../profile/dataset.ts';
import { NumericProfile } from '../profile/numeric.ts';
import { wasserstein1 } from '../stats/distances.ts';
import { ks2Samp } from '../stats/ks.ts';
import { detectDrift } from './detect.ts';
import { sketchKsStatistic, sketchWasserstein } from './profile-stats.ts';

function normals(n: number, mean: number, sd: number, seed: number): number[] {
  const rng = new SeededRandom(seed);
  return Array.from({ length: n }, () => mean + sd * Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat()));
}

function records(n: number, shift: number, seed: number, lang: 'en' | 'fr' = 'en'): MonitoredRecord[] {
  const xs = normals(n, shift, 1, seed);
  const ys = normals(n, 10, 2, seed + 1);
  const rng = new SeededRandom(seed + 2);
  const text = lang === 'en' ? 'please summarise this quarterly report for the board' : 'merci de résumer ce rapport trimestriel pour le conseil';
  return xs.map((x, i) => ({
    x,
    y: ys[i]!,
    plan: rng.nextFloat() < (shift > 0 ? 0.7 : 0.3) ? 'pro' : 'free',
    prompt: text,
  }));
}

const SCHEMA = [
  { name: 'x', kind: 'numeric' },
  { name: 'y', kind: 'numeric' },
  { name: 'plan', kind: 'categorical' },
  { name: 'prompt', kind: 'text' },
] as const;

function profile(rows: MonitoredRecord[], layout: ReturnType<typeof layoutFromReference>): DatasetProfile {
  const p = new DatasetProfile(layout);
  rows.forEach((r) => p.update(r));
  return p;
}

describe('profile statistics approximate the raw ones', () => {
  it('KS statistic and Wasserstein from sketches are close to the exact values', () => {
    const a = normals(3000, 0, 1, 1);
    const b = normals(2000, 0.2, 1.1, 2);
    const pa = new NumericProfile([-5, 0, 5]);
    const pb = new NumericProfile([-5, 0, 5]);
    a.forEach((v) => pa.update(v));
    b.forEach((v) => pb.update(v));
    expect(Math.abs(sketchKsStatistic(pa, pb) - ks2Samp(a, b).statistic)).toBeLessThan(0.01);
    const w = wasserstein1(a, b);
    expect(Math.abs(sketchWasserstein(pa, pb) - w) / w).toBeLessThan(0.03);
  });
});

describe('detectDrift', () => {
  it('uses KS / chi-square for small references and sees no drift between like samples', () => {
    const ref = records(500, 0, 10);
    const layout = layoutFromReference(SCHEMA, ref);
    const report = detectDrift(profile(ref, layout), profile(records(400, 0, 20), layout));
    expect(report.features.map((f) => f.test)).toEqual(['ks', 'ks', 'chisquare', 'ks']);
    expect(report.driftDetected).toBe(false);
    expect(report.features.filter((f) => f.drifted).map((f) => f.feature)).toEqual([]);
  });
  it('flags a shifted numeric feature and a changed category mix', () => {
    const ref = records(500, 0, 10);
    const layout = layoutFromReference(SCHEMA, ref);
    const report = detectDrift(profile(ref, layout), profile(records(400, 0.8, 30), layout));
    const drifted = report.features.filter((f) => f.drifted).map((f) => f.feature);
    expect(drifted).toEqual(['x', 'plan']);
    expect(report.driftedShare).toBe(0.5);
    expect(report.driftDetected).toBe(true);
  });
  it('switches to Wasserstein / Jensen–Shannon for large references', () => {
    const ref = records(5000, 0, 40);
    const layout = layoutFromReference(SCHEMA, ref);
    const same = detectDrift(profile(ref, layout), profile(records(5000, 0, 50), layout));
    expect(same.features.map((f) => f.test)).toEqual(['wasserstein', 'wasserstein', 'jensenshannon', 'wasserstein']);
    expect(same.driftDetected).toBe(false);
    const moved = detectDrift(profile(ref, layout), profile(records(5000, 0.5, 60), layout), { driftShare: 0.25 });
    expect(moved.features.find((f) => f.feature === 'x')!.drifted).toBe(true);
    expect(moved.features.find((f) => f.feature === 'y')!.drifted).toBe(false);
    expect(moved.driftDetected).toBe(true);
  });
  it('sees a change of prompt language in a text feature', () => {
    const ref = records(300, 0, 70);
    const layout = layoutFromReference(SCHEMA, ref);
    const report = detectDrift(profile(ref, layout), profile(records(300, 0, 80, 'fr'), layout));
    const prompt = report.features.find((f) => f.feature === 'prompt')!;
    expect(prompt.drifted).toBe(true);
  });
  it('computes PSI on request and treats an empty current window as drift', () => {
    const ref = records(500, 0, 10);
    const layout = layoutFromReference(SCHEMA, ref);
    const r = detectDrift(profile(ref, layout), profile(records(500, 1, 11), layout), { tests: { x: 'psi' } });
    expect(r.features[0]!.test).toBe('psi');
    expect(r.features[0]!.drifted).toBe(true);
    const empty = detectDrift(profile(ref, layout), new DatasetProfile(layout));
    expect(empty.features.every((f) => f.drifted)).toBe(true);
    expect(() => detectDrift(profile(ref, layout), profile(ref, layout), { driftShare: 2 })).toThrow(RangeError);
  });
});
