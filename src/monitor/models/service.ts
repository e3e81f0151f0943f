// ModelMonitoring: the live model monitors of one gateway process. On the request path it only
// queues the request event (O(1)); a drain on the next turn of the event loop updates the live
// profiles, the prediction ledger and the performance interval. On its schedule (clock-driven,
// so tests and the replay can move time) it closes buckets and intervals, computes drift,
// stores the series and raises alert signals on the bus.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { MonitoringConfig } from '../../config/monitoring-schema.ts';
import type { Policy } from '../../config/schema.ts';
import type { EventBus, RequestEvent } from '../../events/bus.ts';
import type { AlertSignal } from '../../incidents/signal.ts';
import type { Store } from '../../store/store.ts';
import { AccuracyTracker } from './accuracy.ts';
import { type Clock, systemClock } from './clock.ts';
import { DriftTracker } from './drift.ts';
import { PredictionLedger } from './ledger.ts';
import { referenceFor, settingsFor } from './settings.ts';
import { PerformanceTracker, type ProcessReading } from './performance.ts';
import { predictRecords, textRecords } from './records.ts';
import type { ReferenceCatalog } from './references.ts';
import { MonitorStore, type SeriesPoint } from './series.ts';

export interface ModelMonitoringOptions {
  readonly store: Store;
  readonly bus: EventBus;
  readonly references: ReferenceCatalog;
  /** The running policy (read on every use, so a reload changes thresholds at once). */
  readonly policy: () => Policy;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** This replica's id in the store (default: random per start). */
  readonly replicaId?: string;
  /** Real-time period of the schedule check (ms); 0: only `tick()` and traffic move the schedule. */
  readonly tickMs?: number;
  /** Memory and event-loop readings (default: this process). */
  readonly readProcess?: () => ProcessReading;
}

export type FeedbackResult =
  | { readonly status: 'accepted'; readonly model: string }
  | { readonly status: 'unknown' }
  | { readonly status: 'duplicate'; readonly model: string }
  | { readonly status: 'bad_index'; readonly model: string };

/** Most request events waiting for the drain; beyond it events are counted and dropped. */
export const MAX_QUEUE = 50_000;

const align = (t: number, interval: number) => Math.floor(t / interval) * interval;

export class ModelMonitoring {
  private queue: RequestEvent[] = [];
  /** When each queued event was seen (the monitors' clock), so a drain later files it correctly. */
  private queuedAt: number[] = [];
  private drainScheduled = false;
  private readonly unsubscribe: () => void;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly clock: Clock;
  private readonly storeView: MonitorStore;
  readonly input: DriftTracker;
  readonly output: DriftTracker;
  readonly accuracy = new AccuracyTracker();
  readonly performance = new PerformanceTracker();
  readonly ledger: PredictionLedger;
  private bucketStart: number | undefined;
  private perfStart: number | undefined;
  private readonly textCounts = new Map<string, { second: number; n: number }>();
  /** End of the window to judge once `settle_ms` has passed. */
  private pendingEnd: number | undefined;
  private work: Promise<void> = Promise.resolve();
  private readonly lag: IntervalHistogram | undefined;
  private closed = false;
  /** Events dropped because the queue was full (never silently: exported for metrics and tests). */
  dropped = 0;

  constructor(private readonly opts: ModelMonitoringOptions) {
    this.clock = opts.clock ?? systemClock;
    this.storeView = new MonitorStore(opts.store);
    const replica = opts.replicaId ?? randomUUID();
    this.input = new DriftTracker('input', this.storeView, replica);
    this.output = new DriftTracker('output', this.storeView, replica);
    this.ledger = new PredictionLedger(opts.store, () => ({ ttlMs: this.config.accuracy.prediction_ttl_ms, maxPending: this.config.accuracy.max_pending }));
    this.unsubscribe = opts.bus.subscribe((e) => {
      if (e.type === 'request') this.enqueue(e);
      else if (e.type === 'policy.reloaded') this.work = this.work.then(() => this.refreshReferences());
    });
    if (!opts.readProcess) {
      this.lag = monitorEventLoopDelay({ resolution: 20 });
      this.lag.enable();
    }
    // The schedule starts now: the first bucket and interval close one period from the start.
    this.bucketStart = align(this.clock.now(), this.config.interval_ms);
    this.perfStart = align(this.clock.now(), this.config.performance.interval_ms);
    const tickMs = opts.tickMs ?? 1_000;
    if (tickMs > 0) this.timer = setInterval(() => void this.tick().catch(() => {}), tickMs).unref();
  }

  get config(): MonitoringConfig {
    return this.opts.policy().monitoring;
  }

