// Behaviour baselines per identity (source address, API key, principal) from bus events. Each
// identity accumulates a window of features (requests, volume read, distinct models, blocked
// requests, refused credentials); when a window closes it teaches the identity's baseline (and
// its kind's population baseline, used until an identity has its own history) and the kind's
// Isolation Forest. Each event compares the running window with limits computed at the last
// close, so a spike is reported while it happens, at the cost of a few comparisons.
import { LRUCache } from 'lru-cache';
import type { BehaviourConfig } from '../../config/alerts-schema.ts';
import type { BulwarkEvent } from '../../events/bus.ts';
import type { SignalSink } from '../../incidents/signal.ts';
import { FeatureBaseline, type LimitSettings } from './baseline.ts';
import { DETECTORS, F, FEATURES, IDENTITY_KINDS, type IdentityKind, minimums } from './detectors.ts';
import { DAY_MS, HourProfile } from './hours.ts';
import { OutlierModel } from './outliers.ts';
import { type IdentityState, type Window, deviationSignal, newWindow, outlierSignal, unusualHourSignal } from './signals.ts';

const NF = FEATURES.length;
const MAX_WINDOW_REQUEST_IDS = 10;
const MAX_MODELS_PER_WINDOW = 1_000;
/** Longest stretch of window closing between two turns of the event loop. */
const SLICE_MS = 5;

export interface BehaviourMonitorOptions {
  readonly config: BehaviourConfig;
  readonly signal: SignalSink;
  readonly clock?: () => number;
  /** Seed of the forests' random source (tests and replays are reproducible). */
  readonly seed?: number;
}

function isScanBlock(e: Extract<BulwarkEvent, { type: 'request' }>): boolean {
  return e.decisions.some((d) => d.action === 'block' && (d.kind.startsWith('scan.') || d.kind.startsWith('validate.')));
}

export class BehaviourMonitor {
  private readonly identities: LRUCache<string, IdentityState>;
  private readonly population: Record<IdentityKind, FeatureBaseline>;
  private readonly forests: Record<IdentityKind, OutlierModel>;
  private readonly dirty = new Set<IdentityKind>();
  /** Windows ended by a later event, closed at the next tick. */
  private readonly closing: Array<{ state: IdentityState; window: Window; time: number }> = [];
  private readonly limits: LimitSettings;
  private readonly windowMs: number;
  private readonly clock: () => number;
  private timer: NodeJS.Timeout | undefined;
  private slice: NodeJS.Immediate | undefined;

  constructor(private readonly opts: BehaviourMonitorOptions) {
    const c = opts.config;
    this.windowMs = c.window_seconds * 1000;
    this.identities = new LRUCache({ max: c.max_identities });
    this.clock = opts.clock ?? Date.now;
    this.limits = { zThreshold: c.z_threshold, minRatio: c.min_ratio, minAbsolute: minimums(c) };
    const popCapacity = Math.max(4 * c.history_windows, 256);
    const f = c.isolation_forest;
    const seed = opts.seed ?? 0x5eed;
    this.population = Object.fromEntries(IDENTITY_KINDS.map((k) => [k, new FeatureBaseline(NF, popCapacity, c.ewma_alpha)])) as Record<IdentityKind, FeatureBaseline>;
    this.forests = Object.fromEntries(
      IDENTITY_KINDS.map((k, i) => [k, new OutlierModel({ minSamples: f.min_samples, refitEvery: f.refit_every, reservoir: f.reservoir }, seed + i)]),
    ) as Record<IdentityKind, OutlierModel>;
  }

  get config(): BehaviourConfig {
    return this.opts.config;
  }

  /** Identities tracked now (bounded by `max_identities`). */
  get trackedIdentities(): number {
    return this.identities.size;
  }

  /** Closes ended windows on a timer driven by the injected clock, in slices of a few ms. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tickInSlices(), Math.min(this.windowMs / 4, 60_000));
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
    clearImmediate(this.slice);
    this.timer = undefined;
    this.slice = undefined;
  }

  /** `time` defaults to the event's; the gateway passes its clock so a replay can travel in time. */
  observe(e: BulwarkEvent, time: number = e.time): void {
    if (!this.opts.config.enabled) return;
    switch (e.type) {
      case 'request': {
        const volume = e.usage?.totalTokens ?? e.usage?.completionTokens ?? e.responseBytes ?? 0;
        const blocked = isScanBlock(e) ? 1 : 0;
        const ids: Array<[IdentityKind, string | undefined]> = [['address', e.sourceIp], ['key', e.keyId], ['principal', e.principalId]];
        for (const [kind, id] of ids) {
          if (id === undefined) continue;
          const s = this.touch(kind, id, time);
          const w = this.windowOf(s, time);
          w.values[F.requests]! += 1;
          w.values[F.volume]! += volume;
          w.values[F.blocked]! += blocked;
          if (kind === 'principal' && e.model) this.addModel(w, e.model);
          w.requestIds.push(e.requestId);
          if (w.requestIds.length > MAX_WINDOW_REQUEST_IDS) w.requestIds.shift();
          this.check(s, w, time);
        }
        return;
      }
      case 'auth.failed': {
        const s = this.touch('address', e.sourceIp, time);
        const w = this.windowOf(s, time);
        w.values[F.auth_failures]! += 1;
        this.check(s, w, time);
        return;
      }
      case 'authz.decision': {
        // Models a principal asked for but may not use count as touched too (probing).
        if (e.surface !== 'data' || !e.principalId || !e.resource?.startsWith('model:')) return;
        const s = this.touch('principal', e.principalId, time);
        const w = this.windowOf(s, time);
        this.addModel(w, e.resource.slice('model:'.length));
        this.check(s, w, time);
        return;
      }
      default:
        return;
    }
  }

