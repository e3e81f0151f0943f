// A model's reference: what "normal" looked like when it was trained or validated. Profiles of its
// inputs and outputs (never rows), and the metric of each labelled reference chunk, from which the
// accuracy monitor learns its band (mean − kσ, as NannyML does).
import { DatasetProfile, type FeatureSpec, type MonitoredRecord, layoutFromReference } from '../profile/dataset.ts';
import { METRIC_NAMES, type MetricName, confusionOf, metricsOf } from './metrics.ts';

export type ReferenceKind = 'tabular' | 'text';

export interface ReferencePerformance {
  readonly chunkSize: number;
  readonly positiveLabel: string;
  /** The metric of each reference chunk (NaN where undefined, e.g. precision without positives). */
  readonly chunks: Readonly<Record<MetricName, readonly number[]>>;
}

export interface ModelReference {
  readonly model: string;
  readonly kind: ReferenceKind;
  readonly source: string;
  readonly createdAt: number;
  readonly rows: number;
  readonly input: DatasetProfile;
  readonly output?: DatasetProfile;
  readonly performance?: ReferencePerformance;
}

/** Feature names of the output profile: a label and a score (tabular) or the completion (text). */
export const OUTPUT_LABEL = 'label';
export const OUTPUT_SCORE = 'score';
export const TEXT_INPUT = 'prompt';
export const TEXT_OUTPUT = 'completion';

export interface ReferenceRows {
  readonly model: string;
  readonly kind: ReferenceKind;
  readonly source: string;
  readonly createdAt: number;
  readonly schema: readonly FeatureSpec[];
  readonly inputs: readonly MonitoredRecord[];
  /** Per row: predicted label and score, when known. */
  readonly outputs?: readonly MonitoredRecord[];
  /** Per row: the true label, when known (gives the accuracy band). */
  readonly actual?: readonly string[];
  readonly positiveLabel?: string;
  readonly chunkSize?: number;
}

/** Builds a reference from rows held in memory (the CLI streams big files through `ReferenceBuilder`). */
export function buildReference(rows: ReferenceRows): ModelReference {
  const b = new ReferenceBuilder(rows, rows.inputs, rows.outputs);
  rows.inputs.forEach((r, i) => b.add(r, rows.outputs?.[i], rows.actual?.[i]));
  return b.finish();
}

/** As `buildReference`, yielding to the event loop every `slice` rows (built while serving traffic). */
export async function buildReferenceAsync(rows: ReferenceRows, slice = 100): Promise<ModelReference> {
  const b = new ReferenceBuilder(rows, rows.inputs, rows.outputs);
  for (let i = 0; i < rows.inputs.length; i++) {
    b.add(rows.inputs[i]!, rows.outputs?.[i], rows.actual?.[i]);
    if (i % slice === slice - 1) await new Promise<void>((r) => setImmediate(r));
  }
  return b.finish();
}

/** Adds rows one by one after the layout is fixed from a sample (bounded memory for big files). */
export class ReferenceBuilder {
  private readonly input: DatasetProfile;
  private readonly output: DatasetProfile | undefined;
  private rows = 0;
  private readonly chunkSize: number;
  private readonly chunks: Record<MetricName, number[]> = { accuracy: [], precision: [], recall: [], f1: [] };
  private pending: { actual: string[]; predicted: string[] } = { actual: [], predicted: [] };

  constructor(
    private readonly meta: Omit<ReferenceRows, 'inputs' | 'outputs' | 'actual'>,
    layoutSample: readonly MonitoredRecord[],
    outputSample?: readonly MonitoredRecord[],
  ) {
    this.input = new DatasetProfile(layoutFromReference(meta.schema, layoutSample));
    if (outputSample && outputSample.length > 0) {
      const specs: FeatureSpec[] =
        meta.kind === 'text'
          ? [{ name: TEXT_OUTPUT, kind: 'text' }]
          : [
              { name: OUTPUT_LABEL, kind: 'categorical' as const },
              ...(outputSample.some((o) => typeof o[OUTPUT_SCORE] === 'number') ? [{ name: OUTPUT_SCORE, kind: 'numeric' as const }] : []),
            ];
      this.output = new DatasetProfile(layoutFromReference(specs, outputSample));
    }
    this.chunkSize = meta.chunkSize ?? 200;
  }

