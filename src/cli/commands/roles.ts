// `bulwark roles list|show`: the built-in and custom roles and the permissions each grants.
import type { Command } from 'commander';
import { type AdminClientOptions, runAdmin, table, withAdminOptions } from '../admin-client.ts';

interface RoleRow {
  name: string;
  description: string;
  builtin: boolean;
  permissions: string[];
}

export function registerRolesCommand(program: Command, setExit: (code: number) => void): void {
  const roles = program.command('roles').description('Roles and the permissions they grant');

  withAdminOptions(roles.command('list'))
    .description('List roles')
    .action((o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<{ data: RoleRow[] }>('GET', '/admin/v1/roles');
        return o.json ? `${JSON.stringify(r.data)}\n` : table(r.data.map((x) => ({ ...x, source: x.builtin ? 'built-in' : 'policy' })), ['name', 'source', 'description', 'permissions']);
      }),
    );

  withAdminOptions(roles.command('show').argument('<name>', 'role name'))
    .description('Show one role')
    .action((name: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<RoleRow>('GET', `/admin/v1/roles/${encodeURIComponent(name)}`);
        return o.json ? `${JSON.stringify(r)}\n` : `${r.name}: ${r.description}\n${r.permissions.map((p) => `  ${p}`).join('\n')}\n`;
      }),
    );
}
