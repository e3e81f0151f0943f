// Alerts in the store (SQLite or PostgreSQL, migration 0007): create, group a duplicate into an
// open alert, list with filters (newest first, keyset pages), and change status.
import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { AlertsTable } from '../../store/schema.ts';
import type { Store } from '../../store/store.ts';
import { type AlertSignal, SEVERITIES, type Severity } from '../signal.ts';
import type { Alert, AlertQuery, AlertStatus } from './types.ts';

export const MAX_ALERT_PAGE = 500;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toAlert(r: Selectable<AlertsTable>): Alert {
  return {
    id: r.id,
    source: r.source,
    severity: r.severity as Severity,
    title: r.title,
    entity: { kind: r.entity_kind as Alert['entity']['kind'], id: r.entity_id },
    status: r.status,
    firstSeen: Number(r.first_seen),
    lastSeen: Number(r.last_seen),
    count: Number(r.count),
    evidence: parseJson(r.evidence, {}),
    requestIds: parseJson(r.request_ids, []),
    techniques: parseJson(r.techniques, []),
    owner: r.owner,
    onCall: r.on_call,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    updatedBy: r.updated_by,
    note: r.note,
  };
}

function encodeCursor(a: Alert): string {
  return Buffer.from(JSON.stringify([a.lastSeen, a.id])).toString('base64url');
}

function decodeCursor(c: string): [number, string] {
  const v = parseJson<unknown>(Buffer.from(c, 'base64url').toString('utf8'), null);
  if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'string') throw new RangeError('bad cursor');
  return [v[0], v[1]];
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);
const higher = (a: Severity, b: Severity): Severity => (severityRank(a) >= severityRank(b) ? a : b);

export interface OwnerInfo {
  readonly owner?: string | undefined;
  readonly onCall?: string | undefined;
}

export class AlertRepository {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  async create(s: AlertSignal, owner: OwnerInfo, maxRequestIds: number): Promise<Alert> {
    const now = this.now();
    const row: AlertsTable = {
      id: `alrt_${randomUUID().replace(/-/g, '')}`,
      source: s.source,
      severity: s.severity,
      title: s.title.slice(0, 1000),
      entity_kind: s.entity.kind,
      entity_id: s.entity.id.slice(0, 256),
      status: 'open',
      first_seen: s.time,
      last_seen: s.time,
      count: 1,
      evidence: JSON.stringify(s.evidence),
      request_ids: JSON.stringify((s.requestIds ?? []).slice(-maxRequestIds)),
      techniques: JSON.stringify(s.techniques ?? []),
      owner: owner.owner ?? null,
      on_call: owner.onCall ?? null,
      created_at: now,
      updated_at: now,
      updated_by: null,
      note: null,
    };
    await this.store.db.insertInto('alerts').values(row).execute();
    return toAlert(row);
  }

  /** The alert a new signal with this source and entity joins: not resolved, seen since `since`. */
  async findGroup(s: AlertSignal, since: number): Promise<Alert | undefined> {
    const r = await this.store.db
      .selectFrom('alerts')
      .selectAll()
      .where('source', '=', s.source)
      .where('entity_kind', '=', s.entity.kind)
      .where('entity_id', '=', s.entity.id.slice(0, 256))
      .where('status', '!=', 'resolved')
      .where('last_seen', '>=', since)
      .orderBy('last_seen', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r ? toAlert(r) : undefined;
  }

  /** Adds a duplicate signal to an alert: count, last seen, latest evidence, request ids, highest severity. */
  async group(a: Alert, s: AlertSignal, maxRequestIds: number): Promise<Alert> {
    const requestIds = [...a.requestIds, ...(s.requestIds ?? [])].filter((v, i, all) => all.indexOf(v) === i).slice(-maxRequestIds);
    const techniques = [...new Set([...a.techniques, ...(s.techniques ?? [])])];
    const severity = higher(a.severity, s.severity);
    const lastSeen = Math.max(a.lastSeen, s.time);
    const firstSeen = Math.min(a.firstSeen, s.time);
    await this.store.db
      .updateTable('alerts')
      .set((eb) => ({
        count: eb('count', '+', 1),
        last_seen: lastSeen,
        first_seen: firstSeen,
        severity,
        evidence: JSON.stringify(s.evidence),
        request_ids: JSON.stringify(requestIds),
        techniques: JSON.stringify(techniques),
        title: s.title.slice(0, 1000),
      }))
      .where('id', '=', a.id)
      .execute();
    return { ...a, count: a.count + 1, lastSeen, firstSeen, severity, evidence: s.evidence, requestIds, techniques, title: s.title.slice(0, 1000) };
  }

  async get(id: string): Promise<Alert | undefined> {
    const r = await this.store.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toAlert(r) : undefined;
  }

  async setStatus(id: string, status: AlertStatus, actor: string, note?: string): Promise<Alert | undefined> {
    const r = await this.store.db
      .updateTable('alerts')
      .set({ status, updated_at: this.now(), updated_by: actor, ...(note !== undefined ? { note } : {}) })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return undefined;
    return this.get(id);
  }

  async list(q: AlertQuery = {}): Promise<{ alerts: Alert[]; next?: string }> {
    const limit = Math.min(q.limit ?? 100, MAX_ALERT_PAGE);
    let query = this.store.db.selectFrom('alerts').selectAll();
    if (q.status) query = query.where('status', '=', q.status);
    if (q.minSeverity) query = query.where('severity', 'in', SEVERITIES.slice(severityRank(q.minSeverity)));
    if (q.source) {
      const prefix = q.source.slice(0, -1);
      // substr, not LIKE: `_` in source ids is a LIKE wildcard, and both dialects have substr.
      query = q.source.endsWith('*') ? query.where(sql<string>`substr(source, 1, ${sql.lit(prefix.length)})`, '=', prefix) : query.where('source', '=', q.source);
    }
    if (q.entityKind) query = query.where('entity_kind', '=', q.entityKind);
    if (q.entityId) query = query.where('entity_id', '=', q.entityId);
    if (q.from !== undefined) query = query.where('last_seen', '>=', q.from);
    if (q.to !== undefined) query = query.where('last_seen', '<', q.to);
    if (q.cursor) {
      const [t, id] = decodeCursor(q.cursor);
      query = query.where((eb) => eb.or([eb('last_seen', '<', t), eb.and([eb('last_seen', '=', t), eb('id', '<', id)])]));
    }
    const rows = await query.orderBy('last_seen', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const alerts = rows.slice(0, limit).map(toAlert);
    return rows.length > limit ? { alerts, next: encodeCursor(alerts[alerts.length - 1]!) } : { alerts };
  }
}
