// Accuracy drift: ground truth arrives later (`POST /v1/feedback`) and is joined with what the
// model answered. Labelled pairs form size-based chunks; each chunk's accuracy, precision, recall
// and F1 are compared with the band learned from reference chunks (mean − kσ, NannyML's rule) or,
// without a labelled reference, from the first live chunks; and with the configured floors.
import type { AccuracyConfig, Floors } from '../../config/monitoring-schema.ts';
import type { AlertSignal } from '../../incidents/signal.ts';
import { type Band, type Confusion, METRIC_NAMES, type MetricName, emptyConfusion, lowerBand, metricsOf, tally } from './metrics.ts';
import type { ReferencePerformance } from './reference.ts';
import type { SeriesPoint } from './series.ts';

export interface ChunkResult {
  readonly points: SeriesPoint[];
  readonly signal?: AlertSignal;
}

export interface AccuracyModel {
  readonly model: string;
  readonly positiveLabel: string;
  readonly reference?: ReferencePerformance;
  readonly floors: Floors;
}

interface State {
  confusion: Confusion;
  /** Metric values of the first live chunks, when the band is learned live. */
  learned: Record<MetricName, number[]>;
  bands?: Partial<Record<MetricName, Band>>;
  chunks: number;
  /** Chunks in a row each metric has been below its band. */
  below: Record<MetricName, number>;
}

export class AccuracyTracker {
  private readonly states = new Map<string, State>();

  /** Chunk size used for a model: the reference's when it has labelled chunks (so σ is comparable). */
  chunkSize(m: AccuracyModel, config: AccuracyConfig): number {
    return m.reference?.chunkSize ?? config.chunk_size;
  }

  private state(m: AccuracyModel, config: AccuracyConfig): State {
    let s = this.states.get(m.model);
    if (!s) {
      s = { confusion: emptyConfusion(), learned: { accuracy: [], precision: [], recall: [], f1: [] }, chunks: 0, below: { accuracy: 0, precision: 0, recall: 0, f1: 0 } };
      if (m.reference) s.bands = bandsOf(m.reference.chunks, config.band_sigmas);
      this.states.set(m.model, s);
    }
    return s;
  }

  /** Adds one labelled pair; returns the chunk's verdict when this pair completed a chunk. */
  add(m: AccuracyModel, actual: string, predicted: string, now: number, config: AccuracyConfig): ChunkResult | undefined {
    const s = this.state(m, config);
    tally(s.confusion, actual, predicted, m.positiveLabel);
    const size = this.chunkSize(m, config);
    if (s.confusion.total < size) return undefined;
    const metrics = metricsOf(s.confusion);
    s.confusion = emptyConfusion();
    s.chunks++;
    if (!s.bands) {
      for (const k of METRIC_NAMES) s.learned[k].push(metrics[k]);
      if (s.chunks >= config.reference_chunks) s.bands = bandsOf(s.learned, config.band_sigmas);
    }
    return this.judge(m, s, metrics, size, now, config.consecutive_chunks);
  }

  /**
   * A metric below the band signals after `consecutive` chunks in a row (one chunk's precision
   * rests on a few dozen positives and is not normally distributed; a single low chunk is noise
   * often enough); below a floor it signals at once.
   */
  private judge(m: AccuracyModel, s: State, metrics: Record<MetricName, number>, size: number, now: number, consecutive: number): ChunkResult {
    const points: SeriesPoint[] = [];
    const breaches: MetricName[] = [];
    const evidence: Record<string, number | string | boolean | null> = { chunk_size: size, chunk: s.chunks };
    for (const k of METRIC_NAMES) {
      const v = metrics[k];
      const band = s.bands?.[k];
      const floor = m.floors[k];
      s.below[k] = band !== undefined && Number.isFinite(v) && v < band.lower ? s.below[k] + 1 : 0;
      const belowBand = s.below[k] >= consecutive;
      const belowFloor = floor !== undefined && Number.isFinite(v) && v < floor;
      const threshold = Math.max(band?.lower ?? Number.NEGATIVE_INFINITY, floor ?? Number.NEGATIVE_INFINITY);
      points.push({
        model: m.model,
        monitor: 'accuracy',
        metric: k,
        time: now,
        value: Number.isFinite(v) ? v : null,
        threshold: Number.isFinite(threshold) ? threshold : null,
        breached: belowBand || belowFloor,
        samples: size,
        detail: belowFloor ? 'below floor' : belowBand ? 'below band' : band ? `band ${band.mean.toFixed(3)}−${band.std.toFixed(3)}k` : 'learning band',
      });
      if (belowBand || belowFloor) {
        breaches.push(k);
        evidence[k] = v;
        evidence[`${k}.chunks_below`] = s.below[k];
        if (band) {
          evidence[`${k}.band_lower`] = band.lower;
          evidence[`${k}.reference_mean`] = band.mean;
        }
        if (floor !== undefined) evidence[`${k}.floor`] = floor;
      }
    }
    if (breaches.length === 0) return { points };
    const first = breaches[0]!;
    const anyFloor = breaches.some((k) => m.floors[k] !== undefined && metrics[k] < m.floors[k]!);
    return {
      points,
      signal: {
        source: 'monitor.accuracy',
        severity: anyFloor ? 'high' : 'medium',
        title: `Accuracy drift on ${m.model}: ${breaches.join(', ')} ${first} ${metrics[first].toFixed(3)} below ${(s.bands?.[first]?.lower ?? m.floors[first] ?? 0).toFixed(3)}`,
        entity: { kind: 'model', id: m.model },
        evidence,
        time: now,
      },
    };
  }

  /** Current bands per model (for the admin API). */
  bands(model: string): Partial<Record<MetricName, Band>> | undefined {
    return this.states.get(model)?.bands;
  }
}

function bandsOf(chunks: Readonly<Record<MetricName, readonly number[]>>, k: number): Partial<Record<MetricName, Band>> {
  const out: Partial<Record<MetricName, Band>> = {};
  for (const m of METRIC_NAMES) {
    const b = lowerBand(chunks[m], k);
    if (b) out[m] = b;
  }
  return out;
}
