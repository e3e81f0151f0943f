// Signed checkpoints: (chain id, sequence, head hash, time) signed with Ed25519, written to the
// store and to a second, append-only file, so rewriting the database alone cannot hide a change.
import { type KeyObject, createPublicKey, sign, verify } from 'node:crypto';
import { existsSync, fsyncSync, mkdirSync, openSync, closeSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../store/store.ts';
import { canonicalize } from './canonical.ts';

export interface Checkpoint {
  readonly chain: string;
  readonly seq: number;
  readonly head: string;
  readonly time: number;
  /** Ed25519 signature (base64) over the canonical {chain, head, seq, time}. */
  readonly signature: string;
  /** SPKI PEM of the key that signed it. */
  readonly publicKey: string;
}

function signedText(c: Pick<Checkpoint, 'chain' | 'seq' | 'head' | 'time'>): Buffer {
  return Buffer.from(canonicalize({ chain: c.chain, head: c.head, seq: c.seq, time: c.time, v: 1 }));
}

export function signCheckpoint(c: Pick<Checkpoint, 'chain' | 'seq' | 'head' | 'time'>, key: KeyObject, publicKeyPem: string): Checkpoint {
  return { chain: c.chain, seq: c.seq, head: c.head, time: c.time, signature: sign(null, signedText(c), key).toString('base64'), publicKey: publicKeyPem };
}

/** True when the signature is good and made by one of the trusted keys (PEMs). */
export function checkpointSignatureValid(c: Checkpoint, trusted: readonly string[]): boolean {
  if (!trusted.some((t) => t.trim() === c.publicKey.trim())) return false;
  try {
    return verify(null, signedText(c), createPublicKey(c.publicKey), Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Appends to the checkpoint file and fsyncs it. */
export function appendCheckpointFile(file: string, c: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const fd = openSync(file, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(c)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function readCheckpointFile(file: string, chain?: string): Checkpoint[] {
  if (!existsSync(file)) return [];
  const out: Checkpoint[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (typeof c.seq === 'number' && typeof c.head === 'string' && (!chain || c.chain === chain)) out.push(c);
    } catch {
      // A torn last line (crash mid-append) is skipped; verify reports unsigned tails separately.
    }
  }
  return out;
}

export async function saveCheckpoint(store: Store, c: Checkpoint): Promise<void> {
  await store.db
    .insertInto('audit_checkpoints')
    .values({ chain_id: c.chain, seq: c.seq, head: c.head, time: c.time, signature: c.signature, public_key: c.publicKey })
    .onConflict((oc) => oc.columns(['chain_id', 'seq']).doNothing())
    .execute();
}

export async function loadCheckpoints(store: Store, chain: string): Promise<Checkpoint[]> {
  const rows = await store.db.selectFrom('audit_checkpoints').selectAll().where('chain_id', '=', chain).orderBy('seq').execute();
  return rows.map((r) => ({ chain: r.chain_id, seq: Number(r.seq), head: r.head, time: Number(r.time), signature: r.signature, publicKey: r.public_key }));
}

