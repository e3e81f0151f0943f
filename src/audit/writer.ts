// Group commit: concurrent record() calls that arrive in the same event-loop turn (or, under load,
// within max_wait_us) are sealed onto the chain together and written in one transaction / one fsync per
// sink. A sink that misses a batch keeps it as backlog and writes it first next time, so a
// recovered sink has no gap; a batch no sink took leaves the chain head where it was.
import { ChainHead, type EntryDraft, type SealedEntry } from './chain.ts';
import type { AuditSink } from './sinks/sink.ts';

/**
 * Drafts that will be sealed and committed together, and the one promise their callers share:
 * a batch succeeds or fails as a whole, so one promise per batch (not per entry) says it all.
 */
interface Batch {
  readonly drafts: EntryDraft[];
  readonly done: Promise<void>;
  resolve(): void;
  reject(e: Error): void;
}

function openBatch(): Batch {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { drafts: [], done, resolve, reject };
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
  /** Batches waiting to be committed, oldest first; only the last one takes new drafts. */
  private queue: Batch[] = [];
  private queued = 0;
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
    let batch = this.queue[this.queue.length - 1];
    if (!batch || batch.drafts.length >= this.opts.maxEntries) {
      batch = openBatch();
      this.queue.push(batch);
    }
    batch.drafts.push(draft);
    this.queued += 1;
    this.schedule();
    return batch.done;
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
    if (this.queued >= this.opts.maxEntries || this.opts.maxWaitUs === 0 || idle) setImmediate(run);
    else setTimeout(run, Math.max(1, Math.round(this.opts.maxWaitUs / 1000)));
  }

  private async drain(): Promise<void> {
    for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
      this.queued -= batch.drafts.length;
      await this.commit(batch);
    }
  }

  private async commit(batch: Batch): Promise<void> {
    let sealed: SealedEntry[];
    try {
      sealed = this.head.seal(batch.drafts);
    } catch (e) {
      batch.reject(e as Error);
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
      batch.reject(new AuditUnavailable(failed.map((s) => s.id)));
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
      batch.reject(new AuditUnavailable(requiredFailed.map((s) => s.id)));
    } else {
      batch.resolve();
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
