// Input and prediction drift for one side (inputs or outputs) of every monitored model. Each
// served record updates this replica's profile of the current time bucket (O(features)); when a
// bucket closes it is written to the store, and the window of the last buckets of every replica
// is merged and compared with the reference, feature by feature and for the whole record.
import type { DriftMonitorConfig } from '../../config/monitoring-schema.ts';
import type { AlertSignal } from '../../incidents/signal.ts';
import { type DriftOptions, type DriftTest, featureDrift, type FeatureDrift } from '../drift/detect.ts';
import { DatasetProfile, type FeatureProfile, type MonitoredRecord } from '../profile/dataset.ts';
import { CHARACTER_CLASSES, TextProfile } from '../profile/text.ts';
import { NoiseCache, type PartProfile } from './noise.ts';
import type { MonitorStore, SeriesPoint, Side } from './series.ts';

interface Live {
  profile: DatasetProfile;
  count: number;
}

export interface DriftRun {
  readonly points: SeriesPoint[];
  readonly signal?: AlertSignal;
}

export interface DriftModel {
  readonly model: string;
  readonly reference: DatasetProfile;
  readonly exclude: readonly string[];
}

const DISTANCE_TESTS: ReadonlySet<DriftTest> = new Set(['wasserstein', 'jensenshannon', 'psi']);

/** How far past its threshold a verdict is: distance / threshold, or threshold / p-value. */
function severity(d: FeatureDrift): number {
  if (DISTANCE_TESTS.has(d.test)) return d.score / d.threshold;
  return d.score > 0 ? d.threshold / d.score : Number.POSITIVE_INFINITY;
}

export class DriftTracker {
  private readonly noise = new NoiseCache();
  /** model → bucket start → this replica's live profile. */
  private readonly live = new Map<string, Map<number, Live>>();
  readonly monitor: 'input_drift' | 'prediction_drift';

  constructor(
    readonly side: Side,
    private readonly store: MonitorStore,
    private readonly replica: string,
  ) {
    this.monitor = side === 'input' ? 'input_drift' : 'prediction_drift';
  }

  observe(model: DriftModel, bucketStart: number, records: readonly MonitoredRecord[]): void {
    if (records.length === 0) return;
    let buckets = this.live.get(model.model);
    if (!buckets) this.live.set(model.model, (buckets = new Map()));
    let b = buckets.get(bucketStart);
    if (!b) buckets.set(bucketStart, (b = { profile: new DatasetProfile(model.reference.layout), count: 0 }));
    for (const r of records) b.profile.update(r);
    b.count += records.length;
  }

  /** Writes this replica's buckets that started before `before` (all of them when undefined). */
  async flush(before?: number): Promise<void> {
    for (const [model, buckets] of this.live) {
      for (const [start, b] of buckets) {
        if (before !== undefined && start >= before) continue;
        buckets.delete(start);
        await this.store.saveBucket(model, this.side, start, this.replica, b.profile, b.count);
      }
    }
  }

