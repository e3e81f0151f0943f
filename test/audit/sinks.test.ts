// Sinks and group commit: the file sink verifies on its own; a sink that misses batches catches
// up with no gap; a required sink that fails refuses the request; a batch nobody took leaves the
// chain head where it was; a sink that fails its probe stops start-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainHead, type SealedEntry } from '../../src/audit/chain.ts';
import { AuditLog } from '../../src/audit/log.ts';
import type { AuditSink } from '../../src/audit/sinks/sink.ts';
import { verifyEntries } from '../../src/audit/verify.ts';
import { verifyJsonl } from '../../src/audit/verify-sources.ts';
import { AuditUnavailable, GroupCommitWriter } from '../../src/audit/writer.ts';
import { AuditSchema } from '../../src/config/audit-schema.ts';
import { type Store, openStore } from '../../src/store/store.ts';

/** An in-memory sink that can be made to fail: stands in for a remote sink going away. */
class FlakySink implements AuditSink {
  readonly id = 'audit.sink.memory';
  readonly entries: SealedEntry[] = [];
  failing = false;
  constructor(readonly required: boolean) {}
  async write(batch: readonly SealedEntry[]) {
    if (this.failing) throw new Error('sink down');
    this.entries.push(...batch);
  }
  async probe() {
    if (this.failing) throw new Error('sink down');
  }
  async close() {}
}

const draft = (i: number) => ({ time: i, type: 'event', data: { i }, index: {} });

describe('group commit writer', () => {
  it('lets a lagging sink catch up with no gap, and refuses while a required sink is down', async () => {
    const main = new FlakySink(true);
    const side = new FlakySink(true);
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [main, side], { maxEntries: 100, maxWaitUs: 0 });
    await Promise.all([1, 2, 3].map((i) => w.append(draft(i))));
    side.failing = true;
    const refused = await Promise.allSettled([4, 5].map((i) => w.append(draft(i))));
    expect(refused.every((r) => r.status === 'rejected' && r.reason instanceof AuditUnavailable)).toBe(true);
    side.failing = false;
    await w.append(draft(6));
    expect(side.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(main.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await verifyEntries(side.entries)).ok).toBe(true);
  });

  it('leaves the head where it was when no sink took a batch', async () => {
    const only = new FlakySink(true);
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [only], { maxEntries: 100, maxWaitUs: 0 });
    await w.append(draft(1));
    only.failing = true;
    await expect(w.append(draft(2))).rejects.toBeInstanceOf(AuditUnavailable);
    expect(w.head.seq).toBe(1);
    only.failing = false;
    await w.append(draft(3));
    expect(only.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect((await verifyEntries(only.entries)).ok).toBe(true);
  });

  it('commits at once when idle, and waits out max_wait_us only under load', async () => {
    const s = new FlakySink(true);
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [s], { maxEntries: 100, maxWaitUs: 100_000 });
    const t0 = performance.now();
    await w.append(draft(1));
    expect(performance.now() - t0).toBeLessThan(50);
    // Right after a batch (once it is done), a record waits for company for up to the window.
    await new Promise((r) => setImmediate(r));
    const t1 = performance.now();
    await w.append(draft(2));
    expect(performance.now() - t1).toBeGreaterThanOrEqual(90);
    expect(s.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('batches what arrives together and honours max_entries', async () => {
    const s = new FlakySink(true);
    const w = new GroupCommitWriter(ChainHead.fresh('w'), [s], { maxEntries: 64, maxWaitUs: 0 });
    await Promise.all(Array.from({ length: 640 }, (_, i) => w.append(draft(i))));
    expect(w.stats.batches).toBe(10);
    await w.close();
    await expect(w.append(draft(0))).rejects.toBeInstanceOf(AuditUnavailable);
  });
});

describe('audit sinks', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-sinks-'));
    store = await openStore({ dataDir: dir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a file sink that verifies on its own', async () => {
    const log = await AuditLog.open({ store, dataDir: dir, config: AuditSchema.parse({ sinks: { file: { path: 'audit.jsonl' } } }) });
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.recordEvent('admin.action', { actorId: 'p_a', action: 'key.create', apiKey: `secret-${i}` })));
    await log.close();
    const r = await verifyJsonl(join(dir, 'audit.jsonl'), { trustedKeys: [log.keys.publicKeyPem], checkpointFile: log.checkpointFile });
    expect(r).toMatchObject({ ok: true, entries: 52 });
    const text = (await import('node:fs')).readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    expect(text).not.toContain('secret-1');
    expect(text).toContain(log.hash('secret-1'));
  });

  it('does not start when a sink fails its probe', async () => {
    const down = new FlakySink(false);
    down.failing = true;
    await expect(AuditLog.open({ store, dataDir: dir, extraSinks: [down] })).rejects.toThrow(/audit.sink.memory failed its probe/);
  });
});
