// The group-commit writer shares one promise per batch: every record of a batch gets the batch's
// outcome, and only that batch's, while batches queued behind it go on as if it never happened.
import { describe, expect, it } from 'vitest';
import { ChainHead, type SealedEntry } from './chain.ts';
import type { AuditSink } from './sinks/sink.ts';
import { verifyEntries } from './verify.ts';
import { GroupCommitWriter } from './writer.ts';

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
  it('fails a batch that cannot be sealed as a whole, and only that batch', async () => {
    const sink = new MemorySink();
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [sink], { maxEntries: 2, maxWaitUs: 0 });
    // Five records in one turn: batches [1, 2], [3, NaN time], [5]. NaN cannot be canonical JSON.
    const results = await Promise.allSettled([w.append(draft(1)), w.append(draft(2)), w.append(draft(3)), w.append(draft(4, Number.NaN)), w.append(draft(5))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(results[2]).toMatchObject({ reason: expect.any(TypeError) });
    // The refused batch took no sequence numbers: the third batch continues the chain at 3.
    expect(sink.batches).toEqual([[1, 2], [3]]);
    expect(w.head.seq).toBe(3);
    expect(w.stats).toMatchObject({ batches: 2, entries: 3 });
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
});
