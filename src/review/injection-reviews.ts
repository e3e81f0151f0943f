// The review queue of the injection detector's self-hardening loop: prompts the guard flagged are
// kept encrypted until a reviewer judges them attack or benign; judged ones export as rows of the
// training set (`npm run train:injection -- --extra FILE`). Repeats of a pending prompt are kept once.
import { createHmac, randomUUID } from 'node:crypto';
import { open, seal } from '../crypto/aead.ts';
import { type InjectionTrainingRow, toTrainingRow } from '../detect/injection/training-row.ts';
import type { Store } from '../store/store.ts';

export type ReviewStatus = 'pending' | 'attack' | 'benign';
export type Verdict = Exclude<ReviewStatus, 'pending'>;

export interface FlaggedPrompt {
  readonly requestId: string;
  readonly model?: string;
  readonly location: string;
  readonly source: string;
  readonly score: number;
  readonly rules: readonly string[];
  readonly action: string;
  readonly text: string;
}

export interface ReviewItem extends Omit<FlaggedPrompt, 'text'> {
  readonly id: string;
  readonly createdAt: number;
  readonly status: ReviewStatus;
  readonly chars: number;
  /** The prompt; undefined when it can no longer be opened (the installation key changed). */
  readonly text: string | undefined;
  readonly category?: string;
  readonly reviewedBy?: string;
  readonly reviewedAt?: number;
}

export interface ReviewQueueOptions {
  /** 32 bytes: encrypts the prompts; a second purpose-derived key makes the repeat fingerprint. */
  readonly key: Buffer;
  readonly fingerprintKey: Buffer;
  /** Pending items older than this are deleted (ms). */
  readonly retentionMs: number;
  /** At most this many pending items; new ones are dropped beyond it (counted). */
  readonly maxPending: number;
  /** Longest prompt kept, in characters; longer ones are cut (the training rows say so by length). */
  readonly maxChars?: number;
  readonly now?: () => number;
}

const PAGE = 100;

export class InjectionReviewQueue {
  private pendingEstimate: number | undefined;
  private readonly now: () => number;
  readonly stats = { queued: 0, repeats: 0, dropped: 0, failed: 0 };

  constructor(
    private readonly store: Store,
    private readonly opts: ReviewQueueOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  private fingerprint(text: string): string {
    return createHmac('sha256', this.opts.fingerprintKey).update(text).digest('hex');
  }

  /** Queues a flagged prompt for review; false when it was a repeat or the queue is full. */
  async add(p: FlaggedPrompt): Promise<boolean> {
    const text = p.text.slice(0, this.opts.maxChars ?? 20_000);
    const hmac = this.fingerprint(text);
    const db = this.store.db;
    const repeat = await db.selectFrom('injection_reviews').select('id').where('text_hmac', '=', hmac).where('status', '=', 'pending').executeTakeFirst();
    if (repeat) {
      this.stats.repeats++;
      return false;
    }
    if (this.pendingEstimate === undefined || this.pendingEstimate >= this.opts.maxPending) {
      await this.expire();
      this.pendingEstimate = await this.count('pending');
    }
    if (this.pendingEstimate >= this.opts.maxPending) {
      this.stats.dropped++;
      return false;
    }
    const id = randomUUID();
    await db
      .insertInto('injection_reviews')
      .values({
        id,
        created_at: this.now(),
        request_id: p.requestId,
        model: p.model ?? null,
        location: p.location.slice(0, 256),
        source: p.source,
        score: p.score,
        rules: JSON.stringify(p.rules.slice(0, 50)),
        action: p.action,
        chars: text.length,
        text_hmac: hmac,
        text_sealed: JSON.stringify(seal(this.opts.key, Buffer.from(text, 'utf8'), id)),
        status: 'pending',
        category: null,
        reviewed_by: null,
        reviewed_at: null,
      })
      .execute();
    this.pendingEstimate++;
    this.stats.queued++;
    return true;
  }

  async count(status: ReviewStatus): Promise<number> {
    const r = await this.store.db.selectFrom('injection_reviews').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', status).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Deletes pending items past the retention time (judged ones stay until exported and deleted). */
  async expire(): Promise<number> {
    const r = await this.store.db.deleteFrom('injection_reviews').where('status', '=', 'pending').where('created_at', '<', this.now() - this.opts.retentionMs).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  /** Newest first; `before` is the `createdAt` of the last item of the previous page. */
  async list(q: { status?: ReviewStatus; limit?: number; before?: number } = {}): Promise<ReviewItem[]> {
    let sql = this.store.db.selectFrom('injection_reviews').selectAll();
    if (q.status) sql = sql.where('status', '=', q.status);
    if (q.before !== undefined) sql = sql.where('created_at', '<', q.before);
    const rows = await sql.orderBy('created_at', 'desc').orderBy('id').limit(Math.min(Math.max(q.limit ?? 50, 1), PAGE)).execute();
    return rows.map((r) => this.item(r));
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    const r = await this.store.db.selectFrom('injection_reviews').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? this.item(r) : undefined;
  }

  /** Records the reviewer's verdict; undefined when no such item. */
  async decide(id: string, verdict: Verdict, reviewer: string, category?: string): Promise<ReviewItem | undefined> {
    const r = await this.store.db
      .updateTable('injection_reviews')
      .set({ status: verdict, reviewed_by: reviewer, reviewed_at: this.now(), category: category ?? null })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return undefined;
    this.pendingEstimate = undefined;
    return this.get(id);
  }

  /** Judged items as training rows (label 1 for attacks, 0 for benign), oldest first. */
  async *exportRows(): AsyncGenerator<InjectionTrainingRow> {
    let after = -1;
    let afterId = '';
    for (;;) {
      const rows = await this.store.db
        .selectFrom('injection_reviews')
        .selectAll()
        .where('status', 'in', ['attack', 'benign'])
        .where((eb) => eb.or([eb('created_at', '>', after), eb.and([eb('created_at', '=', after), eb('id', '>', afterId)])]))
        .orderBy('created_at')
        .orderBy('id')
        .limit(PAGE)
        .execute();
      for (const r of rows) {
        const item = this.item(r);
        if (item.text === undefined || item.text.trim() === '') continue;
        yield toTrainingRow({ text: item.text, isInjection: item.status === 'attack', id: `review-${item.id}`, ...(item.category ? { category: item.category } : {}) });
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.created_at;
      afterId = rows[rows.length - 1]!.id;
    }
  }

  private item(r: {
    id: string; created_at: number; request_id: string; model: string | null; location: string; source: string; score: number; rules: string;
    action: string; chars: number; text_sealed: string; status: ReviewStatus; category: string | null; reviewed_by: string | null; reviewed_at: number | null;
  }): ReviewItem {
    let text: string | undefined;
    try {
      text = open(this.opts.key, JSON.parse(r.text_sealed) as { iv: string; ct: string; tag: string }, r.id).toString('utf8');
    } catch {
      text = undefined;
    }
    return {
      id: r.id,
      createdAt: r.created_at,
      requestId: r.request_id,
      ...(r.model !== null ? { model: r.model } : {}),
      location: r.location,
      source: r.source,
      score: r.score,
      rules: JSON.parse(r.rules) as string[],
      action: r.action,
      chars: r.chars,
      status: r.status,
      text,
      ...(r.category !== null ? { category: r.category } : {}),
      ...(r.reviewed_by !== null ? { reviewedBy: r.reviewed_by } : {}),
      ...(r.reviewed_at !== null ? { reviewedAt: r.reviewed_at } : {}),
    };
  }
}
