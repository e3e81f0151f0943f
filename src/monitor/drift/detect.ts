// Per-feature drift tests and the dataset verdict, from profiles only. Test choice follows
// Evidently's documented defaults (docs.evidentlyai.com, "Data drift" → default detection):
// reference ≤ 1000 values → KS (numeric) or the chi-square test of homogeneity (categorical),
// drift when p ≤ 0.05;
// larger references → normalised Wasserstein (numeric) or Jensen–Shannon distance
// (categorical), drift when the distance ≥ 0.1, because at scale p-values become tiny for
// differences nobody cares about. PSI (drift ≥ 0.1) on request. The dataset drifts when at
// least `driftShare` (default 0.5) of its features drift.
import { CategoricalProfile } from '../profile/categorical.ts';
import type { DatasetProfile, FeatureProfile } from '../profile/dataset.ts';
import { NumericProfile } from '../profile/numeric.ts';
import { CHARACTER_CLASSES, TextProfile } from '../profile/text.ts';
import { chiSquareContingency } from '../stats/chisquare.ts';
import { jensenShannon, psi } from '../stats/distances.ts';
import { ksFromStatistic } from '../stats/ks.ts';
import { sketchKsStatistic, sketchWasserstein } from './profile-stats.ts';

export type DriftTest = 'ks' | 'chisquare' | 'wasserstein' | 'jensenshannon' | 'psi';

export interface DriftOptions {
  /** Reference size at or below which p-value tests are used (Evidently: 1000). */
  readonly smallSampleMax?: number;
  readonly pValueThreshold?: number;
  readonly wassersteinThreshold?: number;
  readonly jensenShannonThreshold?: number;
  readonly psiThreshold?: number;
  /** Share of features that must drift for the dataset to drift. */
  readonly driftShare?: number;
  /** Force a test for a feature (e.g. `{ amount: 'psi' }`). */
  readonly tests?: Readonly<Record<string, DriftTest>>;
}

export interface FeatureDrift {
  readonly feature: string;
  readonly test: DriftTest;
  /** The statistic the verdict is based on (a p-value for KS/chi-square, else a distance). */
  readonly score: number;
  readonly threshold: number;
  readonly statistic: number;
  readonly drifted: boolean;
  /** Text features: the sub-feature that drifted first (e.g. `length`, `language`). */
  readonly detail?: string;
}

export interface DatasetDrift {
  readonly features: readonly FeatureDrift[];
  readonly driftedCount: number;
  readonly driftedShare: number;
  readonly driftShare: number;
  readonly driftDetected: boolean;
}

const DEFAULTS = {
  smallSampleMax: 1000,
  pValueThreshold: 0.05,
  wassersteinThreshold: 0.1,
  jensenShannonThreshold: 0.1,
  psiThreshold: 0.1,
  driftShare: 0.5,
};

type Resolved = typeof DEFAULTS;

function numericDrift(name: string, ref: NumericProfile, cur: NumericProfile, o: Resolved, forced?: DriftTest): FeatureDrift {
  const test: DriftTest = forced ?? (ref.count <= o.smallSampleMax ? 'ks' : 'wasserstein');
  if (ref.count === 0 || cur.count === 0) return noData(name, test);
  switch (test) {
    case 'ks': {
      const r = ksFromStatistic(sketchKsStatistic(ref, cur), ref.count, cur.count);
      return verdictP(name, test, r.pValue, r.statistic, o.pValueThreshold);
    }
    case 'wasserstein': {
      // Normalised by the reference's population sd, floored at 0.001 (Evidently).
      const w = sketchWasserstein(ref, cur) / Math.max(ref.std, 0.001);
      return verdictD(name, test, w, o.wassersteinThreshold);
    }
    case 'jensenshannon':
      return verdictD(name, test, jensenShannon(ref.bins, cur.bins), o.jensenShannonThreshold);
    case 'psi':
      return verdictD(name, test, psi(ref.shares(), cur.shares()), o.psiThreshold);
    case 'chisquare': {
      const r = homogeneity(Array.from(ref.bins), Array.from(cur.bins));
      return verdictP(name, test, r.pValue, r.statistic, o.pValueThreshold);
    }
  }
}

