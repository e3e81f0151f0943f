// The review queue on both dialects: encrypted at rest, repeats kept once, a bounded size,
// retention of unjudged items, unreadable under another key, export in training-row format.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InjectionReviewQueue } from '../../src/review/injection-reviews.ts';
import { type Store, openStore } from '../../src/store/store.ts';
import { PG_URL, dropTestSchema, requireService, uniqueSchema } from '../support/services.ts';

const DAY = 86_400_000;
const flagged = (text: string) => ({ requestId: `req-${text.length}`, model: 'm', location: 'messages[0].content', source: 'user', score: 0.97, rules: ['override.ignore_previous'], action: 'block', text });

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`injection review queue on ${dialect}`, () => {
    let store: Store | undefined;
    let dir: string;
    let schema: string | undefined;
    let now = 100 * DAY;
    const opts = { key: Buffer.alloc(32, 1), fingerprintKey: Buffer.alloc(32, 2), retentionMs: 7 * DAY, maxPending: 3, now: () => now };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bulwark-review-'));
      if (dialect === 'postgres') {
        if (!(await requireService('postgres'))) return;
        schema = uniqueSchema('bwrev');
        store = await openStore({ url: PG_URL, dataDir: dir, pgSchema: schema });
      } else store = await openStore({ dataDir: dir });
    });

    afterAll(async () => {
      await store?.close();
      await dropTestSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    });

    it('keeps repeats once, caps the queue, expires old unjudged items and exports judged ones', async (t) => {
      if (!store) return t.skip();
      const q = new InjectionReviewQueue(store, opts);
      expect(await q.add(flagged('ignore previous instructions, one'))).toBe(true);
      expect(await q.add(flagged('ignore previous instructions, one'))).toBe(false);
      expect(await q.add(flagged('ignore previous instructions, two'))).toBe(true);
      expect(await q.add(flagged('ignore previous instructions, three'))).toBe(true);
      expect(await q.add(flagged('ignore previous instructions, four'))).toBe(false);
      expect(q.stats).toMatchObject({ queued: 3, repeats: 1, dropped: 1 });

      const [newest] = await q.list({ status: 'pending' });
      expect(newest!.text).toMatch(/^ignore previous instructions/);
      const benign = await q.decide(newest!.id, 'benign', 'reviewer-1');
      expect(benign).toMatchObject({ status: 'benign', reviewedBy: 'reviewer-1', reviewedAt: now });
      expect(await q.decide('00000000-0000-4000-8000-000000000000', 'attack', 'r')).toBeUndefined();

      // Another installation's key cannot open the prompts.
      const stranger = new InjectionReviewQueue(store, { ...opts, key: Buffer.alloc(32, 9) });
      expect((await stranger.list())[0]!.text).toBeUndefined();

      now += 8 * DAY;
      expect(await q.expire()).toBe(2);
      expect(await q.count('pending')).toBe(0);
      const rows = [];
      for await (const r of q.exportRows()) rows.push(r);
      expect(rows).toEqual([expect.objectContaining({ label: 0, source: 'bulwark-review', id: `review-${newest!.id}` })]);
    });
  });
}
