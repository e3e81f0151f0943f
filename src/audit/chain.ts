// The hash chain: hash_n = SHA-256(hash_{n-1} || canonical(entry_n)), one chain per gateway
// replica (chain id), starting from a genesis hash bound to that chain id.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { canonicalize } from './canonical.ts';

/** The entry kinds the log records; control-plane events keep their bus type (`policy.reloaded`, `auth.failure`, ...). */
export type AuditEntryType = string;

/** What is hashed: the envelope and the entry's data, canonicalised. */
export interface ChainedEntry {
  readonly v: 1;
  readonly chain: string;
  readonly seq: number;
  readonly time: number;
  readonly type: AuditEntryType;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Columns the store indexes for queries; verification checks them against the body. */
export interface EntryIndex {
  readonly requestId?: string;
  readonly principalId?: string;
  readonly keyId?: string;
  readonly model?: string;
  readonly route?: string;
  readonly decision?: string;
  readonly status?: number;
}

/** An entry as stored: its canonical text and its chain hash (hex). */
export interface StoredEntry {
  readonly chain: string;
  readonly seq: number;
  readonly time: number;
  readonly type: string;
  readonly hash: string;
  readonly body: string;
}

export interface SealedEntry extends StoredEntry {
  readonly index: EntryIndex;
}

export interface EntryDraft {
  readonly time: number;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly index: EntryIndex;
  /**
   * Set by builders whose data is canonical by construction (members inserted in sorted order,
   * only strings, finite numbers, booleans, null, arrays and such objects): JSON.stringify then
   * writes the RFC 8785 form natively, without canonicalize() checking the whole tree first.
   */
  readonly canonical?: true;
}

export const CHAIN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The hash before the first entry: binds the chain to its id, so two chains never share a prefix. */
export function genesisHash(chain: string): string {
  return createHash('sha256').update(`bulwark-audit-v1\0${chain}`).digest('hex');
}

/**
 * `hash_{n-1} || body` is laid out in one reused buffer and hashed in one call: about half the
 * cost of a Hash object with two updates, on every entry written and verified. Synchronous and
 * single-threaded, so sharing the buffer within a thread is safe.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);

/** SHA-256(prev || body) as hex, with `prev` the previous hash in hex. */
export function chainHash(prevHex: string, body: string): string {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  if (scratch.length < 32 + body.length * 3) {
    scratch = Buffer.allocUnsafe(32 + body.length * 3);
  }
  // A malformed (tampered) previous hash decodes short, as Buffer.from(hex) would: never throws.
  const p = scratch.write(prevHex, 0, 32, 'hex');
  const n = scratch.write(body, p, 'utf8');
  return oneShotHash('sha256', scratch.subarray(0, p + n), 'hex');
}

/** The entry `draft` becomes as number `seq` of `chain`, after the entry whose hash is `prev`. */
export function sealEntry(chain: string, seq: number, prev: string, it: EntryDraft): SealedEntry {
  // Members in canonical order; with canonical data the envelope only needs a finite time.
  const entry: ChainedEntry = { chain, data: it.data, seq, time: it.time, type: it.type, v: 1 };
  const body = it.canonical && Number.isFinite(it.time) && typeof it.type === 'string' ? JSON.stringify(entry) : canonicalize(entry);
  return { chain, seq, time: it.time, type: it.type, hash: chainHash(prev, body), body, index: it.index };
}

/** Appends entries to one chain in memory; the caller commits them, then `advance`s, or drops them. */
export class ChainHead {
  constructor(
    readonly chain: string,
    public seq: number,
    public hash: string,
  ) {
    if (!CHAIN_ID.test(chain)) throw new Error('invalid audit chain id');
  }

  static fresh(chain: string): ChainHead {
    return new ChainHead(chain, 0, genesisHash(chain));
  }

  /** Seals entries after the head without moving it. */
  seal(items: readonly EntryDraft[]): SealedEntry[] {
    let prev = this.hash;
    let seq = this.seq;
    return items.map((it) => {
      const e = sealEntry(this.chain, (seq += 1), prev, it);
      prev = e.hash;
      return e;
    });
  }

  advance(last: StoredEntry): void {
    this.seq = last.seq;
    this.hash = last.hash;
  }
}
