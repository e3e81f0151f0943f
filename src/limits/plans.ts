// Which windows apply to a request: the policy's limits per subject kind, with per-key,
// per-principal and per-model overrides, planned once per policy and looked up per request.
import type { RateLimitConfig } from './config.ts';
import type { LimitEngine, PlannedWindow, Subject } from './engine.ts';
import type { LimitOverrideStore } from './overrides.ts';
import { type LimitOverride, type SubjectKind, windowLimits } from './windows.ts';

/** Who a request is, as far as limits care. */
export interface RequestSubjects {
  readonly keyId?: string | undefined;
  readonly principalId?: string | undefined;
  readonly address: string;
  readonly model?: string | undefined;
}

type OverrideKind = 'key' | 'principal' | 'model';

export class LimitPlans {
  private readonly defaults = new Map<SubjectKind, readonly PlannedWindow[]>();
  private readonly overrides = new Map<OverrideKind, Map<string, readonly PlannedWindow[]>>();
  /** Plans of admin-set overrides, valid for one version of the override store. */
  private readonly adminPlans = new Map<string, readonly PlannedWindow[]>();
  private adminVersion = -1;
  private readonly withTokens = new WeakSet<readonly PlannedWindow[]>();
  /** Whether a policy window counts tokens (then the tokenizer is loaded up front). */
  readonly countsTokens: boolean;

  constructor(
    private readonly engine: LimitEngine,
    private readonly cfg: RateLimitConfig,
    private readonly admin?: LimitOverrideStore,
  ) {
    let tokens = false;
    const plan = (kind: SubjectKind, windows: ReturnType<typeof windowLimits>) => {
      if (windows.some((w) => w.window.unit === 'tokens')) tokens = true;
      return this.plan(kind, windows);
    };
    for (const kind of ['key', 'principal', 'address', 'model', 'global'] as const) {
      const set = cfg.limits[kind];
      if (set) this.defaults.set(kind, plan(kind, windowLimits(set)));
    }
    const byId = (kind: OverrideKind, table: Record<string, Parameters<typeof windowLimits>[1]>) => {
      const m = new Map<string, readonly PlannedWindow[]>();
      for (const [id, o] of Object.entries(table)) m.set(id, plan(kind, windowLimits(cfg.limits[kind], o)));
      this.overrides.set(kind, m);
    };
    byId('key', cfg.overrides.keys);
    byId('principal', cfg.overrides.principals);
    byId('model', cfg.overrides.models);
    this.countsTokens = tokens;
  }

  /** True when the policy limits nothing at all (admin overrides may still add limits later). */
  get empty(): boolean {
    return this.defaults.size === 0 && [...this.overrides.values()].every((m) => m.size === 0);
  }

  private plan(kind: SubjectKind, windows: ReturnType<typeof windowLimits>): readonly PlannedWindow[] {
    const planned = this.engine.plan(kind, windows);
    if (windows.some((w) => w.window.unit === 'tokens')) this.withTokens.add(planned);
    return planned;
  }

  /** Whether a subject's windows count tokens. */
  countsTokensFor(windows: readonly PlannedWindow[]): boolean {
    return this.withTokens.has(windows);
  }

  /** The windows of one subject: an admin override, else a policy override, else the defaults. */
  windows(kind: SubjectKind, id: string): readonly PlannedWindow[] | undefined {
    if (kind === 'address' || kind === 'global') return this.defaults.get(kind);
    const set = this.admin?.get(kind, id);
    if (set) return this.adminPlan(kind, id, set);
    return this.overrides.get(kind)?.get(id) ?? this.defaults.get(kind);
  }

  private adminPlan(kind: OverrideKind, id: string, set: LimitOverride): readonly PlannedWindow[] {
    if (this.adminVersion !== this.admin!.version) {
      this.adminPlans.clear();
      this.adminVersion = this.admin!.version;
    }
    const k = `${kind}:${id}`;
    let planned = this.adminPlans.get(k);
    if (!planned) {
      const table = kind === 'key' ? this.cfg.overrides.keys : kind === 'principal' ? this.cfg.overrides.principals : this.cfg.overrides.models;
      // The admin's windows over the policy's override for the same subject, over the defaults.
      planned = this.plan(kind, windowLimits(this.cfg.limits[kind], { ...table[id], ...set }));
      this.adminPlans.set(k, planned);
    }
    return planned;
  }

  /**
   * The subjects of one request with their windows. A subject the request does not have (no key
   * for a JWT caller, no principal for an anonymous one) is skipped; address and global always apply.
   */
  subjects(r: RequestSubjects): Subject[] {
    const out: Subject[] = [];
    this.add(out, 'key', r.keyId);
    this.add(out, 'principal', r.principalId);
    this.add(out, 'address', r.address);
    this.add(out, 'model', r.model);
    this.add(out, 'global', 'all');
    return out;
  }

  private add(out: Subject[], kind: SubjectKind, id: string | undefined): void {
    if (id === undefined) return;
    const windows = this.windows(kind, id);
    if (windows !== undefined && windows.length > 0) out.push({ kind, id, windows });
  }
}
