// Drift statistics computed from two profiles rather than raw rows: KS and Wasserstein from
// the quantile sketches (buckets align because both sketches use the same γ), PSI and
// Jensen–Shannon from the fixed-edge histograms, chi-square from exact category counts.
import type { NumericProfile } from '../profile/numeric.ts';
import type { SketchPoint } from '../profile/quantile.ts';

/**
 * sup |F_ref − F_cur| over the sketch buckets. Both CDFs are exact at bucket boundaries, so this
 * is the KS statistic of the data coarsened to buckets of relative width 2α (a lower bound of
 * the raw D that is tight unless the two samples differ only inside single buckets).
 */
export function sketchKsStatistic(ref: NumericProfile, cur: NumericProfile): number {
  return walk(ref.sketch.points(), cur.sketch.points()).d;
}

/** ∫|F_ref − F_cur| with each bucket's mass at its representative value (relative error ≈ α). */
export function sketchWasserstein(ref: NumericProfile, cur: NumericProfile): number {
  return walk(ref.sketch.points(), cur.sketch.points()).w;
}

function walk(a: SketchPoint[], b: SketchPoint[]): { d: number; w: number } {
  const n1 = a.reduce((s, p) => s + p.count, 0);
  const n2 = b.reduce((s, p) => s + p.count, 0);
  if (n1 === 0 || n2 === 0) throw new RangeError('a profile has no values');
  let i = 0;
  let j = 0;
  let c1 = 0;
  let c2 = 0;
  let d = 0;
  let w = 0;
  let prev = Math.min(a[0]!.value, b[0]!.value);
  while (i < a.length || j < b.length) {
    const v = i < a.length && (j >= b.length || a[i]!.value <= b[j]!.value) ? a[i]!.value : b[j]!.value;
    w += Math.abs(c1 / n1 - c2 / n2) * (v - prev);
    while (i < a.length && a[i]!.value <= v) c1 += a[i++]!.count;
    while (j < b.length && b[j]!.value <= v) c2 += b[j++]!.count;
    d = Math.max(d, Math.abs(c1 / n1 - c2 / n2));
    prev = v;
  }
  return { d, w };
}
