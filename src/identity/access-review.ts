// Access review: for every principal, the roles and effective permissions it holds, on which
// resources, when each key and binding was last used, and what to remove — the "audit who has
// access; remove access for anyone without a clear business need" practice as a report.
import { ADMIN_PERMISSION } from './admin-credential.ts';
import type { BindingView, IdentityDirectory, KeyView, PrincipalView } from './directory.ts';
import type { RoleTable } from './roles.ts';

export type RecommendationCode =
  | 'key_unused'
  | 'binding_never_used'
  | 'expired_credential_present'
  | 'admin_rights'
  | 'service_without_owner'
  | 'training_data_and_deploy'
  | 'disabled_with_live_keys';

export interface Recommendation {
  readonly code: RecommendationCode;
  readonly principalId: string;
  /** The key or binding concerned, when there is one. */
  readonly subjectId?: string;
  readonly message: string;
}

export interface PrincipalReview {
  readonly principal: PrincipalView;
  readonly bindings: ReadonlyArray<BindingView & { readonly live: boolean; readonly permissions: readonly string[] }>;
  readonly effectivePermissions: readonly string[];
  readonly resources: readonly string[];
  readonly keys: ReadonlyArray<KeyView & { readonly state: 'active' | 'expired' | 'revoked' }>;
  readonly recommendations: readonly Recommendation[];
}

export interface AccessReview {
  readonly generatedAt: number;
  readonly unusedDays: number;
  readonly principals: readonly PrincipalReview[];
  readonly recommendations: readonly Recommendation[];
}

const DAY_MS = 86_400_000;

export async function runAccessReview(dir: IdentityDirectory, roles: RoleTable, opts: { unusedDays: number; now?: number }): Promise<AccessReview> {
  const now = opts.now ?? Date.now();
  const [principals, keys, bindings] = await Promise.all([dir.listPrincipals(), dir.listKeys(), dir.listBindings()]);
  const out: PrincipalReview[] = [];
  for (const p of principals) {
    const rec: Recommendation[] = [];
    const add = (code: RecommendationCode, message: string, subjectId?: string) => rec.push({ code, principalId: p.id, message, ...(subjectId ? { subjectId } : {}) });
    const myBindings = bindings.filter((b) => b.principalId === p.id).map((b) => ({ ...b, live: b.expiresAt === null || b.expiresAt > now, permissions: roles.permissionsOf(b.role) }));
    const myKeys = keys
      .filter((k) => k.principalId === p.id)
      .map((k) => ({ ...k, state: (k.revokedAt !== null ? 'revoked' : k.expiresAt !== null && k.expiresAt <= now ? 'expired' : 'active') as 'active' | 'expired' | 'revoked' }));
    const live = myBindings.filter((b) => b.live);
    const effective = new Set<string>();
    for (const b of live) for (const perm of b.permissions) effective.add(perm);

    for (const k of myKeys) {
      if (k.state === 'expired') add('expired_credential_present', `key ${k.prefix}… (${k.name}) has expired but is still present; revoke it`, k.id);
      if (k.state !== 'active') continue;
      const since = k.lastUsedAt ?? k.createdAt;
      if (now - since > opts.unusedDays * DAY_MS) add('key_unused', `key ${k.prefix}… (${k.name}) unused for ${Math.floor((now - since) / DAY_MS)} days; revoke it`, k.id);
    }
    for (const b of myBindings) {
      if (!b.live) add('expired_credential_present', `binding ${b.role} on ${b.resource} expired; remove it`, b.id);
      else if (b.lastUsedAt === null && now - b.createdAt > opts.unusedDays * DAY_MS) add('binding_never_used', `role ${b.role} on ${b.resource} never used in ${opts.unusedDays}+ days; remove it`, b.id);
    }
    const isAdmin = live.some((b) => b.resource === '*' && roles.roleGrants(b.role, ADMIN_PERMISSION));
    if (isAdmin) add('admin_rights', 'holds administrator rights (can grant access); confirm the business need');
    if (p.kind === 'service' && p.ownerId === null) add('service_without_owner', 'service account without an owner; assign one or disable it');
    // Toxic combination the practice names: training data and production deployment in one hand.
    if (!isAdmin && live.some((b) => roles.roleGrants(b.role, 'dataset:read')) && live.some((b) => roles.roleGrants(b.role, 'model:deploy'))) {
      add('training_data_and_deploy', 'can both read training data and deploy models; split the duties');
    }
    if (p.status === 'disabled' && myKeys.some((k) => k.state === 'active')) add('disabled_with_live_keys', 'disabled principal still has unrevoked keys; revoke them');
    out.push({
      principal: p,
      bindings: myBindings,
      effectivePermissions: [...effective].sort(),
      resources: [...new Set(live.map((b) => b.resource))].sort(),
      keys: myKeys,
      recommendations: rec,
    });
  }
  return { generatedAt: now, unusedDays: opts.unusedDays, principals: out, recommendations: out.flatMap((r) => r.recommendations) };
}

/** A CSV cell: quoted, and defused against spreadsheet formula injection (names are user input). */
function cell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

const iso = (t: number | null) => (t === null ? '' : new Date(t).toISOString());

/** One row per principal and binding (a principal without bindings gets one row). */
export function accessReviewCsv(review: AccessReview): string {
  const header = ['principal_id', 'name', 'kind', 'status', 'owner_id', 'role', 'resource', 'binding_expires_at', 'binding_last_used_at', 'effective_permissions', 'active_keys', 'keys_last_used_at', 'recommendations'];
  const rows = [header.map(cell).join(',')];
  for (const r of review.principals) {
    const active = r.keys.filter((k) => k.state === 'active');
    const lastKey = active.reduce<number | null>((m, k) => (k.lastUsedAt !== null && (m === null || k.lastUsedAt > m) ? k.lastUsedAt : m), null);
    const recs = r.recommendations.map((x) => x.code).join(' ');
    const base = [r.principal.id, r.principal.name, r.principal.kind, r.principal.status, r.principal.ownerId];
    const tail = [r.effectivePermissions.join(' '), active.length, iso(lastKey), recs];
    const bs = r.bindings.length > 0 ? r.bindings : [undefined];
    for (const b of bs) rows.push([...base, b?.role ?? '', b?.resource ?? '', iso(b?.expiresAt ?? null), iso(b?.lastUsedAt ?? null), ...tail].map(cell).join(','));
  }
  return `${rows.join('\n')}\n`;
}
