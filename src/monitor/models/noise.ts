// How far a window of n records drawn from the reference itself strays from it: the sampling
// noise of a drift distance. Distances such as Wasserstein and Jensen–Shannon do not shrink their
// threshold with the window size, so a few hundred live records stray past 0.1 by chance alone.
// Like NannyML's thresholds (mean + kσ of the metric over reference chunks), we draw B windows of
// n records from the reference profile, score each against the reference, and take mean + kσ
// (k = 5 by default: a feature is tested every interval, for months, so the tail matters).
// The reference is itself a sample (often a few thousand records), so live and reference windows
// both stray from the true distribution; a distance between two samples of sizes n and N spreads
// like √(1/n + 1/N), so the one-sample level is widened by √(1 + n/N). Without it a 345-record
// window against a 1,500-prompt reference crossed a 5σ level on an ordinary day of the replay.
// The effective threshold of a feature is the larger of the configured one and this noise level.
import { featureDrift, type DriftOptions } from '../drift/detect.ts';
import { CategoricalProfile } from '../profile/categorical.ts';
import { NumericProfile } from '../profile/numeric.ts';
import { seededRandom } from '../../synthetic/random.ts';

export type PartProfile = NumericProfile | CategoricalProfile;

/** Simulated windows per estimate. */
export const NOISE_DRAWS = 40;
/** Windows larger than this are simulated at this size and scaled by √(size / n). */
export const NOISE_MAX_N = 1_024;
const OTHER = '\u0000other';

function sampler(ref: PartProfile, rand: () => number): () => number | string {
  if (ref instanceof NumericProfile) {
    const points = ref.sketch.points();
    const cum: number[] = [];
    let total = 0;
    for (const p of points) cum.push((total += p.count));
    return () => {
      const u = rand() * total;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! > u) hi = mid;
        else lo = mid + 1;
      }
      return points[lo]!.value;
    };
  }
  const counts = ref.countVector();
  const labels = [...ref.categories, OTHER];
  const cum: number[] = [];
  let total = 0;
  for (const c of counts) cum.push((total += c));
  return () => {
    const u = rand() * total;
    const i = cum.findIndex((c) => c > u);
    return labels[i < 0 ? labels.length - 1 : i]!;
  };
}

function emptyLike(ref: PartProfile): PartProfile {
  return ref instanceof NumericProfile ? new NumericProfile(ref.edges) : new CategoricalProfile(ref.categories);
}

/** mean + k·σ of the drift score of `n`-record windows drawn from the reference, widened for the reference's own sampling error (NaN when it cannot tell). */
export function noiseLevel(ref: PartProfile, n: number, options: DriftOptions, sigmas: number, seed = 1): number {
  if (ref.count === 0 || n < 1) return Number.NaN;
  const size = Math.min(n, NOISE_MAX_N);
  const draw = sampler(ref, seededRandom(seed));
  const scores: number[] = [];
  for (let b = 0; b < NOISE_DRAWS; b++) {
    const cur = emptyLike(ref);
    for (let i = 0; i < size; i++) {
      const v = draw();
      if (cur instanceof NumericProfile) cur.update(v as number);
      else cur.update(v === OTHER ? OTHER : v);
    }
    scores.push(featureDrift('noise', ref, cur, options).score);
  }
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / (scores.length - 1));
  return (mean + sigmas * sd) * Math.sqrt(size / n) * Math.sqrt(1 + n / ref.count);
}

/** Noise levels cached per reference part and window-size bucket (powers of two, rounded down). */
export class NoiseCache {
  private readonly cache = new WeakMap<PartProfile, Map<string, number>>();

  level(ref: PartProfile, n: number, options: DriftOptions, sigmas: number): number {
    if (sigmas === 0) return Number.NaN;
    // Rounding n down to a power of two overstates the noise slightly: the safe side.
    const bucket = 2 ** Math.floor(Math.log2(Math.max(1, n)));
    const key = `${bucket}:${sigmas}:${JSON.stringify(options)}`;
    let byKey = this.cache.get(ref);
    if (!byKey) this.cache.set(ref, (byKey = new Map()));
    let v = byKey.get(key);
    if (v === undefined) byKey.set(key, (v = noiseLevel(ref, bucket, options, sigmas)));
    return v;
  }
}
