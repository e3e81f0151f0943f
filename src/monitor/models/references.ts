// Where references live: in the store (`monitor_references`, one per model, written by
// `bulwark profile build` or seeded from the built-ins at first start), and in memory as a
// catalog the contract guard and the monitors read synchronously.
import type { Store } from '../../store/store.ts';
import { builtinReference, builtinReferenceAsync } from './builtin.ts';
import { type ModelReference, referenceFromJSON, referenceToJSON } from './reference.ts';

/** Key of the catalog in the gateway's shared resources (see `GuardDeps.shared`). */
export const REFERENCE_CATALOG = 'monitor.references';

export class ReferenceCatalog {
  private readonly byModel = new Map<string, ModelReference>();
  private readonly building = new Set<string>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly store?: Store,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** The model's reference: the stored one, else the built-in one of a demo model (built now, once). */
  get(model: string): ModelReference | undefined {
    let r = this.byModel.get(model);
    if (!r) {
      r = builtinReference(model, this.now());
      if (r) this.adopt(r);
    }
    return r;
  }

  /**
   * The reference if it is at hand; for a demo model without one, starts building the built-in
   * on a later turn of the event loop (then stores it) and answers undefined until it is ready.
   * Installs that never serve a demo model never pay for building its reference.
   */
  peek(model: string): ModelReference | undefined {
    const r = this.byModel.get(model);
    if (r || this.building.has(model)) return r;
    this.building.add(model);
    setImmediate(() => {
      builtinReferenceAsync(model, this.now())
        .then((built) => {
          if (built && !this.byModel.has(model)) this.adopt(built);
        })
        .catch(this.onError);
    });
    return undefined;
  }

  /** The reference if it is at hand; never starts a build. */
  ready(model: string): ModelReference | undefined {
    return this.byModel.get(model);
  }

  set(ref: ModelReference): void {
    this.byModel.set(ref.model, ref);
  }

  private adopt(ref: ModelReference): void {
    this.set(ref);
    if (this.store) saveReference(this.store, ref).catch(this.onError);
  }

  /** Picks up references stored since they were loaded (e.g. by `bulwark profile build`). */
  async refresh(models: readonly string[]): Promise<void> {
    if (!this.store || models.length === 0) return;
    const rows = await this.store.db.selectFrom('monitor_references').select(['model', 'created_at']).where('model', 'in', [...models]).execute();
    for (const row of rows) {
      const held = this.byModel.get(row.model);
      if (held && held.createdAt >= row.created_at) continue;
      const fresh = await loadReference(this.store, row.model);
      if (fresh) this.set(fresh);
    }
  }

  /** Loads the stored references of `models` (built-ins of demo models are built on first use). */
  static async load(store: Store, models: readonly string[], now: () => number = Date.now, onError?: (err: unknown) => void): Promise<ReferenceCatalog> {
    const catalog = new ReferenceCatalog(now, store, onError);
    if (models.length === 0) return catalog;
    const rows = await store.db.selectFrom('monitor_references').select(['model', 'body']).where('model', 'in', [...models]).execute();
    for (const row of rows) catalog.set(referenceFromJSON(JSON.parse(row.body)));
    return catalog;
  }
}

export async function saveReference(store: Store, ref: ModelReference): Promise<void> {
  const body = JSON.stringify(referenceToJSON(ref));
  await store.db
    .insertInto('monitor_references')
    .values({ model: ref.model, source: ref.source, rows: ref.rows, body, created_at: ref.createdAt })
    .onConflict((oc) => oc.column('model').doUpdateSet({ source: ref.source, rows: ref.rows, body, created_at: ref.createdAt }))
    .execute();
}

export async function loadReference(store: Store, model: string): Promise<ModelReference | undefined> {
  const row = await store.db.selectFrom('monitor_references').select('body').where('model', '=', model).executeTakeFirst();
  return row ? referenceFromJSON(JSON.parse(row.body)) : undefined;
}
