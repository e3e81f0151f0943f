// `bulwark access review`: who holds what, when it was last used, and what to remove — as a
// table, JSON or CSV (for the spreadsheet an access review usually ends in).
import { type Command, Option } from 'commander';
import type { AccessReview } from '../../identity/access-review.ts';
import { type AdminClientOptions, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

function render(review: AccessReview): string {
  const principals = review.principals.map((r) => ({
    id: r.principal.id,
    name: r.principal.name,
    kind: r.principal.kind,
    status: r.principal.status,
    roles: r.bindings.filter((b) => b.live).map((b) => (b.resource === '*' ? b.role : `${b.role}@${b.resource}`)),
    keys: r.keys.filter((k) => k.state === 'active').length,
    key_last_used: when(r.keys.reduce<number | null>((m, k) => (k.lastUsedAt !== null && (m === null || k.lastUsedAt > m) ? k.lastUsedAt : m), null)),
    permissions: r.effectivePermissions.length,
  }));
  const recs = review.recommendations.map((x) => ({ principal: x.principalId, code: x.code, recommendation: x.message }));
  return `Access review ${when(review.generatedAt)} (unused after ${review.unusedDays} days)\n\n${table(principals, ['id', 'name', 'kind', 'status', 'roles', 'keys', 'key_last_used', 'permissions'])}\nRecommendations (${recs.length}):\n${table(recs, ['principal', 'code', 'recommendation'])}`;
}

export function registerAccessCommand(program: Command, setExit: (code: number) => void): void {
  const access = program.command('access').description('Access reviews');
  withAdminOptions(access.command('review'))
    .description('For every principal: roles, effective permissions, resources, last use, and recommendations')
    .option('--unused-days <n>', 'flag keys and bindings unused for this many days (default: the policy, 90)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action((o: AdminClientOptions & { unusedDays?: string; format: 'table' | 'json' | 'csv' }) =>
      runAdmin(o, setExit, async (c) => {
        const format = o.json ? 'json' : o.format;
        const days = o.unusedDays !== undefined ? Number(o.unusedDays) : undefined;
        const q = new URLSearchParams();
        if (days !== undefined) q.set('unused_days', String(days));
        if (format === 'csv') {
          q.set('format', 'csv');
          return c.text('GET', `/admin/v1/access-review?${q}`);
        }
        const review = await c.request<AccessReview>('GET', `/admin/v1/access-review${q.size > 0 ? `?${q}` : ''}`);
        return format === 'json' ? `${JSON.stringify(review)}\n` : render(review);
      }),
    );
}
