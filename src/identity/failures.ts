// Counts refused credentials per source address and per key prefix over a sliding window, for
// metrics now and alerts later (brute force, a leaked-then-revoked key still in use). The maps
// are bounded so a flood of spoofed sources cannot grow memory without limit.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { AuthFailureEvent, EventBus } from '../events/bus.ts';

const WINDOW_MS = 10 * 60_000;
const MAX_TRACKED = 10_000;

class WindowCounter {
  private readonly counts = new Map<string, { start: number; n: number }>();

  hit(key: string, now: number): number {
    let c = this.counts.get(key);
    if (!c || now - c.start > WINDOW_MS) {
      if (!c && this.counts.size >= MAX_TRACKED) this.evict(now);
      c = { start: now, n: 0 };
      this.counts.set(key, c);
    }
    return ++c.n;
  }

  private evict(now: number): void {
    for (const [k, c] of this.counts) if (now - c.start > WINDOW_MS) this.counts.delete(k);
    // Still full: drop the oldest entries (Map keeps insertion order).
    for (const k of this.counts.keys()) {
      if (this.counts.size < MAX_TRACKED) break;
      this.counts.delete(k);
    }
  }

  get size(): number {
    return this.counts.size;
  }

  top(n: number): Array<{ key: string; count: number }> {
    return [...this.counts].map(([key, c]) => ({ key, count: c.n })).sort((a, b) => b.count - a.count).slice(0, n);
  }
}

export interface FailureInput {
  readonly surface: 'data' | 'admin';
  readonly sourceIp: string;
  readonly keyPrefix?: string | undefined;
  readonly reason: string;
  readonly requestId?: string;
}

export class AuthFailureTracker {
  private readonly bySource = new WindowCounter();
  private readonly byPrefix = new WindowCounter();
  private readonly total: Counter;

  constructor(
    private readonly bus: EventBus,
    registry: Registry,
    private readonly now: () => number = Date.now,
  ) {
    this.total = new Counter({ name: 'bulwark_auth_failures_total', help: 'Refused credentials by surface and reason', labelNames: ['surface', 'reason'], registers: [registry] });
    const self = this;
    new Gauge({
      name: 'bulwark_auth_failure_sources',
      help: 'Distinct source addresses with refused credentials in the last 10 minutes',
      registers: [registry],
      collect() {
        this.set(self.bySource.size);
      },
    });
    new Gauge({
      name: 'bulwark_auth_failure_key_prefixes',
      help: 'Distinct key prefixes refused in the last 10 minutes',
      registers: [registry],
      collect() {
        this.set(self.byPrefix.size);
      },
    });
  }

  record(f: FailureInput): AuthFailureEvent {
    const now = this.now();
    this.total.inc({ surface: f.surface, reason: f.reason });
    const recentFromSource = this.bySource.hit(f.sourceIp, now);
    if (f.keyPrefix) this.byPrefix.hit(f.keyPrefix, now);
    const event: AuthFailureEvent = {
      type: 'auth.failed',
      time: now,
      surface: f.surface,
      sourceIp: f.sourceIp,
      reason: f.reason,
      recentFromSource,
      ...(f.requestId ? { requestId: f.requestId } : {}),
      ...(f.keyPrefix ? { keyPrefix: f.keyPrefix } : {}),
    };
    this.bus.emit(event);
    return event;
  }

  /** The sources and key prefixes with the most failures in the window (for the admin API). */
  summary(n = 20): { sources: Array<{ key: string; count: number }>; keyPrefixes: Array<{ key: string; count: number }> } {
    return { sources: this.bySource.top(n), keyPrefixes: this.byPrefix.top(n) };
  }
}
