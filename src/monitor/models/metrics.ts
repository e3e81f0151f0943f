// Classification metrics from a confusion count (one positive class against the rest), and the
// lower band a metric may not leave: mean − k·σ over reference chunks (NannyML's realized
// performance thresholds use the same rule on chunks of the reference period).

export const METRIC_NAMES = ['accuracy', 'precision', 'recall', 'f1'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Pairs whose labels are equal (accuracy counts every class, not only the positive one). */
  correct: number;
  total: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0, correct: 0, total: 0 };
}

/** Adds one (actual, predicted) pair. Any label other than `positive` counts as negative. */
export function tally(c: Confusion, actual: string, predicted: string, positive: string): void {
  const a = actual === positive;
  const p = predicted === positive;
  c.total++;
  if (actual === predicted) c.correct++;
  if (a && p) c.tp++;
  else if (p) c.fp++;
  else if (a) c.fn++;
  else c.tn++;
}

export function confusionOf(actual: readonly string[], predicted: readonly string[], positive: string): Confusion {
  const c = emptyConfusion();
  for (let i = 0; i < actual.length; i++) tally(c, actual[i]!, predicted[i]!, positive);
  return c;
}

/** Accuracy counts every pair; precision, recall and F1 are NaN when undefined (no positives). */
export function metricsOf(c: Confusion): Record<MetricName, number> {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : Number.NaN;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  return { accuracy: c.total > 0 ? c.correct / c.total : Number.NaN, precision, recall, f1 };
}

export interface Band {
  readonly mean: number;
  readonly std: number;
  readonly lower: number;
  readonly chunks: number;
}

/** mean − k·σ (sample σ) over the finite values; undefined with fewer than 3 values. */
export function lowerBand(values: readonly number[], k: number): Band | undefined {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length < 3) return undefined;
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1));
  return { mean, std, lower: mean - k * std, chunks: v.length };
}