  /** Closes every window that ended before `now`, all at once (tests, replays). */
  tick(now = this.clock()): void {
    this.collectEnded(now);
    this.closeQueued(Number.POSITIVE_INFINITY);
    this.finishTick();
  }

  /**
   * The timer's tick: thousands of identities may end a window together, so the closes run in
   * slices of SLICE_MS with the event loop free in between (requests keep flowing).
   */
  private tickInSlices(): void {
    if (this.slice) return;
    this.collectEnded(this.clock());
    const step = () => {
      this.slice = undefined;
      if (this.closeQueued(SLICE_MS)) this.finishTick();
      else this.slice = setImmediate(step);
    };
    step();
  }

  private collectEnded(now: number): void {
    for (const s of this.identities.values()) {
      if (s.window && now >= s.window.start + this.windowMs) {
        this.closing.push({ state: s, window: s.window, time: now });
        s.window = undefined;
      }
    }
  }

  /** Closes queued windows for at most `budgetMs`; true when the queue is empty. */
  private closeQueued(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    let i = 0;
    while (i < this.closing.length) {
      const c = this.closing[i++]!;
      this.closeWindow(c.state, c.window, c.time);
      if ((i & 63) === 0 && performance.now() > until) break;
    }
    this.closing.splice(0, i);
    return this.closing.length === 0;
  }

  private finishTick(): void {
    this.refreshPopulation();
    for (const k of IDENTITY_KINDS) this.forests[k].maintain();
  }

  private touch(kind: IdentityKind, rawId: string, time: number): IdentityState {
    const id = rawId.slice(0, 256);
    const key = `${kind}\u0000${id}`;
    // get() marks the identity most recently seen; set() past `max` forgets the least recent.
    let s = this.identities.get(key);
    if (s) return s;
    s = { kind, id, baseline: undefined, firstSeen: time, hours: kind === 'principal' ? new HourProfile(this.opts.config.unusual_hours.utc_offset_minutes) : undefined, window: undefined };
    this.identities.set(key, s);
    return s;
  }

  private windowOf(s: IdentityState, time: number): Window {
    // An ended window is closed on the timer, not here: learning costs more than an event should.
    if (s.window && time >= s.window.start + this.windowMs) {
      this.closing.push({ state: s, window: s.window, time });
      s.window = undefined;
    }
    if (!s.window) {
      s.window = newWindow(Math.floor(time / this.windowMs) * this.windowMs);
    }
    return s.window;
  }

  private addModel(w: Window, model: string): void {
    w.models ??= new Set();
    if (w.models.size < MAX_MODELS_PER_WINDOW) w.models.add(model);
    w.values[F.models] = w.models.size;
  }

  private baselineFor(s: IdentityState): { base: FeatureBaseline; scope: 'identity' | 'population' } | undefined {
    const min = this.opts.config.min_history;
    if (s.baseline && s.baseline.count >= min) return { base: s.baseline, scope: 'identity' };
    const pop = this.population[s.kind];
    return pop.count >= min ? { base: pop, scope: 'population' } : undefined;
  }

  private check(s: IdentityState, w: Window, time: number): void {
    const b = this.baselineFor(s);
    if (b) {
      for (const d of DETECTORS[s.kind]) {
        if (w.fired[d.feature] || !(w.values[d.feature]! > b.base.limit(d.feature))) continue;
        w.fired[d.feature] = 1;
        w.anyFired = true;
        this.opts.signal(deviationSignal(s, w, d, b.base, b.scope, time, this.opts.config.window_seconds));
      }
    }
    if (s.hours && !w.firedHours) this.checkHours(s, w, time);
  }

  private checkHours(s: IdentityState, w: Window, time: number): void {
    const u = this.opts.config.unusual_hours;
    const hours = s.hours!;
    if (!u.enabled || w.values[F.requests]! < u.min_requests || time - s.firstSeen < u.min_days * DAY_MS || hours.total === 0) return;
    const { hour, share } = hours.shareNear(time);
    if (share > u.max_share) return;
    w.firedHours = true;
    w.anyFired = true;
    this.opts.signal(unusualHourSignal(s, w, hour, share, u.max_share, time));
  }

  /** The forest sees shapes, not sizes alone: volume per request and the shares blocked and refused. */
  private forestRow(w: Window): number[] {
    const v = w.values;
    const requests = v[F.requests]!;
    const failures = v[F.auth_failures]!;
    return [Math.log1p(requests), Math.log1p(v[F.volume]! / Math.max(requests, 1)), v[F.models]!, v[F.blocked]! / Math.max(requests, 1), failures / (requests + failures || 1)];
  }

  private closeWindow(s: IdentityState, w: Window, now: number): void {
    const c = this.opts.config;
    const forest = this.forests[s.kind];
    const row = this.forestRow(w);
    if (c.isolation_forest.enabled && !w.anyFired) {
      const score = forest.score(row);
      if (score !== undefined && score > c.isolation_forest.score_threshold) {
        w.anyFired = true;
        this.opts.signal(outlierSignal(s, w, score, c.isolation_forest.score_threshold, Math.min(now, w.start + this.windowMs)));
      }
    }
    // Windows that raised an alert do not teach the baselines: an attack must not become normal.
    if (w.anyFired) return;
    s.baseline ??= new FeatureBaseline(NF, c.history_windows, c.ewma_alpha);
    s.baseline.learn(w.values);
    s.baseline.recompute(this.limits);
    this.population[s.kind].learn(w.values);
    this.dirty.add(s.kind);
    s.hours?.learn(w.start);
    if (c.isolation_forest.enabled) forest.learn(row);
  }

  private refreshPopulation(): void {
    for (const k of this.dirty) this.population[k].recompute(this.limits);
    this.dirty.clear();
  }

}
