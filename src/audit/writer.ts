// Group commit: records are sealed onto the chain as they arrive (while the previous batch is
// being written), and those that arrive in the same event-loop turn, or while a batch is being
// written (or, under load, within max_wait_us), are written together in one transaction / one
// fsync per sink. A sink that misses a batch keeps it as backlog and writes it first next time,
// so a recovered sink has no gap; a batch no sink took leaves the chain head where it was, and
// the records sealed after it are sealed again from there.
import { type ChainHead, type EntryDraft, type SealedEntry, sealEntry } from './chain.ts';
import type { AuditSink } from './sinks/sink.ts';

/**
 * Drafts sealed to be committed together, and the one promise their callers share: a batch
 * succeeds or fails as a whole, so one promise per batch (not per entry) says it all.
 */
interface Batch {
  readonly drafts: EntryDraft[];
  /** The drafts sealed, one for one, continuing from the batch before. */
  readonly sealed: SealedEntry[];
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
  return { drafts: [], sealed: [], done, resolve, reject };
}

export class AuditUnavailable extends Error {
  constructor(readonly failedSinks: readonly string[]) {
    super(`audit sinks could not record: ${failedSinks.join(', ') || 'none configured'}`);
    this.name = 'AuditUnavailable';
  }
}

/** How many entries a lagging sink may owe before it is given up on (memory bound). */
const MAX_BACKLOG = 200_000;
/** How many sealed entries may wait for the sinks before new records are refused (memory bound). */
const MAX_QUEUED = 100_000;


export interface WriterOptions {
  readonly maxEntries: number;
  readonly maxWaitUs: number;
  /** Sealed entries that may wait for the sinks before new records are refused (default 100,000). */
  readonly maxQueued?: number;
  /** Called after each committed batch (checkpoints hang here). */
  readonly onCommit?: (last: SealedEntry) => void;
  readonly onSinkError?: (sink: string, err: unknown) => void;
}

export class GroupCommitWriter {
  /** Batches waiting to be committed, oldest first; only the last one takes new drafts. */
  private queue: Batch[] = [];
  private queued = 0;
  /** The last entry sealed while batches are queued or being written: where the next record is sealed. */
  private tip: { seq: number; hash: string };
  /** The batch the sinks are writing now. */
  private writing: Batch | undefined;
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
    this.tip = head;
  }

  append(draft: EntryDraft): Promise<void> {
    if (this.closed) return Promise.reject(new AuditUnavailable(['closed']));
    if (this.queued >= (this.opts.maxQueued ?? MAX_QUEUED)) return Promise.reject(new AuditUnavailable(['queue full']));
    let entry: SealedEntry;
    // With nothing queued or being written, the chain continues from the committed head.
    const prev = this.writing || this.queue.length > 0 ? this.tip : this.head;
    try {
      entry = sealEntry(this.head.chain, prev.seq + 1, prev.hash, draft);
    } catch (e) {
      // Only this record fails (data JSON cannot carry): it takes no sequence number.
      return Promise.reject(e as Error);
    }
    this.tip = entry;
    let batch = this.queue[this.queue.length - 1];
    if (!batch || batch.drafts.length >= this.opts.maxEntries) {
      batch = openBatch();
      this.queue.push(batch);
    }
    batch.drafts.push(draft);
    batch.sealed.push(entry);
    this.queued += 1;
    this.schedule();
    return batch.done;
  }

  /** After a batch no sink took: the queued records are sealed again, from the unchanged head. */
  private reseal(): void {
    let prev: { seq: number; hash: string } = this.head;
    for (const b of this.queue) {
      for (let i = 0; i < b.drafts.length; i++) {
        const e = sealEntry(this.head.chain, prev.seq + 1, prev.hash, b.drafts[i]!);
        b.sealed[i] = e;
        prev = e;
      }
    }
    this.tip = { seq: prev.seq, hash: prev.hash };
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

  /**
   * Writes the queued batches one after another. The next batch goes to the sinks as soon as the
   * one before is settled and before its callers are released: they then seal their next records
   * while that batch is being written, so sealing and writing overlap instead of taking turns.
   */
  private async drain(): Promise<void> {
    let batch = this.dispatch();
    while (batch) {
      const outcome = this.settle(batch.batch, await batch.results);
      const following = this.dispatch();
      if (outcome.failure) batch.batch.reject(outcome.failure);
      else batch.batch.resolve();
      if (outcome.committed) this.opts.onCommit?.(batch.batch.sealed[batch.batch.sealed.length - 1]!);
      batch = following;
    }
  }

  /** Sends the oldest queued batch to every sink (each sink is called before this returns). */
  private dispatch(): { batch: Batch; results: Promise<PromiseSettledResult<void>[]> } | undefined {
    const batch = this.queue.shift();
    this.writing = batch;
    if (!batch) return undefined;
    this.queued -= batch.drafts.length;
    const sealed = batch.sealed;
    const results = Promise.allSettled(
      this.sinks.map((s) => {
        const owed = this.backlog.get(s)!;
        try {
          return s.write(owed.length > 0 ? [...owed, ...sealed] : sealed);
        } catch (e) {
          return Promise.reject(e as Error);
        }
      }),
    );
    return { batch, results };
  }

  /** Moves the head and the sinks' backlogs after a batch; says whether it is on the chain and how its callers fare. */
  private settle(batch: Batch, results: readonly PromiseSettledResult<void>[]): { committed: boolean; failure?: AuditUnavailable } {
    const sealed = batch.sealed;
    const wrote = results.map((r) => r.status === 'fulfilled');
    const failed = this.sinks.filter((_, i) => !wrote[i]);
    results.forEach((r, i) => {
      if (r.status === 'rejected') this.opts.onSinkError?.(this.sinks[i]!.id, r.reason);
    });
    if (!wrote.some(Boolean)) {
      // Nobody has these entries: the chain stays where it was, and the callers fail.
      this.stats.failedBatches += 1;
      this.reseal();
      return { committed: false, failure: new AuditUnavailable(failed.map((s) => s.id)) };
    }
    this.head.advance(sealed[sealed.length - 1]!);
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
    if (requiredFailed.length === 0) return { committed: true };
    this.stats.failedBatches += 1;
    return { committed: true, failure: new AuditUnavailable(requiredFailed.map((s) => s.id)) };
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
