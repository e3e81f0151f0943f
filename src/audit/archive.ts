// Retention: old entries of a chain move to a signed, gzip-compressed JSONL segment before they are
// deleted; the store keeps the segment's last (seq, hash) as the anchor its chain continues from,
// so verification crosses the archive boundary.
import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Store } from '../store/store.ts';
import { canonicalize } from './canonical.ts';
import { genesisHash } from './chain.ts';
import type { AuditKeys } from './keys.ts';
import { entryLine } from './sinks/sink.ts';
import { archiveAnchors, storeEntries } from './source.ts';
import { ChainVerifier, type VerifyRecord, type VerifyResult } from './verify.ts';

export interface ArchiveManifest {
  readonly v: 1;
  readonly chain: string;
  readonly first_seq: number;
  readonly last_seq: number;
  /** The hash the segment chains from (the previous segment's last hash, or the genesis hash). */
  readonly prev_hash: string;
  readonly last_hash: string;
  readonly entries: number;
  /** SHA-256 of the .jsonl.gz file. */
  readonly sha256: string;
  readonly created_at: number;
  readonly public_key: string;
  readonly signature: string;
}

const MAX_SEGMENT = 1_000_000;

function manifestText(m: Omit<ArchiveManifest, 'signature'>): Buffer {
  return Buffer.from(canonicalize(m));
}

/**
 * Archives a chain's entries older than `cutoff` (a contiguous prefix) and deletes them from the
 * store. Refuses to archive a segment that does not verify.
 */
export async function archiveChain(store: Store, keys: AuditKeys, chain: string, cutoff: number, dir: string, now = Date.now()): Promise<ArchiveManifest | undefined> {
  const anchor = (await archiveAnchors(store)).get(chain) ?? { seq: 0, hash: genesisHash(chain) };
  const seg: VerifyRecord[] = [];
  for await (const e of storeEntries(store, chain, anchor.seq)) {
    if (e.time >= cutoff || seg.length >= MAX_SEGMENT) break;
    seg.push(e);
  }
  if (seg.length === 0) return undefined;
  const check = new ChainVerifier({ anchors: new Map([[chain, anchor]]) });
  for (const e of seg) check.add(e);
  const r = check.finish();
  if (!r.ok) throw new Error(`refusing to archive a broken segment: ${r.firstBreak!.kind} at ${r.firstBreak!.chain}:${r.firstBreak!.seq}`);
  const first = seg[0]!;
  const last = seg[seg.length - 1]!;
  const gz = gzipSync(seg.map((e) => entryLine({ ...e, index: {} })).join(''));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = `${chain}-${String(first.seq).padStart(12, '0')}-${String(last.seq).padStart(12, '0')}`;
  const unsigned = {
    v: 1 as const,
    chain,
    first_seq: first.seq,
    last_seq: last.seq,
    prev_hash: anchor.hash,
    last_hash: last.hash,
    entries: seg.length,
    sha256: createHash('sha256').update(gz).digest('hex'),
    created_at: now,
    public_key: keys.publicKeyPem,
  };
  const manifest: ArchiveManifest = { ...unsigned, signature: sign(null, manifestText(unsigned), keys.signingKey).toString('base64') };
  writeFileSync(join(dir, `${base}.jsonl.gz`), gz, { mode: 0o600, flag: 'wx' });
  writeFileSync(join(dir, `${base}.manifest.json`), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await store.db.transaction().execute(async (tx) => {
    await tx.insertInto('audit_archives').values({ chain_id: chain, first_seq: first.seq, last_seq: last.seq, last_hash: last.hash, file: `${base}.jsonl.gz`, created_at: now }).execute();
    await tx.deleteFrom('audit_entries').where('chain_id', '=', chain).where('seq', '<=', last.seq).execute();
  });
  return manifest;
}

/** Checks one archive: the manifest's signature, the file's digest, and the chain inside it. */
export function verifyArchiveSegment(dir: string, manifestFile: string, trustedKeys: readonly string[]): { manifest: ArchiveManifest; result: VerifyResult } {
  const m = JSON.parse(readFileSync(join(dir, manifestFile), 'utf8')) as ArchiveManifest;
  const { signature, ...unsigned } = m;
  const fail = (kind: 'bad_signature' | 'modified', detail: string): { manifest: ArchiveManifest; result: VerifyResult } => ({
    manifest: m,
    result: { ok: false, entries: 0, chains: [], firstBreak: { kind, chain: m.chain, seq: m.first_seq, detail: `${manifestFile}: ${detail}` } },
  });
  let sigOk = false;
  try {
    sigOk = trustedKeys.some((k) => k.trim() === m.public_key.trim()) && verify(null, manifestText(unsigned), createPublicKey(m.public_key), Buffer.from(signature, 'base64'));
  } catch {}
  if (!sigOk) return fail('bad_signature', 'the manifest has no valid signature from a trusted key');
  const gzFile = join(dir, manifestFile.replace(/\.manifest\.json$/, '.jsonl.gz'));
  if (!existsSync(gzFile)) return fail('modified', 'the archive file is missing');
  const gz = readFileSync(gzFile);
  if (createHash('sha256').update(gz).digest('hex') !== m.sha256) return fail('modified', 'the archive file does not match its signed digest');
  const v = new ChainVerifier({ anchors: new Map([[m.chain, { seq: m.first_seq - 1, hash: m.prev_hash }]]) });
  for (const line of gunzipSync(gz).toString('utf8').split('\n')) if (line) v.add(JSON.parse(line) as VerifyRecord);
  const result = v.finish();
  if (result.ok && (result.chains[0]?.lastSeq !== m.last_seq || result.chains[0]?.head !== m.last_hash)) return fail('modified', 'the archive does not end where its manifest says');
  return { manifest: m, result };
}

/**
 * Verifies every archive in `dir`, segment after segment per chain (each must start where the
 * previous ended, the first at genesis), and returns where each chain's archives end.
 */
export function verifyArchives(dir: string, trustedKeys: readonly string[]): { ok: boolean; entries: number; ends: Map<string, { seq: number; hash: string }>; firstBreak?: VerifyResult['firstBreak'] } {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.manifest.json')).sort() : [];
  const ends = new Map<string, { seq: number; hash: string }>();
  let entries = 0;
  for (const f of files) {
    const { manifest: m, result } = verifyArchiveSegment(dir, f, trustedKeys);
    if (!result.ok) return { ok: false, entries, ends, firstBreak: result.firstBreak };
    const prev = ends.get(m.chain) ?? { seq: 0, hash: genesisHash(m.chain) };
    if (m.first_seq !== prev.seq + 1 || m.prev_hash !== prev.hash) {
      return { ok: false, entries, ends, firstBreak: { kind: 'deleted', chain: m.chain, seq: prev.seq + 1, detail: `${f} does not continue the previous archive` } };
    }
    entries += result.entries;
    ends.set(m.chain, { seq: m.last_seq, hash: m.last_hash });
  }
  return { ok: true, entries, ends };
}
