// `bulwark principals list|create|show|disable|enable`: users and service accounts.
import type { Command } from 'commander';
import { type AdminClientOptions, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

interface PrincipalRow {
  id: string;
  kind: string;
  name: string;
  ownerId: string | null;
  status: string;
  createdAt: number;
  lastSeenAt: number | null;
}

const enc = encodeURIComponent;
const COLUMNS = ['id', 'kind', 'name', 'owner', 'status', 'created'];
const rows = (ps: PrincipalRow[]) => ps.map((p) => ({ ...p, owner: p.ownerId, created: when(p.createdAt) }));

export function registerPrincipalsCommand(program: Command, setExit: (code: number) => void): void {
  const principals = program.command('principals').description('Manage principals: users and service accounts');

  withAdminOptions(principals.command('list'))
    .description('List principals')
    .action((o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<{ data: PrincipalRow[] }>('GET', '/admin/v1/principals');
        return o.json ? `${JSON.stringify(r.data)}\n` : table(rows(r.data), COLUMNS);
      }),
    );

  withAdminOptions(principals.command('create'))
    .description('Create a user or a service account')
    .requiredOption('--name <name>', 'display name')
    .option('--kind <kind>', 'user or service', 'user')
    .option('--owner <id>', 'owner principal (expected for service accounts)')
    .action((o: AdminClientOptions & { name: string; kind: string; owner?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const p = await c.request<PrincipalRow>('POST', '/admin/v1/principals', { kind: o.kind, name: o.name, ...(o.owner ? { owner_id: o.owner } : {}) });
        return o.json ? `${JSON.stringify(p)}\n` : table(rows([p]), COLUMNS);
      }),
    );

  withAdminOptions(principals.command('show').argument('<id>', 'principal id'))
    .description('Show a principal with its keys and role bindings')
    .action((id: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const p = await c.request<PrincipalRow & { keys: Array<Record<string, unknown>>; bindings: Array<Record<string, unknown>> }>('GET', `/admin/v1/principals/${enc(id)}`);
        if (o.json) return `${JSON.stringify(p)}\n`;
        const bindings = p.bindings.map((b) => ({ ...b, expires: when(b.expiresAt as number | null), last_used: when(b.lastUsedAt as number | null) }));
        const keys = p.keys.map((k) => ({ ...k, state: k.revokedAt !== null ? 'revoked' : 'active', expires: when(k.expiresAt as number | null), last_used: when(k.lastUsedAt as number | null) }));
        return `${table(rows([p]), COLUMNS)}\nRole bindings:\n${table(bindings, ['id', 'role', 'resource', 'expires', 'last_used'])}\nKeys:\n${table(keys, ['id', 'prefix', 'name', 'state', 'expires', 'last_used'])}`;
      }),
    );

  for (const verb of ['disable', 'enable'] as const) {
    withAdminOptions(principals.command(verb).argument('<id>', 'principal id'))
      .description(verb === 'disable' ? 'Disable a principal: all its keys stop at once' : 'Enable a disabled principal')
      .action((id: string, o: AdminClientOptions) =>
        runAdmin(o, setExit, async (c) => {
          const p = await c.request<PrincipalRow>('POST', `/admin/v1/principals/${enc(id)}/${verb}`, {});
          return o.json ? `${JSON.stringify(p)}\n` : `${p.id}: ${p.status}\n`;
        }),
      );
  }
}