  /**
   * One feature's verdict. A text feature is judged part by part (length, language, each
   * character class) and reported by the part furthest past its threshold. A distance counts as drift only
   * above both the configured threshold and the sampling noise of a window this size.
   */
  private async judge(name: string, ref: FeatureProfile, cur: FeatureProfile, options: DriftOptions, sigmas: number): Promise<FeatureDrift> {
    const parts: [string | undefined, PartProfile, PartProfile][] =
      ref instanceof TextProfile && cur instanceof TextProfile
        ? [
            ['length', ref.length, cur.length],
            ['language', ref.language, cur.language],
            ...CHARACTER_CLASSES.map((c): [string, PartProfile, PartProfile] => [c, ref.classes[c], cur.classes[c]]),
          ]
        : [[undefined, ref as PartProfile, cur as PartProfile]];
    const verdicts: FeatureDrift[] = [];
    for (const [detail, r, c] of parts) {
      // A part the live traffic never filled (a score a harden guard strips) is not judged.
      if (c.count === 0) continue;
      let d = featureDrift(name, r, c, options);
      if (DISTANCE_TESTS.has(d.test) && Number.isFinite(d.score)) {
        const noise = this.noise.level(r, c.count, options, sigmas);
        const threshold = Number.isFinite(noise) ? Math.max(d.threshold, noise) : d.threshold;
        d = { ...d, threshold, drifted: d.score >= threshold };
      }
      verdicts.push(detail !== undefined ? { ...d, detail } : d);
      // A first noise estimate takes milliseconds: let requests through between parts.
      await new Promise<void>((r) => setImmediate(r));
    }
    const drifted = verdicts.filter((d) => d.drifted).sort((a, b) => severity(b) - severity(a));
    if (verdicts.length === 0) return { feature: name, test: 'wasserstein', score: Number.NaN, statistic: Number.NaN, threshold: Number.NaN, drifted: false, detail: 'no values' };
    if (drifted.length === 0) return verdicts[0]!;
    // The strongest part speaks for the feature; the detail names every part that drifted.
    const top = drifted[0]!;
    return top.detail === undefined ? top : { ...top, detail: drifted.map((d) => d.detail).join('+') };
  }

  /** Drift of the window ending at `end` (exclusive) against the reference. */
  async evaluate(model: DriftModel, end: number, intervalMs: number, config: DriftMonitorConfig): Promise<DriftRun> {
    const from = end - config.window_buckets * intervalMs;
    const { profile, count } = await this.store.mergedProfile(model.model, this.side, from, end, new DatasetProfile(model.reference.layout));
    const base = { model: model.model, monitor: this.monitor, time: end, samples: count } as const;
    if (count < config.min_samples) {
      return { points: [{ ...base, metric: 'dataset', value: null, threshold: config.thresholds.drift_share, breached: false, detail: `fewer than ${config.min_samples} records` }] };
    }
    const t = config.thresholds;
    const options = { pValueThreshold: t.p_value, wassersteinThreshold: t.wasserstein, jensenShannonThreshold: t.jensen_shannon };
    const features: FeatureDrift[] = [];
    for (const [name, ref] of model.reference.features) {
      if (model.exclude.includes(name)) continue;
      features.push(await this.judge(name, ref, profile.features.get(name)!, options, t.noise_sigmas));
    }
    const drifted = features.filter((f) => f.drifted);
    const judged = features.filter((f) => Number.isFinite(f.score)).length;
    const share = judged > 0 ? drifted.length / judged : 0;
    const datasetDrift = judged > 0 && share >= t.drift_share;
    const points: SeriesPoint[] = [
      ...features.map((f) => ({ ...base, metric: f.feature, value: f.score, threshold: f.threshold, breached: f.drifted, detail: f.detail ? `${f.test}:${f.detail}` : f.test })),
      { ...base, metric: 'dataset', value: share, threshold: t.drift_share, breached: datasetDrift, detail: `${drifted.length}/${judged} features drifted` },
    ];
    if (drifted.length === 0) return { points };
    const what = this.side === 'input' ? 'Input' : 'Prediction';
    const top = drifted.slice(0, 5);
    const evidence: Record<string, number | string | boolean | null> = { window_start: from, window_end: end, records: count, drifted_share: share, dataset_drift: datasetDrift };
    for (const f of top) {
      evidence[`${f.feature}.${f.test}`] = f.score;
      evidence[`${f.feature}.threshold`] = f.threshold;
      if (f.detail) evidence[`${f.feature}.detail`] = f.detail;
    }
    const first = top[0]!;
    return {
      points,
      signal: {
        source: `monitor.drift.${this.side === 'input' ? 'input' : 'prediction'}`,
        severity: datasetDrift ? 'high' : 'medium',
        title: `${what} drift on ${model.model}: ${top.map((f) => f.feature + (f.detail ? `.${f.detail}` : '')).join(', ')} (${first.test} ${first.score.toPrecision(3)} vs ${first.threshold})`,
        entity: { kind: 'model', id: model.model },
        evidence,
        time: end,
      },
    };
  }
}
