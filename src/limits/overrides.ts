// Rate-limit overrides set through the admin API, kept in the store so every replica reads the
// same ones: a snapshot in memory for the request path, refreshed from the store every few seconds.
import type { SharedResources } from '../pipeline/types.ts';
import type { Store } from '../store/store.ts';
import { LimitOverride } from './windows.ts';

export const OVERRIDE_KINDS = ['key', 'principal', 'model'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface StoredOverride {
  readonly kind: OverrideKind;
  readonly id: string;
  readonly limits: LimitOverride;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

/** How often a replica rereads the overrides another replica may have changed. */
export const OVERRIDE_REFRESH_MS = 5_000;

export class LimitOverrideStore {
  private snapshot = new Map<string, StoredOverride>();
  private timer: NodeJS.Timeout | undefined;
  /** Increases whenever the snapshot changes (plans cached per version). */
  version = 0;

  constructor(private readonly store: Store) {}

  get(kind: OverrideKind, id: string): LimitOverride | undefined {
    return this.snapshot.size === 0 ? undefined : this.snapshot.get(`${kind}:${id}`)?.limits;
  }

  list(): StoredOverride[] {
    return [...this.snapshot.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }

  /** Rereads the table; a row that no longer parses (edited by hand) is skipped, not trusted. */
  async load(): Promise<void> {
    const rows = await this.store.db.selectFrom('limit_overrides').selectAll().execute();
    const next = new Map<string, StoredOverride>();
    for (const r of rows) {
      if (!(OVERRIDE_KINDS as readonly string[]).includes(r.kind)) continue;
      let parsed;
      try {
        parsed = LimitOverride.safeParse(JSON.parse(r.limits));
      } catch {
        continue;
      }
      if (!parsed.success) continue;
      next.set(`${r.kind}:${r.subject_id}`, { kind: r.kind as OverrideKind, id: r.subject_id, limits: parsed.data, updatedAt: Number(r.updated_at), updatedBy: r.updated_by });
    }
    if (!sameSnapshot(this.snapshot, next)) {
      this.snapshot = next;
      this.version++;
    }
  }

  async put(kind: OverrideKind, id: string, limits: LimitOverride, by: string): Promise<StoredOverride> {
    const row = { kind, subject_id: id, limits: JSON.stringify(limits), updated_at: Date.now(), updated_by: by };
    await this.store.db
      .insertInto('limit_overrides')
      .values(row)
      .onConflict((oc) => oc.columns(['kind', 'subject_id']).doUpdateSet({ limits: row.limits, updated_at: row.updated_at, updated_by: row.updated_by }))
      .execute();
    await this.load();
    return { kind, id, limits, updatedAt: row.updated_at, updatedBy: by };
  }

  async remove(kind: OverrideKind, id: string): Promise<boolean> {
    const r = await this.store.db.deleteFrom('limit_overrides').where('kind', '=', kind).where('subject_id', '=', id).executeTakeFirst();
    await this.load();
    return Number(r.numDeletedRows) > 0;
  }

  /** Starts the background refresh; a failed read keeps the last snapshot. */
  start(onError: () => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.load().catch(onError), OVERRIDE_REFRESH_MS);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

function sameSnapshot(a: ReadonlyMap<string, StoredOverride>, b: ReadonlyMap<string, StoredOverride>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || w.updatedAt !== v.updatedAt || JSON.stringify(w.limits) !== JSON.stringify(v.limits)) return false;
  }
  return true;
}

/** The gateway's one override store (shared by the limit.rate guards and the admin routes). */
export function limitOverrideStore(shared: SharedResources, store: Store): LimitOverrideStore {
  return shared.get('limit.rate:admin-overrides', () => new LimitOverrideStore(store), (s) => s.close());
}
