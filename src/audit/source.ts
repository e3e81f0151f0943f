// Reading entries back in chain order: from the store (SQLite or PostgreSQL, in pages) or from a
// JSONL export / file sink. Both feed the verifier and the exporters.
import { createReadStream } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { createInterface } from 'node:readline';
import type { Store } from '../store/store.ts';
import type { ChainAnchor, VerifyRecord } from './verify.ts';

const PAGE = 20_000;

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
  let after = fromSeq;
  for (;;) {
    const rows = await store.db.selectFrom('audit_entries').selectAll().where('chain_id', '=', chain).where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
    yield rows.map((r) => ({
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
        status: r.status === null ? undefined : Number(r.status),
      },
    }));
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** One chain's entries in sequence order. */
export async function* storeEntries(store: Store, chain: string, fromSeq = 0): AsyncGenerator<VerifyRecord> {
  for await (const page of storePages(store, chain, fromSeq)) yield* page;
}

type RawRow = [string, number, number, string, string | null, string | null, string | null, string | null, string | null, number | null, string, string];

/**
 * SQLite: a read-only connection streaming raw rows (one consistent snapshot), several times
 * faster than paging objects through the query builder; verification is bound by this read.
 */
async function* sqlitePages(file: string, chain: string, fromSeq: number): AsyncGenerator<VerifyRecord[]> {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const stmt = db
      .prepare('select chain_id, seq, time, type, request_id, principal_id, key_id, model, route, status, hash, body from audit_entries where chain_id = ? and seq > ? order by seq')
      .raw(true);
    let page: VerifyRecord[] = [];
    for (const r of stmt.iterate(chain, fromSeq) as IterableIterator<RawRow>) {
      page.push({
        chain: r[0],
        seq: r[1],
        time: r[2],
        type: r[3],
        hash: r[10],
        body: r[11],
        index: { requestId: r[4] ?? undefined, principalId: r[5] ?? undefined, keyId: r[6] ?? undefined, model: r[7] ?? undefined, route: r[8] ?? undefined, status: r[9] ?? undefined },
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

/** Entries from a JSONL export or file sink, in file order (the order is part of what is checked). */
export async function* jsonlEntries(file: string): AsyncGenerator<VerifyRecord> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line += 1;
    if (!text.trim()) continue;
    let r: Partial<VerifyRecord>;
    try {
      r = JSON.parse(text) as Partial<VerifyRecord>;
    } catch {
      throw new Error(`line ${line} is not JSON`);
    }
    if (typeof r.chain !== 'string' || typeof r.seq !== 'number' || typeof r.hash !== 'string' || typeof r.body !== 'string') {
      throw new Error(`line ${line} is not an audit entry (needs chain, seq, hash, body)`);
    }
    yield { chain: r.chain, seq: r.seq, time: Number(r.time), type: String(r.type), hash: r.hash, body: r.body };
  }
}
