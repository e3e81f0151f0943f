// `bulwark bindings list|grant|remove`: give a principal a role, optionally on some resources
// (`model:fraud-*`) and until a time (temporary access).
import type { Command } from 'commander';
import { type AdminClientOptions, parseExpiry, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

interface BindingRow {
  id: string;
  principalId: string;
  role: string;
  resource: string;
  expiresAt: number | null;
  grantedBy: string | null;
  lastUsedAt: number | null;
}

const COLUMNS = ['id', 'principal', 'role', 'resource', 'expires', 'granted_by', 'last_used'];
const rows = (bs: BindingRow[]) => bs.map((b) => ({ ...b, principal: b.principalId, expires: when(b.expiresAt), granted_by: b.grantedBy, last_used: when(b.lastUsedAt) }));

export function registerBindingsCommand(program: Command, setExit: (code: number) => void): void {
  const bindings = program.command('bindings').description('Role bindings: who holds which role, on what, until when');

  withAdminOptions(bindings.command('list'))
    .description('List role bindings')
    .option('--principal <id>', 'only this principal')
    .action((o: AdminClientOptions & { principal?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<{ data: BindingRow[] }>('GET', `/admin/v1/bindings${o.principal ? `?principal_id=${encodeURIComponent(o.principal)}` : ''}`);
        return o.json ? `${JSON.stringify(r.data)}\n` : table(rows(r.data), COLUMNS);
      }),
    );

  withAdminOptions(bindings.command('grant'))
    .description('Grant a role (nobody can grant one to themselves)')
    .requiredOption('--principal <id>', 'who receives the role')
    .requiredOption('--role <name>', 'role name (see `bulwark roles list`)')
    .option('--resource <scope>', 'resource scope: * or kind:pattern, e.g. model:fraud-*', '*')
    .option('--expires <when>', 'temporary access: 7d, 12h, or an ISO-8601 time')
    .action((o: AdminClientOptions & { principal: string; role: string; resource: string; expires?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const b = await c.request<BindingRow>('POST', '/admin/v1/bindings', { principal_id: o.principal, role: o.role, resource: o.resource, ...(o.expires ? { expires_at: parseExpiry(o.expires) } : {}) });
        return o.json ? `${JSON.stringify(b)}\n` : table(rows([b]), COLUMNS);
      }),
    );

  withAdminOptions(bindings.command('remove').argument('<id>', 'binding id'))
    .description('Remove a role binding')
    .action((id: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        await c.request('DELETE', `/admin/v1/bindings/${encodeURIComponent(id)}`);
        return o.json ? `${JSON.stringify({ removed: id })}\n` : `removed ${id}\n`;
      }),
    );
}