function categoricalDrift(name: string, ref: CategoricalProfile, cur: CategoricalProfile, o: Resolved, forced?: DriftTest): FeatureDrift {
  const test: DriftTest = forced ?? (ref.count <= o.smallSampleMax ? 'chisquare' : 'jensenshannon');
  if (ref.count === 0 || cur.count === 0) return noData(name, test);
  const r = ref.countVector();
  const c = cur.countVector();
  switch (test) {
    case 'chisquare': {
      const res = homogeneity(r, c);
      return verdictP(name, test, res.pValue, res.statistic, o.pValueThreshold);
    }
    case 'psi': {
      const rs = r.map((v) => v / ref.count);
      const cs = c.map((v) => v / cur.count);
      return verdictD(name, test, psi(rs, cs), o.psiThreshold);
    }
    case 'jensenshannon':
      return verdictD(name, test, jensenShannon(r, c), o.jensenShannonThreshold);
    default:
      throw new RangeError(`test ${test} does not apply to categorical feature ${name}`);
  }
}

/**
 * Chi-square test of homogeneity on [reference, current] counts. Both rows are samples, so
 * unlike a goodness-of-fit against reference shares it does not over-reject when the
 * reference is small. Categories empty on both sides carry no information and are dropped.
 */
function homogeneity(ref: number[], cur: number[]): { statistic: number; pValue: number } {
  const keep = ref.flatMap((r, i) => (r + cur[i]! > 0 ? [i] : []));
  if (keep.length < 2) return { statistic: 0, pValue: 1 };
  return chiSquareContingency([keep.map((i) => ref[i]!), keep.map((i) => cur[i]!)]);
}

function textDrift(name: string, ref: TextProfile, cur: TextProfile, o: Resolved): FeatureDrift {
  const parts: [string, FeatureDrift][] = [
    ['length', numericDrift(name, ref.length, cur.length, o)],
    ['language', categoricalDrift(name, ref.language, cur.language, o)],
    ...CHARACTER_CLASSES.map((k): [string, FeatureDrift] => [k, numericDrift(name, ref.classes[k], cur.classes[k], o)]),
  ];
  const hit = parts.find(([, d]) => d.drifted);
  const [detail, d] = hit ?? parts[0]!;
  return { ...d, detail };
}

function verdictP(feature: string, test: DriftTest, p: number, statistic: number, threshold: number): FeatureDrift {
  return { feature, test, score: p, statistic, threshold, drifted: !(p > threshold) };
}

function verdictD(feature: string, test: DriftTest, distance: number, threshold: number): FeatureDrift {
  return { feature, test, score: distance, statistic: distance, threshold, drifted: !(distance < threshold) };
}

/** An empty side cannot be compared: reported as drifted, since silence is not evidence of health. */
function noData(feature: string, test: DriftTest): FeatureDrift {
  return { feature, test, score: Number.NaN, statistic: Number.NaN, threshold: Number.NaN, drifted: true, detail: 'no data' };
}

/** Drift of one feature between two profiles of the same layout. */
export function featureDrift(name: string, ref: FeatureProfile, cur: FeatureProfile, options: DriftOptions = {}): FeatureDrift {
  const o = resolve(options);
  const forced = options.tests?.[name];
  if (ref instanceof NumericProfile && cur instanceof NumericProfile) return numericDrift(name, ref, cur, o, forced);
  if (ref instanceof CategoricalProfile && cur instanceof CategoricalProfile) return categoricalDrift(name, ref, cur, o, forced);
  if (ref instanceof TextProfile && cur instanceof TextProfile) return textDrift(name, ref, cur, o);
  throw new RangeError(`feature ${name}: profiles are of different kinds`);
}

/** Per-feature drift and the dataset verdict. */
export function detectDrift(reference: DatasetProfile, current: DatasetProfile, options: DriftOptions = {}): DatasetDrift {
  const o = resolve(options);
  if (JSON.stringify(reference.layout) !== JSON.stringify(current.layout)) throw new RangeError('profiles have different layouts');
  const features = [...reference.features].map(([name, ref]) => featureDrift(name, ref, current.features.get(name)!, options));
  const driftedCount = features.filter((f) => f.drifted).length;
  const driftedShare = features.length > 0 ? driftedCount / features.length : 0;
  return { features, driftedCount, driftedShare, driftShare: o.driftShare, driftDetected: features.length > 0 && driftedShare >= o.driftShare };
}

function resolve(options: DriftOptions): Resolved {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([k, v]) => k !== 'tests' && v !== undefined)) } as Resolved;
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`drift option ${k} must be a non-negative number`);
  }
  if (o.driftShare > 1 || o.pValueThreshold > 1) throw new RangeError('driftShare and pValueThreshold must be at most 1');
  return o;
}
