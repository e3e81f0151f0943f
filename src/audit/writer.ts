// Group commit: concurrent record() calls that arrive in the same event-loop turn (or, under load,
// within max_wait_us) are sealed onto the chain together and written in one transaction / one fsync per
// sink. A sink that misses a batch keeps it as backlog and writes it first next time, so a
// recovered sink has no gap; a batch no sink took leaves the chain head where it was.
import { ChainHead, type EntryDraft, type SealedEntry } from './chain.ts';
import type { AuditSink } from './sinks/sink.ts';

interface Pending {
  readonly draft: EntryDraft;
  readonly resolve: () => void;
  readonly reject: (e: Error) => void;
}

export class AuditUnavailable extends Error {
  constructor(readonly failedSinks: readonly string[]) {
    super(`audit sinks could not record: ${failedSinks.join(', ') || 'none configured'}`);
    this.name = 'AuditUnavailable';
  }
}

/** How many entries a lagging sink may owe before it is given up on (memory bound). */
const MAX_BACKLOG = 200_000;

export interface WriterOptions {
  readonly maxEntries: number;
  readonly maxWaitUs: number;
  /** Called after each committed batch (checkpoints hang here). */
  readonly onCommit?: (last: SealedEntry) => void;
  readonly onSinkError?: (sink: string, err: unknown) => void;
}

export class GroupCommitWriter {
  private queue: Pending[] = [];
  private scheduled = false;
  private flushing: Promise<void> | undefined;
  private readonly backlog = new Map<AuditSink, SealedEntry[]>();
  private closed = false;
  /** When the last batch was committed (performance.now() ms): the window only applies under load. */
  private lastCommitAt = Number.NEGATIVE_INFINITY;
  /** Batches and entries committed, for metrics and the benchmark. */
  readonly stats = { batches: 0, entries: 0, failedBatches: 0 };

  constructor(
    readonly head: ChainHead,
    private readonly sinks: readonly AuditSink[],
    private readonly opts: WriterOptions,
  ) {
    if (sinks.length === 0) throw new Error('the audit log needs at least one sink');
    for (const s of sinks) this.backlog.set(s, []);
  }

  append(draft: EntryDraft): Promise<void> {
    if (this.closed) return Promise.reject(new AuditUnavailable(['closed']));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ draft, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.flushing = this.drain().finally(() => {
        this.flushing = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    };
    // An idle writer (no batch within the window) commits at once: waiting only helps when more
    // records are on their way, and one request alone would pay the whole window (and setTimeout's
    // 1 ms floor). Records arriving in the same event-loop turn still share the batch.
    const idle = performance.now() - this.lastCommitAt > this.opts.maxWaitUs / 1000;
    if (this.queue.length >= this.opts.maxEntries || this.opts.maxWaitUs === 0 || idle) setImmediate(run);
    else setTimeout(run, Math.max(1, Math.round(this.opts.maxWaitUs / 1000)));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.opts.maxEntries);
      await this.commit(batch);
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    let sealed: SealedEntry[];
    try {
      sealed = this.head.seal(batch.map((p) => p.draft));
    } catch (e) {
      for (const p of batch) p.reject(e as Error);
      return;
    }
    const results = await Promise.allSettled(
      this.sinks.map(async (s) => {
        const owed = this.backlog.get(s)!;
        await s.write(owed.length > 0 ? [...owed, ...sealed] : sealed);
      }),
    );
    const wrote = results.map((r) => r.status === 'fulfilled');
    const failed = this.sinks.filter((_, i) => !wrote[i]);
    results.forEach((r, i) => {
      if (r.status === 'rejected') this.opts.onSinkError?.(this.sinks[i]!.id, r.reason);
    });
    if (!wrote.some(Boolean)) {
      // Nobody has these entries: the chain stays where it was, and the callers fail.
      this.stats.failedBatches += 1;
      const err = new AuditUnavailable(failed.map((s) => s.id));
      for (const p of batch) p.reject(err);
      return;
    }
    const last = sealed[sealed.length - 1]!;
    this.head.advance(last);
    this.lastCommitAt = performance.now();
    this.sinks.forEach((s, i) => {
      if (wrote[i]) this.backlog.set(s, []);
      else {
        const owed = this.backlog.get(s)!;
        owed.push(...sealed);
        if (owed.length > MAX_BACKLOG) owed.splice(0, owed.length - MAX_BACKLOG);
      }
    });
    this.stats.batches += 1;
    this.stats.entries += sealed.length;
    const requiredFailed = failed.filter((s) => s.required);
    if (requiredFailed.length > 0) {
      this.stats.failedBatches += 1;
      const err = new AuditUnavailable(requiredFailed.map((s) => s.id));
      for (const p of batch) p.reject(err);
    } else {
      for (const p of batch) p.resolve();
    }
    this.opts.onCommit?.(last);
  }

  /** Waits for everything queued so far to be committed (or refused). */
  async flush(): Promise<void> {
    while (this.flushing || this.queue.length > 0 || this.scheduled) {
      if (this.flushing) await this.flushing;
      else await new Promise((r) => setImmediate(r));
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
  }
}
