// The `monitoring:` section of the policy: the schedule, windows, thresholds and floors of the
// live model monitors (input drift, prediction drift, accuracy, performance), per model where
// needed. Input contracts are not here: they belong to the `validate.contract` guard's config.
import { z } from 'zod';

const modelName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'letters, digits, . _ : - (max 128)');
/** A dotted path into one prediction object, e.g. `label` or `probabilities.fraud`. */
const fieldPath = z.string().regex(/^[A-Za-z0-9_-]{1,64}(?:\.[A-Za-z0-9_-]{1,64}){0,7}$/, 'a dotted path such as probabilities.fraud');

export const DriftThresholdsSchema = z.strictObject({
  wasserstein: z.number().positive().max(100).default(0.1).describe('Normalised Wasserstein distance at which a numeric feature drifts'),
  jensen_shannon: z.number().positive().max(1).default(0.1).describe('Jensen–Shannon distance at which a categorical feature drifts'),
  p_value: z.number().positive().max(1).default(0.05).describe('p-value at or below which KS / chi-square report drift (small references)'),
  drift_share: z.number().min(0).max(1).default(0.5).describe('Share of drifted features at which the whole input drifts'),
  noise_sigmas: z
    .number()
    .min(0)
    .max(20)
    .default(5)
    .describe('A distance must also exceed mean + k·σ of the distance of same-size windows drawn from the reference (0: off)'),
});

const DriftMonitorSchema = z.strictObject({
  enabled: z.boolean().default(true),
  window_buckets: z.int().min(1).max(24 * 31).default(6).describe('Buckets (of interval_ms) compared with the reference at each run'),
  min_samples: z.int().min(10).max(10_000_000).default(200).describe('Fewer records than this in the window: no verdict yet'),
  thresholds: DriftThresholdsSchema.prefault({}),
});

export const FloorsSchema = z.strictObject({
  accuracy: z.number().min(0).max(1).optional(),
  precision: z.number().min(0).max(1).optional(),
  recall: z.number().min(0).max(1).optional(),
  f1: z.number().min(0).max(1).optional(),
});

const AccuracySchema = z.strictObject({
  enabled: z.boolean().default(true),
  chunk_size: z.int().min(10).max(1_000_000).default(200).describe('Labelled predictions per chunk (NannyML-style size-based chunks)'),
  band_sigmas: z.number().positive().max(10).default(3).describe('Lower band: mean − k·σ of the metric over reference chunks'),
  consecutive_chunks: z.int().min(1).max(100).default(2).describe('Chunks in a row below the band before a signal (floors signal at once)'),
  reference_chunks: z.int().min(3).max(10_000).default(10).describe('Live chunks that form the band when the reference has no labelled chunks'),
  floors: FloorsSchema.prefault({}),
  prediction_ttl_ms: z.int().min(60_000).max(90 * 86_400_000).default(7 * 86_400_000).describe('How long an answer waits for its feedback'),
  max_pending: z.int().min(100).max(10_000_000).default(200_000).describe('Most answers kept for feedback in memory (oldest dropped)'),
});

const PerformanceSchema = z.strictObject({
  enabled: z.boolean().default(true),
  interval_ms: z.int().min(1_000).max(86_400_000).default(60_000).describe('Length of one performance interval'),
  baseline_intervals: z.int().min(5).max(10_000).default(120).describe('Normal intervals kept as the baseline (median and MAD)'),
  warmup_intervals: z.int().min(3).max(10_000).default(15).describe('Intervals to learn before any signal'),
  z_threshold: z.number().positive().max(100).default(6).describe('Robust z-score above which an interval is a spike'),
  min_requests: z.int().min(1).max(1_000_000).default(20).describe('Intervals with fewer requests are not judged (latency, error rate)'),
  process_metrics: z.boolean().default(true).describe('Also watch this process: memory (RSS, heap) and event-loop lag'),
});

export const ModelMonitoringSchema = z.strictObject({
  label_field: fieldPath.optional().describe('Predicted label inside one prediction (default: label)'),
  score_field: fieldPath.optional().describe('Score inside one prediction, e.g. probabilities.fraud'),
  positive_label: z.string().min(1).max(128).optional().describe('The positive class for precision, recall and F1'),
  exclude_features: z.array(z.string().min(1).max(256)).max(1024).default([]).describe('Input features left out of drift (e.g. time of day)'),
  floors: FloorsSchema.optional().describe('Accuracy floors for this model (override monitoring.accuracy.floors)'),
});

export const MonitoringSchema = z.strictObject({
  enabled: z.boolean().default(true),
  interval_ms: z.int().min(1_000).max(7 * 86_400_000).default(3_600_000).describe('Drift schedule: live profiles are bucketed and compared this often'),
  settle_ms: z
    .int()
    .min(0)
    .max(3_600_000)
    .default(30_000)
    .describe('After a bucket closes, wait this long before computing drift, so every replica has written its profile'),
  text_records_per_second: z
    .int()
    .min(1)
    .max(1_000_000)
    .default(50)
    .describe('Most texts per second and model added to text profiles (language detection costs ~0.2 ms a text); the rest are not profiled'),
  input_drift: DriftMonitorSchema.prefault({}),
  prediction_drift: DriftMonitorSchema.prefault({}),
  accuracy: AccuracySchema.prefault({}),
  performance: PerformanceSchema.prefault({}),
  models: z.record(modelName, ModelMonitoringSchema).default({}),
});

export type MonitoringConfig = z.output<typeof MonitoringSchema>;
export type ModelMonitoringConfig = z.output<typeof ModelMonitoringSchema>;
export type DriftMonitorConfig = MonitoringConfig['input_drift'];
export type AccuracyConfig = MonitoringConfig['accuracy'];
export type PerformanceConfig = MonitoringConfig['performance'];
export type Floors = z.output<typeof FloorsSchema>;
