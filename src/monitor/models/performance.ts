// Performance: per model and interval, gateway and upstream latency (p50, p95), error and timeout
// rates; for the process, memory and event-loop lag. Each series keeps a baseline of its last
// normal intervals; an interval is a spike when its robust z-score, (x − median) / (1.4826·MAD),
// exceeds the threshold (MAD floored so a flat baseline does not make noise a spike). Spikes are
// left out of the baseline, so a sustained incident keeps alerting instead of becoming normal.
import type { PerformanceConfig } from '../../config/monitoring-schema.ts';
import type { AlertSignal } from '../../incidents/signal.ts';
import { QuantileSketch } from '../profile/quantile.ts';
import { GATEWAY_ENTITY, type SeriesPoint } from './series.ts';

export interface ProcessReading {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** Event-loop delay over the interval (p99, ms). */
  readonly loopLagMs: number;
}

interface Interval {
  requests: number;
  errors: number;
  timeouts: number;
  latency: QuantileSketch;
  upstream: QuantileSketch;
}

/** Smallest scale per metric, so tiny baseline spread does not turn jitter into spikes. */
const MIN_SCALE: Readonly<Record<string, number>> = {
  latency_p50_ms: 2,
  latency_p95_ms: 5,
  upstream_p50_ms: 2,
  error_rate: 0.02,
  timeout_rate: 0.02,
  rss_mb: 32,
  heap_used_mb: 32,
  loop_lag_ms: 10,
};
/** Relative floor of the scale: 10% of the baseline median. */
const MIN_RELATIVE_SCALE = 0.1;

export class RobustBaseline {
  private readonly values: number[] = [];

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.values.length;
  }

  /** Robust z of x against the baseline (median, 1.4826·MAD with floors). */
  score(x: number, minScale: number): { z: number; median: number; scale: number } {
    const sorted = [...this.values].sort((a, b) => a - b);
    const median = medianOf(sorted);
    const mad = medianOf(sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b));
    const scale = Math.max(1.4826 * mad, minScale, Math.abs(median) * MIN_RELATIVE_SCALE);
    return { z: (x - median) / scale, median, scale };
  }

  push(x: number): void {
    this.values.push(x);
    if (this.values.length > this.capacity) this.values.shift();
  }
}

function medianOf(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface PerformanceRun {
  readonly points: SeriesPoint[];
  readonly signals: AlertSignal[];
}

export class PerformanceTracker {
  private readonly current = new Map<string, Interval>();
  private readonly baselines = new Map<string, RobustBaseline>();

  observe(model: string, latencyMs: number, upstreamMs: number | undefined, status: number, errorCode: string | undefined): void {
    let i = this.current.get(model);
    if (!i) this.current.set(model, (i = { requests: 0, errors: 0, timeouts: 0, latency: new QuantileSketch(), upstream: new QuantileSketch() }));
    i.requests++;
    if (status >= 500) i.errors++;
    if (errorCode === 'BULWARK_E_UPSTREAM_TIMEOUT') i.timeouts++;
    if (Number.isFinite(latencyMs) && latencyMs >= 0) i.latency.add(latencyMs);
    if (upstreamMs !== undefined && Number.isFinite(upstreamMs) && upstreamMs >= 0) i.upstream.add(upstreamMs);
  }

  /** Closes the interval ending at `end`: judges every series, then starts a new interval. */
  close(end: number, proc: ProcessReading | undefined, config: PerformanceConfig): PerformanceRun {
    const points: SeriesPoint[] = [];
    const signals: AlertSignal[] = [];
    for (const [model, i] of this.current) {
      if (i.requests < config.min_requests) continue;
      const metrics: Record<string, number> = {
        latency_p50_ms: i.latency.count > 0 ? i.latency.quantile(0.5) : Number.NaN,
        latency_p95_ms: i.latency.count > 0 ? i.latency.quantile(0.95) : Number.NaN,
        error_rate: i.errors / i.requests,
        timeout_rate: i.timeouts / i.requests,
      };
      if (i.upstream.count > 0) metrics.upstream_p50_ms = i.upstream.quantile(0.5);
      this.judge(model, metrics, i.requests, end, config, points, signals);
    }
    this.current.clear();
    if (proc) {
      const metrics = { rss_mb: proc.rssBytes / 2 ** 20, heap_used_mb: proc.heapUsedBytes / 2 ** 20, loop_lag_ms: proc.loopLagMs };
      this.judge(GATEWAY_ENTITY, metrics, 0, end, config, points, signals);
    }
    return { points, signals };
  }

  private judge(entity: string, metrics: Record<string, number>, requests: number, end: number, config: PerformanceConfig, points: SeriesPoint[], signals: AlertSignal[]): void {
    const spikes: { metric: string; value: number; median: number; z: number }[] = [];
    for (const [metric, value] of Object.entries(metrics)) {
      if (!Number.isFinite(value)) continue;
      const key = `${entity}\u0000${metric}`;
      let b = this.baselines.get(key);
      if (!b) this.baselines.set(key, (b = new RobustBaseline(config.baseline_intervals)));
      const warm = b.size >= config.warmup_intervals;
      const s = warm ? b.score(value, MIN_SCALE[metric] ?? 0) : undefined;
      const spike = s !== undefined && s.z > config.z_threshold;
      points.push({
        model: entity,
        monitor: 'performance',
        metric,
        time: end,
        value,
        threshold: s ? s.median + config.z_threshold * s.scale : null,
        breached: spike,
        samples: requests,
        detail: s ? `z ${s.z.toFixed(2)}` : 'learning baseline',
      });
      if (spike) spikes.push({ metric, value, median: s.median, z: s.z });
      else b.push(value);
    }
    if (spikes.length === 0) return;
    const evidence: Record<string, number | string | boolean | null> = { interval_end: end, requests };
    for (const s of spikes) {
      evidence[s.metric] = s.value;
      evidence[`${s.metric}.baseline_median`] = s.median;
      evidence[`${s.metric}.z`] = s.z;
    }
    const top = spikes.reduce((a, b) => (b.z > a.z ? b : a));
    signals.push({
      source: 'monitor.performance',
      severity: top.z > 2 * config.z_threshold ? 'high' : 'medium',
      title: `Performance spike on ${entity === GATEWAY_ENTITY ? 'the gateway' : entity}: ${spikes.map((s) => s.metric).join(', ')} (${top.metric} ${top.value.toFixed(2)} vs baseline ${top.median.toFixed(2)}, z ${top.z.toFixed(1)})`,
      entity: entity === GATEWAY_ENTITY ? { kind: 'gateway', id: 'gateway' } : { kind: 'model', id: entity },
      evidence,
      time: end,
      ...(entity === GATEWAY_ENTITY ? {} : { techniques: ['AML.T0029'] }),
    });
  }
}
