// `bulwark alerts list|show|ack|resolve|suppress`: triage alerts through the admin API.
import type { Command } from 'commander';
import { AdminApiError, type AdminClientOptions, runAdmin, table, when, withAdminOptions } from '../admin-client.ts';

interface AlertRow {
  id: string;
  source: string;
  severity: string;
  title: string;
  entity: { kind: string; id: string };
  status: string;
  firstSeen: number;
  lastSeen: number;
  count: number;
  evidence: Record<string, unknown>;
  requestIds: string[];
  techniques: string[];
  owner: string | null;
  onCall: string | null;
  updatedBy: string | null;
  note: string | null;
}

const enc = encodeURIComponent;
const COLUMNS = ['id', 'severity', 'status', 'source', 'entity', 'count', 'last_seen', 'title'];
const rows = (as: AlertRow[]) => as.map((a) => ({ ...a, entity: `${a.entity.kind}:${a.entity.id}`, last_seen: when(a.lastSeen) }));

/** `24h`, `7d`, `30m` back from now → milliseconds since the epoch. */
function since(v: string, now = Date.now()): number {
  const m = /^(\d{1,6})([mhd])$/.exec(v);
  if (!m) throw new AdminApiError(0, 'BULWARK_E_INVALID_REQUEST', `invalid --since "${v.slice(0, 20)}": use 30m, 24h or 7d`);
  return now - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'];
}

function detail(a: AlertRow): string {
  const lines = [
    `${a.id}  [${a.severity.toUpperCase()}] ${a.status}`,
    `  ${a.title}`,
    `  source:     ${a.source}`,
    `  entity:     ${a.entity.kind} ${a.entity.id}`,
    `  seen:       ${a.count}× from ${when(a.firstSeen)} to ${when(a.lastSeen)}`,
    `  owner:      ${a.owner ?? '-'}${a.onCall ? ` (on call: ${a.onCall})` : ''}`,
    `  techniques: ${a.techniques.join(', ') || '-'}`,
    `  evidence:   ${Object.entries(a.evidence).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`,
    `  requests:   ${a.requestIds.join(', ') || '-'}`,
  ];
  if (a.updatedBy) lines.push(`  changed by: ${a.updatedBy}${a.note ? ` — ${a.note}` : ''}`);
  return `${lines.map((l) => l.replace(/[\u0000-\u001f\u007f]/g, '?')).join('\n')}\n`;
}

export function registerAlertsCommand(program: Command, setExit: (code: number) => void): void {
  const alerts = program.command('alerts').description('Triage alerts raised by monitors, detection rules and guards');

  withAdminOptions(alerts.command('list'))
    .description('List alerts, newest first')
    .option('--status <status>', 'open, acknowledged, resolved or suppressed')
    .option('--severity <level>', 'minimum severity: info, low, medium, high, critical')
    .option('--source <source>', 'a source id, or a prefix ending in * (e.g. "behaviour.*")')
    .option('--entity <id>', 'only alerts about this model, key, principal or address')
    .option('--since <age>', 'last seen within, e.g. 24h or 7d')
    .option('--limit <n>', 'at most this many (1-500)', '50')
    .action((o: AdminClientOptions & { status?: string; severity?: string; source?: string; entity?: string; since?: string; limit: string }) =>
      runAdmin(o, setExit, async (c) => {
        const q = new URLSearchParams({ limit: o.limit });
        if (o.status) q.set('status', o.status);
        if (o.severity) q.set('severity', o.severity);
        if (o.source) q.set('source', o.source);
        if (o.entity) q.set('entity', o.entity);
        if (o.since) q.set('from', String(since(o.since)));
        const r = await c.request<{ data: AlertRow[]; next_cursor?: string }>('GET', `/admin/v1/alerts?${q}`);
        return o.json ? `${JSON.stringify(r.data)}\n` : table(rows(r.data), COLUMNS);
      }),
    );

  withAdminOptions(alerts.command('show').argument('<id>', 'alert id'))
    .description('Show an alert with its evidence, audit links and owner')
    .action((id: string, o: AdminClientOptions) =>
      runAdmin(o, setExit, async (c) => {
        const a = await c.request<AlertRow>('GET', `/admin/v1/alerts/${enc(id)}`);
        return o.json ? `${JSON.stringify(a)}\n` : detail(a);
      }),
    );

  const verbs = [
    ['ack', 'Acknowledge an alert (someone is on it)'],
    ['resolve', 'Resolve an alert'],
    ['suppress', 'Suppress an alert: duplicates are counted, not sent'],
  ] as const;
  for (const [verb, description] of verbs) {
    withAdminOptions(alerts.command(verb).argument('<id>', 'alert id'))
      .description(description)
      .option('--note <text>', 'why (kept with the alert and in the audit log)')
      .action((id: string, o: AdminClientOptions & { note?: string }) =>
        runAdmin(o, setExit, async (c) => {
          const a = await c.request<AlertRow>('POST', `/admin/v1/alerts/${enc(id)}/${verb}`, o.note ? { note: o.note } : {});
          return o.json ? `${JSON.stringify(a)}\n` : `${a.id}: ${a.status}\n`;
        }),
      );
  }
}
