// The store sink's handle on its SQLite writer thread: sends batches, probes and the close in
// order and resolves each with the thread's answer. A thread that dies fails what it held and is
// started again on the next call, so a crash costs the batches in flight, never the sink.
import type { Worker } from 'node:worker_threads';
import type { SealedEntry } from '../chain.ts';
import { startAuditWorker } from '../workers.ts';
import { type WriterReply, type WriterRequest, type WriterSetup, flatRows } from './sqlite-writer-protocol.ts';

/** An error the thread reported, with SQLite's code kept (SQLITE_BUSY, SQLITE_ERROR, ...). */
export class SqliteWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'SqliteWriteError';
  }
}

type Pending = { resolve(): void; reject(e: Error): void };

/** Distributes WriterRequest over its union members, so `op` narrows the rest. */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class SqliteWriterThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Once closing, the thread stays referenced until it has exited. */
  private closing = false;

  constructor(private readonly setup: WriterSetup) {}

  write(batch: readonly SealedEntry[]): Promise<void> {
    return this.send({ op: 'write', rows: flatRows(batch) });
  }

  probe(): Promise<void> {
    return this.send({ op: 'probe' });
  }

  async close(): Promise<void> {
    const w = this.worker;
    if (!w) return;
    const exited = new Promise<void>((r) => w.once('exit', () => r()));
    this.closing = true;
    w.ref();
    await this.send({ op: 'close' }).catch(() => {});
    await exited;
  }

  private send(req: Without<WriterRequest, 'id'>): Promise<void> {
    const w = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      // Held open only while it owes an answer: an idle writer never keeps the process alive.
      if (this.pending.size === 0) w.ref();
      this.pending.set(id, { resolve, reject });
      w.postMessage({ ...req, id } as WriterRequest);
    });
  }

  private start(): Worker {
    const w = startAuditWorker('sqlite-writer', this.setup);
    w.on('message', (m: WriterReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0 && !this.closing) w.unref();
      if (m.ok) p.resolve();
      else p.reject(new SqliteWriteError(m.error.message, m.error.code));
    });
    const gone = (why: Error) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(why);
      this.pending.clear();
    };
    w.on('error', (e) => gone(new SqliteWriteError(`the audit writer thread failed: ${e.message}`, (e as { code?: string }).code)));
    w.on('exit', (code) => gone(new SqliteWriteError(`the audit writer thread exited (${code})`, undefined)));
    w.unref();
    this.worker = w;
    return w;
  }
}
