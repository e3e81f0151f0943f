// The limit engine: charge every window of every subject of a request at once (one pipelined
// Redis round trip), admit only if all have room, then release slots and reconcile tokens.
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { CounterBackend, WindowCounter } from './backend.ts';
import { type HeaderItems, type WindowState, headerItems, secondsUntil } from './headers.ts';
import type { SubjectKind, WindowLimit, WindowName, WindowUnit } from './windows.ts';

/** A window of a subject kind at its limit, with its counter: computed once per policy. */
export interface PlannedWindow extends WindowLimit {
  readonly counter: WindowCounter;
  /** `key.requests_per_minute`: the header policy name and the finding rule. */
  readonly policy: string;
  readonly items: HeaderItems;
}

/** One subject of a request (this key, this address, …) and its windows. */
export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
  readonly windows: readonly PlannedWindow[];
}

export interface Exceeded {
  readonly subject: SubjectKind;
  readonly window: WindowName;
  readonly unit: WindowUnit;
  readonly limit: number;
  readonly policy: string;
  readonly retryAfterMs: number;
}

/** What an admitted request holds until it ends: concurrency slots and its token charge. */
export interface Holding {
  readonly tokens: number;
  readonly entries: readonly HeldCharge[];
}

interface HeldCharge {
  readonly counter: WindowCounter;
  readonly key: string;
  readonly unit: 'tokens' | 'concurrent';
  readonly points: number;
  /** When the window the charge fell into ends (ms since the epoch): no refund into a later one. */
  readonly endsAt: number;
}

export interface Admission {
  readonly admitted: boolean;
  /** Every window's state after this request, for the RateLimit fields. */
  readonly states: readonly WindowState[];
  readonly exceeded: readonly Exceeded[];
  /** With a rejection: seconds until every exceeded window has room again. */
  readonly retryAfterSeconds?: number;
  readonly holding?: Holding;
}

/** A counter failed for another reason than a full window (Redis down without insurance). */
export class LimitBackendError extends Error {}

interface Check {
  readonly w: PlannedWindow;
  readonly subject: SubjectKind;
  readonly key: string;
  readonly points: number;
  res: RateLimiterRes | undefined;
  over: boolean;
}

const NONE: readonly Exceeded[] = Object.freeze([]);

// A full concurrency limit frees when some request ends; we cannot know when, so say 1 s.
const CONCURRENCY_RETRY_MS = 1_000;

export class LimitEngine {
  constructor(readonly backend: CounterBackend) {}

  /** The windows of one subject kind at the given limits (in policy order). */
  plan(kind: SubjectKind, limits: readonly WindowLimit[]): PlannedWindow[] {
    return limits.map((l) => {
      const policy = `${kind}.${l.window.name}`;
      return { ...l, counter: this.backend.counter(l.window, l.limit), policy, items: headerItems(policy, l) };
    });
  }

  /** Charges `tokens` to token windows (skipped when 0), 1 to request and concurrency windows. */
  async admit(subjects: readonly Subject[], tokens: number): Promise<Admission> {
    const checks: Check[] = [];
    for (const s of subjects) {
      // One string per subject, shared by its windows (its hash is computed once).
      const key = `${s.kind}:${s.id}`;
      for (const w of s.windows) {
        if (w.window.unit !== 'tokens') checks.push({ w, subject: s.kind, key, points: 1, res: undefined, over: false });
        else if (tokens > 0) checks.push({ w, subject: s.kind, key, points: tokens, res: undefined, over: false });
      }
    }
    if (checks.length === 0) return { admitted: true, states: [], exceeded: [] };
    let fault: unknown;
    // All at once: with Redis, auto-pipelining sends them in one write. A full window rejects
    // with its result; anything else is a fault.
    await Promise.all(
      checks.map((c) =>
        c.w.counter.consume(c.key, c.points).then(
          (res) => {
            c.res = res;
          },
          (err: unknown) => {
            if (err instanceof RateLimiterRes) {
              c.res = err;
              c.over = true;
            } else fault ??= err;
          },
        ),
      ),
    );
    const now = Date.now();
    const states: WindowState[] = [];
    const charges: HeldCharge[] = [];
    let exceeded: Exceeded[] | undefined;
    for (const c of checks) {
      const res = c.res;
      if (!res) continue;
      const unit = c.w.window.unit;
      // A counter that only counts (memory) never refuses: the limit is checked here for all.
      if (res.consumedPoints > c.w.limit) c.over = true;
      if (unit !== 'requests') charges.push({ counter: c.w.counter, key: c.key, unit, points: c.points, endsAt: now + (res.msBeforeNext > 0 ? res.msBeforeNext : 0) });
      states.push({ policy: c.w.policy, items: c.w.items, remaining: Math.max(0, Math.min(res.remainingPoints, c.w.limit - res.consumedPoints)), resetSeconds: unit === 'concurrent' ? undefined : secondsUntil(res.msBeforeNext) });
      if (c.over) {
        (exceeded ??= []).push({ subject: c.subject, window: c.w.window.name, unit, limit: c.w.limit, policy: c.w.policy, retryAfterMs: unit === 'concurrent' ? CONCURRENCY_RETRY_MS : res.msBeforeNext });
      }
    }
    if (fault !== undefined || exceeded) {
      // Not admitted: nothing is held. Request windows keep the attempt (a refused flood still counts).
      await this.undo(charges);
      if (fault !== undefined) throw new LimitBackendError(`a limit counter failed: ${(fault as Error)?.message ?? String(fault)}`);
      const retryMs = Math.max(...exceeded!.map((e) => e.retryAfterMs));
      return { admitted: false, states, exceeded: exceeded!, retryAfterSeconds: Math.max(1, secondsUntil(retryMs)) };
    }
    return { admitted: true, states, exceeded: NONE, ...(charges.length > 0 ? { holding: { tokens, entries: charges } } : {}) };
  }

  /**
   * Ends a request: frees its concurrency slots and moves its token charge to `usedTokens`
   * (refund or extra charge; undefined keeps the estimate). A refund never reaches into a window
   * that started after the charge, so it cannot create credit there.
   */
  async release(holding: Holding, usedTokens: number | undefined): Promise<void> {
    const now = Date.now();
    const ops: Promise<unknown>[] = [];
    for (const h of holding.entries) {
      if (h.unit === 'concurrent') {
        if (now < h.endsAt) ops.push(h.counter.reward(h.key, 1));
        continue;
      }
      if (usedTokens === undefined) continue;
      const diff = usedTokens - holding.tokens;
      if (diff > 0) ops.push(h.counter.penalty(h.key, diff));
      else if (diff < 0 && now < h.endsAt) ops.push(h.counter.reward(h.key, -diff));
    }
    const done = await Promise.allSettled(ops);
    const failed = done.find((d) => d.status === 'rejected');
    if (failed) throw new LimitBackendError(`releasing a limit failed: ${((failed as PromiseRejectedResult).reason as Error)?.message}`);
  }

  private async undo(charges: readonly HeldCharge[]): Promise<void> {
    if (charges.length === 0) return;
    await Promise.allSettled(charges.map((h) => h.counter.reward(h.key, h.points)));
  }
}
