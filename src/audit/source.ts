// Reading entries back in chain order: from the store (SQLite or PostgreSQL, in pages) or from a
// JSONL export / file sink. Both feed the verifier and the exporters.
import { createReadStream } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../store/store.ts';
import type { ChainAnchor, VerifyRecord } from './verify.ts';

/** Records handed on at a time from PostgreSQL: small, so they die young. */
const PAGE = 256;
/** Rows fetched from PostgreSQL per cursor round trip. */
const PG_FETCH = 2_000;

export async function listChains(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('audit_entries').select('chain_id').distinct().execute();
  const arch = await store.db.selectFrom('audit_archives').select('chain_id').distinct().execute();
  return [...new Set([...rows, ...arch].map((r) => r.chain_id))].sort();
}

/** One chain's entries in sequence order, a page at a time, so memory stays flat on large logs. */
export async function* storePages(store: Store, chain: string, fromSeq = 0): AsyncGenerator<VerifyRecord[]> {
  if (store.dialect === 'sqlite') {
    yield* sqlitePages(store.location, chain, fromSeq);
    return;
  }
  // One query through a server-side cursor, not keyset pages: a page boundary (`seq > last`)
  // would skip a second row with the last sequence number, which an attacker who dropped the
  // primary key could plant there. The cursor sees every row, in one snapshot.
  let page: VerifyRecord[] = [];
  const rows = store.db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '>', fromSeq).orderBy('seq').stream(PG_FETCH);
  for await (const r of rows) {
    page.push({
      chain: r.chain_id,
      seq: Number(r.seq),
      time: Number(r.time),
      type: r.type,
      hash: r.hash,
      body: r.body,
      index: {
        requestId: r.request_id ?? undefined,
        principalId: r.principal_id ?? undefined,
        keyId: r.key_id ?? undefined,
        model: r.model ?? undefined,
        route: r.route ?? undefined,
        decision: r.decision ?? undefined,
        status: r.status === null ? undefined : Number(r.status),
      },
    });
    if (page.length === PAGE) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** One chain's entries in sequence order. */
export async function* storeEntries(store: Store, chain: string, fromSeq = 0): AsyncGenerator<VerifyRecord> {
  for await (const page of storePages(store, chain, fromSeq)) yield* page;
}

type RawRow = [number, number, string, string | null, string | null, string | null, string | null, string | null, string | null, number | null, string, string];

/** Sequence numbers per SQLite read: a few MB of rows, so they still die young. */
const SQLITE_RANGE = 512;
/** Above every sequence number the log can hold (and below any text a tampered column might hold). */
const SEQ_LIMIT = 2 ** 53;

/**
 * SQLite: raw rows from a read-only connection, in consecutive ranges of sequence numbers read with
 * `all()` (cheaper per row than stepping a cursor), all inside one read transaction, so the whole
 * chain comes from one consistent snapshot. The ranges partition the sequence numbers, unlike
 * keyset pages after the last row seen: a second row planted under an existing sequence number
 * is read with its twin, never skipped at a boundary. The last read is open-ended, so a value no
 * number range covers (text, after the primary key was dropped) is still read, in `order by` order.
 */
async function* sqlitePages(file: string, chain: string, fromSeq: number): AsyncGenerator<VerifyRecord[]> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const cols = 'seq, time, type, request_id, principal_id, key_id, model, route, decision, status, hash, body';
    const range = db.prepare(`select ${cols} from audit_entries where chain_id = ? and seq > ? and seq <= ? order by seq`).raw(true);
    const rest = db.prepare(`select ${cols} from audit_entries where chain_id = ? and seq > ? order by seq`).raw(true);
    // The next sequence number after `lo`, to step over a long run of missing numbers at once.
    const next = db.prepare('select min(seq) from audit_entries where chain_id = ? and seq > ? and seq < ?').pluck();
    const page = (rows: RawRow[]): VerifyRecord[] =>
      rows.map((r) => ({
        chain,
        seq: r[0],
        time: r[1],
        type: r[2],
        hash: r[10],
        body: r[11],
        // NULL columns stay null: the column check reads null as absent.
        index: { requestId: r[3], principalId: r[4], keyId: r[5], model: r[6], route: r[7], decision: r[8], status: r[9] },
      }));
    db.exec('begin');
    let lo = fromSeq;
    for (;;) {
      const rows = range.all(chain, lo, lo + SQLITE_RANGE) as RawRow[];
      if (rows.length > 0) {
        lo += SQLITE_RANGE;
        yield page(rows);
        continue;
      }
      const n = next.get(chain, lo, SEQ_LIMIT) as number | null;
      if (n === null) break;
      lo = n - 1;
    }
    const tail = rest.all(chain, lo) as RawRow[];
    if (tail.length > 0) yield page(tail);
    db.exec('commit');
  } finally {
    db.close();
  }
}

/** Where each chain resumes after its archived segments (the verifier's starting points). */
export async function archiveAnchors(store: Store): Promise<Map<string, ChainAnchor>> {
  const rows = await store.db.selectFrom('audit_archives').select(['chain_id', 'last_seq', 'last_hash']).orderBy('last_seq').execute();
  const out = new Map<string, ChainAnchor>();
  for (const r of rows) out.set(r.chain_id, { seq: Number(r.last_seq), hash: r.last_hash });
  return out;
}

/**
 * Entries from a JSONL export or file sink, in file order (the order is part of what is checked),
 * a chunk of lines at a time: lines are split by hand from large reads (a JSONL file has no bare
 * CR to honour) and handed over in arrays, not one awaited line at a time.
 */
export async function* jsonlPages(file: string): AsyncGenerator<VerifyRecord[]> {
  let line = 0;
  let rest = '';
  const parse = (text: string): VerifyRecord | undefined => {
    line += 1;
    if (!text.trim()) return undefined;
    let r: Partial<VerifyRecord>;
    try {
      r = JSON.parse(text) as Partial<VerifyRecord>;
    } catch {
      throw new Error(`line ${line} is not JSON`);
    }
    if (typeof r.chain !== 'string' || typeof r.seq !== 'number' || typeof r.hash !== 'string' || typeof r.body !== 'string') {
      throw new Error(`line ${line} is not an audit entry (needs chain, seq, hash, body)`);
    }
    return { chain: r.chain, seq: r.seq, time: Number(r.time), type: String(r.type), hash: r.hash, body: r.body };
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 17 }) as AsyncIterable<string>) {
    const text = rest + chunk;
    const page: VerifyRecord[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const r = parse(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      if (r) page.push(r);
      start = nl + 1;
    }
    rest = text.slice(start);
    if (page.length > 0) yield page;
  }
  const last = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  if (last) {
    const r = parse(last);
    if (r) yield [r];
  }
}
