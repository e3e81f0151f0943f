// The group-commit writer shares one promise per batch: every record of a batch gets the batch's
// outcome, and only that batch's, while batches queued behind it go on as if it never happened.
import { describe, expect, it } from 'vitest';
import { ChainHead, type SealedEntry } from './chain.ts';
import type { AuditSink } from './sinks/sink.ts';
import { verifyEntries } from './verify.ts';
import { AuditUnavailable, GroupCommitWriter } from './writer.ts';

class MemorySink implements AuditSink {
  readonly id = 'audit.sink.memory';
  readonly required = true;
  readonly batches: number[][] = [];
  async write(batch: readonly SealedEntry[]) {
    this.batches.push(batch.map((e) => e.seq));
  }
  async probe() {}
  async close() {}
}

const draft = (i: number, time = i) => ({ time, type: 'event', data: { i }, index: {} });

describe('group commit writer batches', () => {
  it('fails only the record that cannot be sealed', async () => {
    const sink = new MemorySink();
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 2, maxWaitUs: 0 });
    // Five records in one turn; the fourth has a NaN time, which canonical JSON cannot carry.
    const results = await Promise.allSettled([w.append(draft(1)), w.append(draft(2)), w.append(draft(3)), w.append(draft(4, Number.NaN)), w.append(draft(5))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(results[3]).toMatchObject({ reason: expect.any(TypeError) });
    // The refused record took no sequence number: the fifth record is entry 4.
    expect(sink.batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(w.head.seq).toBe(4);
    expect(w.stats).toMatchObject({ batches: 2, entries: 4 });
  });

  it('seals records queued behind a batch no sink took again, from the unchanged head', async () => {
    const entries: SealedEntry[] = [];
    let fail = true;
    const sink: AuditSink = {
      id: 'audit.sink.memory',
      required: true,
      write: async (b) => {
        const down = fail;
        await new Promise((r) => setTimeout(r, 5));
        if (down) throw new Error('down');
        entries.push(...b);
      },
      probe: async () => {},
      close: async () => {},
    };
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 100, maxWaitUs: 0 });
    const first = w.append(draft(1));
    await new Promise((r) => setImmediate(r));
    // Sealed after entry 1 while its batch is being written, then refused with it.
    const queued = [w.append(draft(2)), w.append(draft(3))];
    fail = false;
    await expect(first).rejects.toBeInstanceOf(AuditUnavailable);
    await Promise.all(queued);
    expect(entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(entries.map((e) => e.time)).toEqual([2, 3]);
    expect((await verifyEntries(entries)).ok).toBe(true);
    expect(w.head.seq).toBe(2);
  });

  it('gives records appended while a batch is being written the next batch', async () => {
    const sink = new MemorySink();
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 100, maxWaitUs: 0 });
    const first = w.append(draft(1));
    await new Promise((r) => setImmediate(r));
    const later = [w.append(draft(2)), w.append(draft(3))];
    await Promise.all([first, ...later]);
    expect(sink.batches).toEqual([[1], [2, 3]]);
    await w.flush();
    expect(w.head.seq).toBe(3);
  });

  it('keeps the chain whole over many shared batches', async () => {
    const entries: SealedEntry[] = [];
    const sink: AuditSink = { id: 'audit.sink.memory', required: true, write: async (b) => void entries.push(...b), probe: async () => {}, close: async () => {} };
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 7, maxWaitUs: 0 });
    for (let wave = 0; wave < 5; wave++) await Promise.all(Array.from({ length: 50 }, (_, i) => w.append(draft(wave * 50 + i))));
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect((await verifyEntries(entries)).ok).toBe(true);
  });

  it('refuses new records while too many wait for a stalled sink, and takes them again once it moves', async () => {
    let release!: () => void;
    const stalled = new Promise<void>((r) => {
      release = r;
    });
    const sink: AuditSink = { id: 'audit.sink.memory', required: true, write: () => stalled, probe: async () => {}, close: async () => {} };
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 10, maxWaitUs: 0, maxQueued: 20 });
    const first = w.append(draft(0));
    await new Promise((r) => setImmediate(r));
    // The first batch is with the sink; twenty more wait behind it, the next is refused.
    const waiting = Array.from({ length: 20 }, (_, i) => w.append(draft(i + 1)));
    await expect(w.append(draft(21))).rejects.toMatchObject({ failedSinks: ['queue full'] });
    release();
    await Promise.all([first, ...waiting]);
    await w.append(draft(22));
    expect(w.head.seq).toBe(22);
  });
});
