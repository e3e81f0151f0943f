// Reading the log for people: filters (time, principal, key, model, route, decision, request id,
// type, chain) with keyset paging, and the export lines (raw JSONL or OCSF).
import type { Store } from '../store/store.ts';
import { entryLine } from './sinks/sink.ts';

export interface AuditQuery {
  readonly from?: number;
  readonly to?: number;
  readonly principal?: string;
  readonly key?: string;
  readonly model?: string;
  readonly route?: string;
  readonly decision?: string;
  readonly requestId?: string;
  readonly type?: string;
  readonly chain?: string;
  readonly limit?: number;
  /** Opaque, from the previous page's `next`. */
  readonly cursor?: string;
}

export interface AuditEntryView {
  readonly chain: string;
  readonly seq: number;
  readonly time: number;
  readonly type: string;
  readonly hash: string;
  readonly body: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AuditPage {
  readonly entries: readonly AuditEntryView[];
  readonly next?: string;
}

export const MAX_PAGE = 1_000;

function decodeCursor(c: string): [number, string, number] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 3 && Number.isSafeInteger(v[0]) && typeof v[1] === 'string' && Number.isSafeInteger(v[2])) return v as [number, string, number];
  } catch {}
  throw new RangeError('invalid cursor');
}

export async function queryAudit(store: Store, q: AuditQuery): Promise<AuditPage> {
  const limit = Math.min(Math.max(1, q.limit ?? 100), MAX_PAGE);
  let sel = store.db.selectFrom('audit_entries').selectAll();
  if (q.from !== undefined) sel = sel.where('time', '>=', q.from);
  if (q.to !== undefined) sel = sel.where('time', '<', q.to);
  if (q.principal !== undefined) sel = sel.where('principal_id', '=', q.principal);
  if (q.key !== undefined) sel = sel.where('key_id', '=', q.key);
  if (q.model !== undefined) sel = sel.where('model', '=', q.model);
  if (q.route !== undefined) sel = sel.where('route', '=', q.route);
  if (q.decision !== undefined) sel = sel.where('decision', '=', q.decision);
  if (q.requestId !== undefined) sel = sel.where('request_id', '=', q.requestId);
  if (q.type !== undefined) sel = sel.where('type', '=', q.type);
  if (q.chain !== undefined) sel = sel.where('chain_id', '=', q.chain);
  if (q.cursor !== undefined) {
    const [t, c, s] = decodeCursor(q.cursor);
    sel = sel.where((eb) => eb.or([eb('time', '>', t), eb.and([eb('time', '=', t), eb('chain_id', '>', c)]), eb.and([eb('time', '=', t), eb('chain_id', '=', c), eb('seq', '>', s)])]));
  }
  const rows = await sel.orderBy('time').orderBy('chain_id').orderBy('seq').limit(limit + 1).execute();
  const page = rows.slice(0, limit).map((r) => {
    const body = JSON.parse(r.body) as { data?: Record<string, unknown> };
    return { chain: r.chain_id, seq: Number(r.seq), time: Number(r.time), type: r.type, hash: r.hash, body: r.body, data: body.data ?? {} };
  });
  const last = page[page.length - 1];
  return { entries: page, ...(rows.length > limit && last ? { next: Buffer.from(JSON.stringify([last.time, last.chain, last.seq])).toString('base64url') } : {}) };
}

/** Every entry the query matches, page by page. */
export async function* queryAll(store: Store, q: AuditQuery): AsyncGenerator<AuditEntryView> {
  let cursor = q.cursor;
  for (;;) {
    const page = await queryAudit(store, { ...q, limit: MAX_PAGE, ...(cursor ? { cursor } : {}) });
    yield* page.entries;
    if (!page.next) return;
    cursor = page.next;
  }
}

/** An export line that `bulwark audit verify --file` accepts. */
export function exportLine(e: AuditEntryView): string {
  return entryLine({ ...e, index: {} });
}
