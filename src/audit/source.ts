// Reading entries back in chain order: from the store (SQLite or PostgreSQL, in pages) or from a
// JSONL export / file sink. Both feed the verifier and the exporters.
import { createReadStream } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../store/store.ts';
import type { ChainAnchor, VerifyRecord } from './verify.ts';

/** Records handed on at a time: small, so they die young (see sqlitePages). */
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

/**
 * SQLite: a read-only connection streaming raw rows (one consistent snapshot), several times
 * faster than paging objects through the query builder; verification is bound by this read.
 */
async function* sqlitePages(file: string, chain: string, fromSeq: number): AsyncGenerator<VerifyRecord[]> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const stmt = db
      .prepare('select seq, time, type, request_id, principal_id, key_id, model, route, decision, status, hash, body from audit_entries where chain_id = ? and seq > ? order by seq')
      .raw(true);
    let page: VerifyRecord[] = [];
    // Small pages: records die young (a page of 20,000 outlives the young generation and every
    // record is copied and promoted, which cost more than reading it).
    for (const r of stmt.iterate(chain, fromSeq) as IterableIterator<RawRow>) {
      page.push({
        chain,
        seq: r[0],
        time: r[1],
        type: r[2],
        hash: r[10],
        body: r[11],
        index: { requestId: r[3] ?? undefined, principalId: r[4] ?? undefined, keyId: r[5] ?? undefined, model: r[6] ?? undefined, route: r[7] ?? undefined, decision: r[8] ?? undefined, status: r[9] ?? undefined },
      });
      if (page.length === PAGE) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
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
