// `bulwark keys create|list|show|revoke|rotate`: API keys through the admin API (or --local). The
// secret is printed once, on creation or rotation, and never again.
import type { Command } from 'commander';
import { type AdminClientOptions, list, parseDurationSeconds, parseExpiry, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

interface KeyRow {
  id: string;
  principalId: string;
  name: string;
  prefix: string;
  modelScopes: string[];
  routeScopes: string[] | null;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  rotatedTo: string | null;
  secret?: string;
}

const enc = encodeURIComponent;

function keyTable(rows: KeyRow[]): string {
  const now = Date.now();
  return table(
    rows.map((k) => ({
      ...k,
      state: k.revokedAt !== null ? 'revoked' : k.expiresAt !== null && k.expiresAt <= now ? 'expired' : k.rotatedTo ? 'rotating' : 'active',
      expires: when(k.expiresAt),
      last_used: when(k.lastUsedAt),
      models: k.modelScopes,
      routes: k.routeScopes ?? '*',
      principal: k.principalId,
    })),
    ['id', 'prefix', 'name', 'principal', 'state', 'models', 'routes', 'expires', 'last_used'],
  );
}

function secretNotice(k: KeyRow): string {
  return `${k.secret}\n\nThe key above is shown this once and stored only as a hash (id ${k.id}, prefix ${k.prefix}).\n`;
}

export function registerKeysCommand(program: Command, setExit: (code: number) => void): void {
  const keys = program.command('keys').description('Manage API keys (through the admin API, or --local on the store)');

  withAdminOptions(keys.command('create'))
    .description('Create an API key for a principal; prints the secret once')
    .requiredOption('--principal <id>', 'owner principal id')
    .requiredOption('--name <name>', 'what the key is for')
    .option('--models <globs>', 'comma-separated model scopes (default *)')
    .option('--routes <permissions>', 'comma-separated permission scopes, e.g. model:invoke (default: all the roles grant)')
    .option('--cidr <blocks>', 'comma-separated source-address allow-list, e.g. 10.0.0.0/8')
    .option('--expires <when>', 'expiry: 30d, 12h, or an ISO-8601 time')
    .action((o: AdminClientOptions & { principal: string; name: string; models?: string; routes?: string; cidr?: string; expires?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const body = {
          principal_id: o.principal,
          name: o.name,
          ...(o.models ? { model_scopes: list(o.models) } : {}),
          ...(o.routes ? { route_scopes: list(o.routes) } : {}),
          ...(o.cidr ? { source_cidrs: list(o.cidr) } : {}),
          ...(o.expires ? { expires_at: parseExpiry(o.expires) } : {}),
        };
        const k = await c.request<KeyRow>('POST', '/admin/v1/keys', body);
        return o.json ? `${JSON.stringify(k)}\n` : secretNotice(k);
      }),
    );

  withAdminOptions(keys.command('list'))
    .description('List API keys (never the secrets)')
    .option('--principal <id>', 'only this principal')
    .action((o: AdminClientOptions & { principal?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const r = await c.request<{ data: KeyRow[] }>('GET', `/admin/v1/keys${o.principal ? `?principal_id=${enc(o.principal)}` : ''}`);
        return o.json ? `${JSON.stringify(r.data)}\n` : keyTable(r.data);
      }),
    );

  withAdminOptions(keys.command('show').argument('<id>', 'key id'))
    .description('Show one API key')
    .action((id: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const k = await c.request<KeyRow>('GET', `/admin/v1/keys/${enc(id)}`);
        return o.json ? `${JSON.stringify(k)}\n` : keyTable([k]);
      }),
    );

  withAdminOptions(keys.command('revoke').argument('<id>', 'key id'))
    .description('Revoke an API key (effective on the next request)')
    .option('--reason <text>', 'why (recorded)', 'revoked by an administrator')
    .action((id: string, o: AdminClientOptions & { reason: string }) =>
      runAdmin(o, setExit, async (c) => {
        const k = await c.request<KeyRow>('POST', `/admin/v1/keys/${enc(id)}/revoke`, { reason: o.reason });
        return o.json ? `${JSON.stringify(k)}\n` : `revoked ${k.id} (${k.prefix})\n`;
      }),
    );

  withAdminOptions(keys.command('rotate').argument('<id>', 'key id'))
    .description('Replace a key; the old one stays valid for the grace period; prints the new secret once')
    .option('--grace <duration>', 'how long the old key stays valid: 0, 90s, 15m, 12h, 1d (default: the policy)')
    .action((id: string, o: AdminClientOptions & { grace?: string }) =>
      runAdmin(o, setExit, async (c) => {
        const k = await c.request<KeyRow & { previous: KeyRow }>('POST', `/admin/v1/keys/${enc(id)}/rotate`, o.grace !== undefined ? { grace_seconds: parseDurationSeconds(o.grace) } : {});
        return o.json ? `${JSON.stringify(k)}\n` : `${secretNotice(k)}The old key ${k.previous.prefix}… stops working at ${when(k.previous.expiresAt)}.\n`;
      }),
    );
}
