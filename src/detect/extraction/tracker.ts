// Per-caller extraction tracking: one bounded query stream per (caller, model), LRU over streams,
// and the caller's extraction status (flagged, degraded, throttled, blocked) that guards act on and
// the admin API shows. Pure state and statistics; the guard decides what to do with a verdict.
import { PradaStream, type PradaOptions, type PradaVerdict } from './prada.ts';
import { BoundaryDetector, type BoundaryOptions, CoverageDetector, type CoverageOptions, type DetectorVerdict, SweepDetector, type SweepOptions } from './probing.ts';

export type ExtractionVerdict = PradaVerdict | DetectorVerdict;
export type ExtractionDetector = ExtractionVerdict['detector'];

export interface StreamOptions {
  readonly prada?: PradaOptions & { readonly testEvery: number };
  readonly sweep?: SweepOptions;
  readonly boundary?: BoundaryOptions;
  /** Only meaningful on declared feature ranges. */
  readonly coverage?: CoverageOptions;
}

/** The detectors over one caller's queries to one model. */
export class QueryStream {
  private readonly prada?: PradaStream;
  private readonly sweep?: SweepDetector;
  private readonly boundary?: BoundaryDetector;
  private readonly coverage?: CoverageDetector;
  private lastPrada: PradaVerdict | undefined;
  private sincePradaTest = 0;
  queries = 0;

  constructor(
    readonly dimensions: number,
    private readonly opts: StreamOptions,
  ) {
    if (opts.prada) this.prada = new PradaStream(dimensions, opts.prada);
    if (opts.sweep) this.sweep = new SweepDetector(dimensions, opts.sweep);
    if (opts.boundary) this.boundary = new BoundaryDetector(opts.boundary);
    if (opts.coverage) this.coverage = new CoverageDetector(dimensions, opts.coverage);
  }

  get bytes(): number {
    return (this.prada?.bytes ?? 0) + (this.sweep?.bytes ?? 0) + (this.boundary?.bytes ?? 0) + (this.coverage?.bytes ?? 0);
  }

  /** Records one answered query: its scaled vector, the label answered, and the top-class margin when known. */
  observe(x: Float64Array, label: string, margin: number | undefined): void {
    this.queries++;
    this.prada?.observe(x, label);
    this.sweep?.observe(x);
    if (margin !== undefined) this.boundary?.observe(margin);
    this.coverage?.observe(x);
    this.sincePradaTest++;
  }

  /** Every detector's verdict that has enough data. The PRADA test is re-run every `testEvery` queries. */
  evaluate(): ExtractionVerdict[] {
    const out: ExtractionVerdict[] = [];
    if (this.prada && (this.lastPrada === undefined || this.sincePradaTest >= this.opts.prada!.testEvery)) {
      const v = this.prada.evaluate();
      if (v) {
        this.lastPrada = v;
        this.sincePradaTest = 0;
      }
    }
    if (this.lastPrada) out.push(this.lastPrada);
    for (const d of [this.sweep, this.boundary, this.coverage]) {
      const v = d?.evaluate();
      if (v) out.push(v);
    }
    return out;
  }
}

/** What has been decided about one caller. Ordered: each state includes the ones before it. */
export const EXTRACTION_STATES = ['flagged', 'degraded', 'throttled', 'blocked'] as const;
export type ExtractionState = (typeof EXTRACTION_STATES)[number];

export interface ExtractionStatus {
  readonly subject: string;
  readonly model: string;
  readonly state: ExtractionState;
  /** When detection first fired (ms since the epoch). */
  readonly since: number;
  /** When this status was last set. */
  readonly updated: number;
  /** Throttled or blocked until (ms since the epoch); null: until an administrator clears it. */
  readonly until: number | null;
  readonly queries: number;
  readonly evidence: readonly ExtractionVerdict[];
}

export interface TrackerLimits {
  /** Query streams kept (caller × model); the least recently used is dropped beyond it. */
  readonly maxStreams: number;
  /** Caller statuses kept; the least recently touched is dropped beyond it. */
  readonly maxStatuses: number;
}

/** Map with least-recently-used eviction (a JS Map iterates in insertion order). */
class LruMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(public cap: number) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  peek(k: K): V | undefined {
    return this.map.get(k);
  }
  set(k: K, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    this.trim();
  }
  trim(): void {
    while (this.map.size > this.cap) this.map.delete(this.map.keys().next().value as K);
  }
  delete(k: K): boolean {
    return this.map.delete(k);
  }
  get size(): number {
    return this.map.size;
  }
  values(): IterableIterator<V> {
    return this.map.values();
  }
  keys(): IterableIterator<K> {
    return this.map.keys();
  }
}

/** The gateway-wide tracker, shared across policy reloads. */
export class ExtractionTracker {
  private readonly streams: LruMap<string, QueryStream>;
  private readonly statuses: LruMap<string, ExtractionStatus>;

  constructor(limits: TrackerLimits) {
    this.streams = new LruMap(limits.maxStreams);
    this.statuses = new LruMap(limits.maxStatuses);
  }

  /** The stream of `subject` to `model`, created with `create` on first use. */
  stream(subject: string, model: string, create: () => QueryStream): QueryStream {
    const key = `${subject}\u0000${model}`;
    let s = this.streams.get(key);
    if (!s) {
      s = create();
      this.streams.set(key, s);
    }
    return s;
  }

  /** A reloaded policy may change the stream cap; the least recently used go first. */
  setMaxStreams(n: number): void {
    this.streams.cap = n;
    this.streams.trim();
  }

  get streamCount(): number {
    return this.streams.size;
  }

  /** The caller's current status, dropping a throttle or block whose time has passed. */
  status(subject: string, now = Date.now()): ExtractionStatus | undefined {
    const s = this.statuses.get(subject);
    if (s && s.until !== null && s.until <= now && (s.state === 'throttled' || s.state === 'blocked')) {
      // The time-limited action ended; the caller stays marked as degraded (detection does not expire).
      const after: ExtractionStatus = { ...s, state: 'degraded', until: null, updated: now };
      this.statuses.set(subject, after);
      return after;
    }
    return s;
  }

  setStatus(status: ExtractionStatus): void {
    this.statuses.set(status.subject, status);
  }

  /** Forgets a caller's status only (it was cleared elsewhere); its query history stays. */
  dropStatus(subject: string): void {
    this.statuses.delete(subject);
  }

  /** Forgets a caller's status and streams (an administrator cleared it). */
  clear(subject: string): boolean {
    const had = this.statuses.delete(subject);
    for (const k of [...this.streams.keys()]) if (k.startsWith(`${subject}\u0000`)) this.streams.delete(k);
    return had;
  }

  listStatuses(now = Date.now()): ExtractionStatus[] {
    return [...this.statuses.keys()].map((k) => this.status(k, now)).filter((s): s is ExtractionStatus => s !== undefined);
  }
}