  /** The request-path part: queue the event (by reference) and schedule a drain. */
  enqueue(e: RequestEvent): void {
    if (this.closed || e.model === undefined) return;
    if (this.queue.length >= MAX_QUEUE) {
      this.dropped++;
      return;
    }
    this.queue.push(e);
    this.queuedAt.push(this.clock.now());
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      setImmediate(() => this.drain());
    }
  }

  /** Processes every queued event now. */
  drain(): void {
    this.drainScheduled = false;
    const batch = this.queue;
    const times = this.queuedAt;
    this.queue = [];
    this.queuedAt = [];
    if (!this.config.enabled) return;
    const now = this.clock.now();
    for (let i = 0; i < batch.length; i++) {
      const e = batch[i]!;
      try {
        this.observe(e, times[i]!);
      } catch (err) {
        this.opts.logger?.error({ err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'model monitor failed to observe a request');
      }
    }
    this.maybeSchedule(now);
  }

  /** One request into the monitors (public for tests and benchmarks; the gateway goes through the queue). */
  observe(e: RequestEvent, now = this.clock.now()): void {
    const c = this.config;
    const s = settingsFor(this.opts.policy(), e.model!);
    if (!s) return;
    if (c.performance.enabled) this.performance.observe(s.model, e.latencyMs, e.upstreamMs, e.status, e.errorCode);
    if (e.status !== 200 || !e.payload) return;
    const ref = referenceFor(s, this.opts.references);
    let x;
    if (s.kind === 'tabular') {
      x = predictRecords(e.payload.input, e.payload.answer, s.fields);
      // Answers are kept for feedback with or without a reference (the band is then learned live).
      if (c.accuracy.enabled && x.labels.length > 0) this.ledger.record(e.requestId, s.model, now, x.labels);
      if (!ref) return;
    } else {
      if (!ref || !this.textBudget(s.model, now, c.text_records_per_second)) return;
      x = textRecords(e.route, e.payload.input, e.payload.answer);
    }
    const bucket = align(now, c.interval_ms);
    if (c.input_drift.enabled) this.input.observe({ model: s.model, reference: ref.input, exclude: s.exclude }, bucket, x.inputs);
    if (c.prediction_drift.enabled && ref.output) this.output.observe({ model: s.model, reference: ref.output, exclude: [] }, bucket, x.outputs);
  }

  /** A per-model, per-second budget of profiled texts: a sample bounds the CPU a flood of chat costs. */
  private textBudget(model: string, now: number, perSecond: number): boolean {
    const second = Math.floor(now / 1000);
    const b = this.textCounts.get(model);
    if (!b || b.second !== second) {
      this.textCounts.set(model, { second, n: 1 });
      return true;
    }
    return ++b.n <= perSecond;
  }

  /**
   * At a bucket boundary every replica writes its bucket; `settle_ms` later (each replica's clock)
   * the window is read back merged over all replicas and judged. Performance intervals close on
   * their own period (they are per replica: latency and memory are properties of a process).
   */
  private maybeSchedule(now: number): void {
    const c = this.config;
    if (!c.enabled) return;
    this.bucketStart ??= align(now, c.interval_ms);
    this.perfStart ??= align(now, c.performance.interval_ms);
    const closeDue = now >= this.bucketStart + c.interval_ms;
    const perfDue = now >= this.perfStart + c.performance.interval_ms;
    if (closeDue) {
      this.bucketStart = align(now, c.interval_ms);
      this.pendingEnd = this.bucketStart;
    }
    const evalEnd = this.pendingEnd !== undefined && now >= this.pendingEnd + c.settle_ms ? this.pendingEnd : undefined;
    if (evalEnd !== undefined) this.pendingEnd = undefined;
    if (perfDue) this.perfStart = align(now, c.performance.interval_ms);
    if (!closeDue && !perfDue && evalEnd === undefined) return;
    const flushBefore = this.bucketStart;
    const perfEnd = this.perfStart;
    this.work = this.work
      .then(async () => {
        if (perfDue && c.performance.enabled) await this.closePerformance(perfEnd);
        if (closeDue) await this.flushBuckets(flushBefore);
        if (evalEnd !== undefined) await this.runDrift(evalEnd);
      })
      .catch((err) => this.opts.logger?.error({ err: { type: (err as Error)?.name, message: (err as Error)?.message } }, 'model monitor run failed'));
  }

  /** Drains the queue, runs whatever the clock says is due, and waits for it (tests, replay, timer). */
  async tick(): Promise<void> {
    if (this.closed) return;
    this.drain();
    this.maybeSchedule(this.clock.now());
    await this.work;
  }

  private emit(signal: AlertSignal): void {
    this.opts.bus.emit({ type: 'alert.signal', time: signal.time, signal });
  }

  private async refreshReferences(): Promise<void> {
    await this.opts.references.refresh(this.opts.policy().models.map((m) => m.name)).catch((err) => this.opts.logger?.error({ err: { type: (err as Error)?.name } }, 'reference profiles could not be refreshed'));
  }

  private async flushBuckets(before: number): Promise<void> {
    await this.input.flush(before);
    await this.output.flush(before);
    await this.ledger.flush();
  }

  private async runDrift(end: number): Promise<void> {
    const c = this.config;
    await this.refreshReferences();
    const points: SeriesPoint[] = [];
    for (const m of this.opts.policy().models) {
      const s = settingsFor(this.opts.policy(), m.name);
      const ref = s && referenceFor(s, this.opts.references, false);
      if (!s || !ref) continue;
      const runs = [
        c.input_drift.enabled ? await this.input.evaluate({ model: s.model, reference: ref.input, exclude: s.exclude }, end, c.interval_ms, c.input_drift) : undefined,
        c.prediction_drift.enabled && ref.output
          ? await this.output.evaluate({ model: s.model, reference: ref.output, exclude: [] }, end, c.interval_ms, c.prediction_drift)
          : undefined,
      ];
      for (const r of runs) {
        if (!r) continue;
        points.push(...r.points);
        if (r.signal) this.emit(r.signal);
      }
    }
    await this.storeView.appendSeries(points);
    const keep = Math.max(c.input_drift.window_buckets, c.prediction_drift.window_buckets) + 2;
    await this.storeView.pruneBuckets(end - keep * c.interval_ms);
    await this.ledger.prune(end);
  }

  private readProcess(): ProcessReading {
    if (this.opts.readProcess) return this.opts.readProcess();
    const mem = process.memoryUsage();
    const lagMs = this.lag && this.lag.count > 0 ? this.lag.percentile(99) / 1e6 : 0;
    this.lag?.reset();
    return { rssBytes: mem.rss, heapUsedBytes: mem.heapUsed, loopLagMs: lagMs };
  }

  private async closePerformance(end: number): Promise<void> {
    const c = this.config.performance;
    const run = this.performance.close(end, c.process_metrics ? this.readProcess() : undefined, c);
    for (const s of run.signals) this.emit(s);
    await this.storeView.appendSeries(run.points);
  }

  /** Ground truth for one answered input: joins it with the answer and feeds the accuracy monitor. */
  async feedback(requestId: string, label: string, index = 0): Promise<FeedbackResult> {
    const now = this.clock.now();
    const a = await this.ledger.lookup(requestId, now);
    if (!a) return { status: 'unknown' };
    if (!Number.isSafeInteger(index) || index < 0 || index >= a.labels.length) return { status: 'bad_index', model: a.model };
    if (a.labelled.has(index)) return { status: 'duplicate', model: a.model };
    await this.ledger.markLabelled(requestId, a, index, label);
    const s = settingsFor(this.opts.policy(), a.model);
    const c = this.config;
    if (s && c.accuracy.enabled) {
      const perf = referenceFor(s, this.opts.references, false)?.performance;
      const r = this.accuracy.add(
        { model: s.model, positiveLabel: s.positiveLabel || perf?.positiveLabel || '', ...(perf ? { reference: perf } : {}), floors: s.floors },
        label,
        a.labels[index]!,
        now,
        c.accuracy,
      );
      if (r) {
        if (r.signal) this.emit(r.signal);
        this.work = this.work.then(() => this.storeView.appendSeries(r.points)).catch(() => {});
        await this.work;
      }
    }
    return { status: 'accepted', model: a.model };
  }

  /** The model of an answered request, without consuming it (the feedback route authorizes on it). */
  async answeredModel(requestId: string): Promise<string | undefined> {
    return (await this.ledger.lookup(requestId, this.clock.now()))?.model;
  }

  now(): number {
    return this.clock.now();
  }

  /** Whether the model's reference is loaded or built (a demo model's is built on first use). */
  hasReference(model: string): boolean {
    return this.opts.references.ready(model) !== undefined;
  }

  /** Whether the running policy names this model. */
  knowsModel(model: string): boolean {
    return this.opts.policy().models.some((m) => m.name === model);
  }

  /** What the admin API shows for one model. */
  async view(model: string, since: number, limit: number): Promise<Record<string, unknown>> {
    const s = settingsFor(this.opts.policy(), model);
    const ref = s && referenceFor(s, this.opts.references, false);
    const series = (m: 'input_drift' | 'prediction_drift' | 'accuracy' | 'performance') => this.storeView.series(model, m, since, limit);
    return {
      model,
      reference: ref ? { source: ref.source, rows: ref.rows, created_at: ref.createdAt, has_output: ref.output !== undefined, labelled_chunks: ref.performance?.chunks.accuracy.length ?? 0 } : null,
      input_drift: await series('input_drift'),
      prediction_drift: await series('prediction_drift'),
      accuracy: { bands: this.accuracy.bands(model) ?? null, chunks: await series('accuracy') },
      performance: await series('performance'),
      dropped_events: this.dropped,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    this.drain();
    this.closed = true;
    this.unsubscribe();
    this.lag?.disable();
    await this.work;
    await this.input.flush();
    await this.output.flush();
    await this.ledger.flush();
  }
}