  add(input: MonitoredRecord, output?: MonitoredRecord, actual?: string): void {
    this.rows++;
    this.input.update(input);
    if (output && this.output) this.output.update(output);
    const predicted = output?.[OUTPUT_LABEL];
    if (actual !== undefined && predicted !== undefined && predicted !== null && this.meta.positiveLabel) {
      this.pending.actual.push(actual);
      this.pending.predicted.push(String(predicted));
      if (this.pending.actual.length === this.chunkSize) {
        const m = metricsOf(confusionOf(this.pending.actual, this.pending.predicted, this.meta.positiveLabel));
        for (const k of METRIC_NAMES) this.chunks[k].push(m[k]);
        this.pending = { actual: [], predicted: [] };
      }
    }
  }

  finish(): ModelReference {
    return {
      model: this.meta.model,
      kind: this.meta.kind,
      source: this.meta.source,
      createdAt: this.meta.createdAt,
      rows: this.rows,
      input: this.input,
      ...(this.output ? { output: this.output } : {}),
      ...(this.chunks.accuracy.length > 0 && this.meta.positiveLabel
        ? { performance: { chunkSize: this.chunkSize, positiveLabel: this.meta.positiveLabel, chunks: this.chunks } }
        : {}),
    };
  }
}

export function referenceToJSON(r: ModelReference): Record<string, unknown> {
  return {
    version: 1,
    model: r.model,
    kind: r.kind,
    source: r.source,
    createdAt: r.createdAt,
    rows: r.rows,
    input: r.input.toJSON(),
    ...(r.output ? { output: r.output.toJSON() } : {}),
    // NaN is not JSON: undefined chunk metrics travel as null.
    ...(r.performance
      ? {
          performance: {
            ...r.performance,
            chunks: Object.fromEntries(METRIC_NAMES.map((k) => [k, r.performance!.chunks[k].map((v) => (Number.isFinite(v) ? v : null))])),
          },
        }
      : {}),
  };
}

/** Parses a stored or uploaded reference strictly (it comes from a file or the store). */
export function referenceFromJSON(raw: unknown): ModelReference {
  const fail = (why: string): never => {
    throw new TypeError(`invalid reference profile: ${why}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const r = raw as Record<string, unknown>;
  if (r.version !== 1) fail('version must be 1');
  if (typeof r.model !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(r.model)) fail('model');
  if (r.kind !== 'tabular' && r.kind !== 'text') fail('kind');
  if (typeof r.source !== 'string' || r.source.length > 256) fail('source');
  if (!Number.isSafeInteger(r.createdAt) || !Number.isSafeInteger(r.rows) || (r.rows as number) < 0) fail('createdAt/rows');
  let performance: ReferencePerformance | undefined;
  if (r.performance !== undefined) {
    const p = r.performance as Record<string, unknown>;
    if (typeof p !== 'object' || p === null || !Number.isSafeInteger(p.chunkSize) || typeof p.positiveLabel !== 'string') fail('performance');
    const chunks = p.chunks as Record<string, unknown> | undefined;
    if (typeof chunks !== 'object' || chunks === null) return fail('performance.chunks');
    const parsed = {} as Record<MetricName, number[]>;
    for (const k of METRIC_NAMES) {
      const list = chunks[k];
      if (!Array.isArray(list) || list.length > 1_000_000 || !list.every((v) => v === null || (typeof v === 'number' && v >= 0 && v <= 1))) fail(`performance.chunks.${k}`);
      parsed[k] = (list as (number | null)[]).map((v) => (v === null ? Number.NaN : v));
    }
    performance = { chunkSize: p.chunkSize as number, positiveLabel: p.positiveLabel as string, chunks: parsed };
  }
  return {
    model: r.model as string,
    kind: r.kind as ReferenceKind,
    source: r.source as string,
    createdAt: r.createdAt as number,
    rows: r.rows as number,
    input: DatasetProfile.fromJSON(r.input),
    ...(r.output !== undefined ? { output: DatasetProfile.fromJSON(r.output) } : {}),
    ...(performance ? { performance } : {}),
  };
}
