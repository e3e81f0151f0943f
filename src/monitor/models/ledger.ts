// What each predict request answered, kept for a bounded time to join with feedback: predicted
// labels only (never the inputs). In memory for this replica (bounded, oldest out first) and
// written behind in batches to the store, so feedback that reaches another replica still joins.
import type { Store } from '../../store/store.ts';

export interface Answered {
  readonly model: string;
  readonly time: number;
  readonly labels: readonly string[];
  /** Feedback already received for these inputs (index → true): a second one is refused. */
  readonly labelled: Set<number>;
}

export type Lookup = { readonly found: Answered } | { readonly found: undefined };

export class PredictionLedger {
  private readonly recent = new Map<string, Answered>();
  private pending: { request_id: string; model: string; time: number; labels: string; feedback: null }[] = [];

  constructor(
    private readonly store: Store | undefined,
    private readonly limits: () => { ttlMs: number; maxPending: number },
  ) {}

  record(requestId: string, model: string, time: number, labels: readonly string[]): void {
    const { maxPending } = this.limits();
    this.recent.set(requestId, { model, time, labels, labelled: new Set() });
    while (this.recent.size > maxPending) this.recent.delete(this.recent.keys().next().value!);
    if (this.store) this.pending.push({ request_id: requestId, model, time, labels: JSON.stringify(labels), feedback: null });
  }

  async lookup(requestId: string, now: number): Promise<Answered | undefined> {
    const { ttlMs } = this.limits();
    const hit = this.recent.get(requestId);
    if (hit) return now - hit.time <= ttlMs ? hit : undefined;
    if (!this.store) return undefined;
    await this.flush();
    const row = await this.store.db.selectFrom('monitor_predictions').selectAll().where('request_id', '=', requestId).executeTakeFirst();
    if (!row || now - row.time > ttlMs) return undefined;
    const labelled = new Set<number>(row.feedback ? (JSON.parse(row.feedback) as (string | null)[]).flatMap((v, i) => (v === null ? [] : [i])) : []);
    const found: Answered = { model: row.model, time: row.time, labels: JSON.parse(row.labels) as string[], labelled };
    this.recent.set(requestId, found);
    return found;
  }

  /** Records that feedback arrived for one input, here and in the store (so replicas refuse a repeat). */
  async markLabelled(requestId: string, a: Answered, index: number, label: string): Promise<void> {
    a.labelled.add(index);
    if (!this.store) return;
    await this.flush();
    const feedback = a.labels.map((_, i) => (i === index ? label : a.labelled.has(i) ? '' : null));
    await this.store.db.updateTable('monitor_predictions').set({ feedback: JSON.stringify(feedback) }).where('request_id', '=', requestId).execute();
  }

  async flush(): Promise<void> {
    if (!this.store || this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    for (let i = 0; i < rows.length; i += 500) {
      await this.store.db.insertInto('monitor_predictions').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('request_id').doNothing()).execute();
    }
  }

  async prune(now: number): Promise<void> {
    const { ttlMs } = this.limits();
    for (const [id, a] of this.recent) {
      if (now - a.time <= ttlMs) break;
      this.recent.delete(id);
    }
    if (this.store) await this.store.db.deleteFrom('monitor_predictions').where('time', '<', now - ttlMs).execute();
  }

  get size(): number {
    return this.recent.size;
  }
}
