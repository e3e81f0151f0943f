// How the identity commands reach the admin API: over HTTP to a running gateway (URL and token
// from flags or BULWARK_URL / BULWARK_API_KEY), or in-process on the local embedded store with
// `--local --data-dir` when no server runs. Also the shared output helpers (tables, JSON).
import type { Command } from 'commander';
import { type LoadedPolicy, defaultPolicy, loadPolicyFile } from '../config/load.ts';

export interface AdminClientOptions {
  url?: string;
  token?: string;
  local?: boolean;
  dataDir?: string;
  config?: string;
  json?: boolean;
}

export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

export interface AdminClient {
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Raw text (CSV exports). */
  text(method: string, path: string): Promise<string>;
  close(): Promise<void>;
}

/** Adds --url, --token, --local, --data-dir, --config and --json to a command. */
export function withAdminOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', 'gateway URL (default: $BULWARK_URL or http://127.0.0.1:8080)')
    .option('--token <token>', 'admin API key or token (prefer $BULWARK_API_KEY: flags are visible to other users)')
    .option('--local', 'work directly on the local embedded store (no server needed)')
    .option('--data-dir <dir>', 'data directory for --local (default ./data)')
    .option('-c, --config <file>', 'policy file for --local (custom roles; default policy otherwise)', process.env.BULWARK_CONFIG)
    .option('--json', 'print JSON for scripts');
}

function fail(status: number, text: string): never {
  let code = 'BULWARK_E_INTERNAL';
  let message = `HTTP ${status}`;
  try {
    const e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
    if (e?.code) code = e.code;
    if (e?.message) message = e.message;
  } catch {
    // Not our error shape: keep the status only (never echo an unknown body).
  }
  throw new AdminApiError(status, code, message);
}

class HttpAdminClient implements AdminClient {
  constructor(
    private readonly base: string,
    private readonly token: string,
  ) {}

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(new URL(path, this.base), { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}), signal: AbortSignal.timeout(30_000) });
    } catch {
      throw new AdminApiError(0, 'BULWARK_E_UNAVAILABLE', `cannot reach the gateway at ${this.base} (is it running? use --local to work on the store directly)`);
    }
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await this.send(method, path, body);
    const text = await r.text();
    if (!r.ok) fail(r.status, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async text(method: string, path: string): Promise<string> {
    const r = await this.send(method, path);
    const text = await r.text();
    if (!r.ok) fail(r.status, text);
    return text;
  }

  async close(): Promise<void> {}
}

async function localClient(o: AdminClientOptions): Promise<AdminClient> {
  const { openLocalAdmin } = await import('../server/admin/local.ts');
  const policy: LoadedPolicy = o.config ? loadPolicyFile(o.config) : defaultPolicy();
  const admin = await openLocalAdmin({ dataDir: o.dataDir ?? policy.policy.server.data_dir, policy, ...(process.env.BULWARK_DATABASE_URL ? { databaseUrl: process.env.BULWARK_DATABASE_URL } : {}) });
  const inject = async (method: string, path: string, body?: unknown) => {
    const r = await admin.app.inject({ method: method as 'GET', url: path, ...(body !== undefined ? { payload: body as object } : {}) });
    if (r.statusCode >= 400) fail(r.statusCode, r.body);
    return r.body;
  };
  return {
    async request<T>(method: string, path: string, body?: unknown) {
      const text = await inject(method, path, body);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    text: (method, path) => inject(method, path),
    close: () => admin.close(),
  };
}

export async function openAdminClient(o: AdminClientOptions, env: Readonly<Record<string, string | undefined>> = process.env): Promise<AdminClient> {
  if (o.local) return localClient(o);
  const token = o.token ?? env.BULWARK_API_KEY;
  if (!token) throw new AdminApiError(0, 'BULWARK_E_UNAUTHENTICATED', 'no credential: set BULWARK_API_KEY (or --token), or use --local');
  const url = o.url ?? env.BULWARK_URL ?? 'http://127.0.0.1:8080';
  if (!/^https?:\/\//i.test(url)) throw new AdminApiError(0, 'BULWARK_E_INVALID_REQUEST', '--url must be http(s)://…');
  return new HttpAdminClient(url, token);
}

/** A readable, aligned table (control characters in values are neutralised). */
export function table(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, columns: readonly string[]): string {
  if (rows.length === 0) return '(none)\n';
  const cell = (v: unknown) => (v === null || v === undefined ? '-' : Array.isArray(v) ? v.join(',') : String(v)).replace(/[\u0000-\u001f\u007f]/g, '?');
  const data = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...data.map((d) => d[i]!.length))));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return `${[line(columns.map((c) => c.toUpperCase())), ...data.map(line)].join('\n')}\n`;
}

export function when(t: number | null | undefined): string {
  return t === null || t === undefined ? '-' : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `30d`, `12h`, `15m`, `90s` or an ISO-8601 time → milliseconds since the epoch. */
export function parseExpiry(v: string, now = Date.now()): number {
  const m = /^(\d{1,6})([smhd])$/.exec(v);
  if (m) return now + Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new AdminApiError(0, 'BULWARK_E_INVALID_REQUEST', `invalid time "${v.slice(0, 40)}": use 30d, 12h, 15m, 90s or an ISO-8601 time`);
  return t;
}

/** `1d`, `12h`… → seconds. */
export function parseDurationSeconds(v: string): number {
  const m = /^(\d{1,7})([smhd]?)$/.exec(v);
  if (!m) throw new AdminApiError(0, 'BULWARK_E_INVALID_REQUEST', `invalid duration "${v.slice(0, 40)}": use 0, 90s, 15m, 12h or 1d`);
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3_600, d: 86_400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
}

export function list(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Runs one admin action with the client, printing errors without secrets and setting the exit code. */
export async function runAdmin(o: AdminClientOptions, setExit: (code: number) => void, action: (c: AdminClient) => Promise<string>, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  let client: AdminClient | undefined;
  try {
    client = await openAdminClient(o);
    out.write(await action(client));
    setExit(0);
  } catch (e) {
    if (e instanceof AdminApiError) {
      process.stderr.write(`bulwark: ${e.message}${e.code ? ` (${e.code})` : ''}\n`);
      setExit(e.status === 0 || e.status === 400 ? 2 : 1);
    } else {
      process.stderr.write(`bulwark: ${(e as Error).message}\n`);
      setExit(1);
    }
  } finally {
    await client?.close();
  }
}
