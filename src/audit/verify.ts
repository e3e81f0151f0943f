// Verifies chains: every entry's hash, every sequence number, every signed checkpoint, and names
// the first break precisely: modified, deleted, inserted, reordered, truncated, or a bad signature.
import { type StoredEntry, chainHash, genesisHash } from './chain.ts';
import { type Checkpoint, checkpointSignatureValid } from './checkpoint.ts';
import { type StoredIndex, indexMismatch } from './index-check.ts';

export type BreakKind = 'modified' | 'deleted' | 'inserted' | 'reordered' | 'truncated' | 'bad_signature';

export interface ChainBreak {
  readonly kind: BreakKind;
  readonly chain: string;
  /** The first sequence number affected. */
  readonly seq: number;
  readonly detail: string;
}

export interface VerifyRecord extends StoredEntry {
  /** Query columns, when the source has them: they must agree with the hashed body. */
  readonly index?: StoredIndex;
}

export interface ChainAnchor {
  /** The last sequence number before this source starts (an archive boundary), and its hash. */
  readonly seq: number;
  readonly hash: string;
}

export interface VerifyOptions {
  readonly checkpoints?: readonly Checkpoint[];
  readonly trustedKeys?: readonly string[];
  readonly anchors?: ReadonlyMap<string, ChainAnchor>;
  readonly onProgress?: (entries: number) => void;
  readonly progressEvery?: number;
}

export interface ChainSummary {
  readonly chain: string;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly head: string;
  readonly checkpointsVerified: number;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly entries: number;
  readonly chains: readonly ChainSummary[];
  readonly firstBreak?: ChainBreak;
}

interface ChainState {
  chain: string;
  expected: number;
  prev: string;
  /** `{"chain":"<id>","data":`, how every entry of this chain opens. */
  opening: string;
  firstSeq: number;
  lastSeq: number;
  checkpoints: Map<number, Checkpoint>;
  verified: number;
  /** A hash mismatch waiting for the next entry to tell an insertion from a modification. */
  suspect?: { rec: VerifyRecord; prev: string };
  /** A gap waiting to learn whether the missing entries come later (reordered) or never (deleted). */
  gap?: { from: number; to: number };
  broken?: ChainBreak;
}

/** JSON text of the few distinct chain ids and types, built once each. */
const quotedText = new Map<string, string>();
function quoteOnce(v: string): string {
  let q = quotedText.get(v);
  if (q === undefined) {
    q = JSON.stringify(v);
    if (quotedText.size < 4_096) quotedText.set(v, q);
  }
  return q;
}

/** The canonical envelope around `data`: members sort as chain, data, seq, time, type, v. */
function envelopeMatches(rec: VerifyRecord, opening: string): boolean {
  const body = rec.body;
  return body.startsWith(opening) && body.endsWith(`,"seq":${rec.seq},"time":${rec.time},"type":${quoteOnce(rec.type)},"v":1}`);
}

export class ChainVerifier {
  private readonly states = new Map<string, ChainState>();
  private entries = 0;
  private first: ChainBreak | undefined;
  private readonly trusted: readonly string[];

  constructor(private readonly opts: VerifyOptions = {}) {
    this.trusted = opts.trustedKeys ?? [];
  }

  private state(chain: string): ChainState {
    let s = this.states.get(chain);
    if (!s) {
      const anchor = this.opts.anchors?.get(chain);
      const cps = new Map<number, Checkpoint>();
      for (const c of this.opts.checkpoints ?? []) if (c.chain === chain) cps.set(c.seq, c);
      s = { chain, expected: (anchor?.seq ?? 0) + 1, prev: anchor?.hash ?? genesisHash(chain), opening: `{"chain":${quoteOnce(chain)},"data":`, firstSeq: (anchor?.seq ?? 0) + 1, lastSeq: anchor?.seq ?? 0, checkpoints: cps, verified: 0 };
      this.states.set(chain, s);
    }
    return s;
  }

  private fail(s: ChainState, kind: BreakKind, seq: number, detail: string): void {
    s.broken = { kind, chain: s.chain, seq, detail };
    this.first ??= s.broken;
  }

  add(rec: VerifyRecord): void {
    this.entries += 1;
    if (this.opts.onProgress && this.entries % (this.opts.progressEvery ?? 100_000) === 0) this.opts.onProgress(this.entries);
    const s = this.state(rec.chain);
    if (s.gap) {
      // Already broken by a gap: only watch for the missing entries turning up later.
      if (rec.seq >= s.gap.from && rec.seq <= s.gap.to && s.broken?.kind === 'deleted') {
        s.broken = { ...s.broken, kind: 'reordered', detail: `entry ${rec.seq} appears after entry ${s.gap.to + 1}` };
        if (this.first?.chain === s.chain) this.first = s.broken;
      }
      return;
    }
    if (s.broken && !s.suspect) return;
    if (s.suspect) return this.resolveSuspect(s, rec);
    this.check(s, rec);
  }

  private check(s: ChainState, rec: VerifyRecord): void {
    if (!envelopeMatches(rec, s.opening)) {
      // Slow path, only on a mismatch: parse to say what is wrong.
      let body: { seq?: unknown };
      try {
        body = JSON.parse(rec.body) as typeof body;
      } catch {
        return this.fail(s, 'modified', rec.seq, `entry ${rec.seq} is not valid JSON`);
      }
      if (typeof body.seq === 'number' && body.seq !== rec.seq) {
        return this.fail(s, 'reordered', rec.seq, `the entry stored at ${rec.seq} was written as entry ${body.seq}`);
      }
      return this.fail(s, 'modified', rec.seq, `entry ${rec.seq}'s stored chain, time or type disagrees with the hashed entry`);
    }
    if (rec.seq > s.expected) {
      s.gap = { from: s.expected, to: rec.seq - 1 };
      return this.fail(s, 'deleted', s.expected, rec.seq - 1 === s.expected ? `entry ${s.expected} is missing` : `entries ${s.expected}..${rec.seq - 1} are missing`);
    }
    if (rec.seq < s.expected) return this.fail(s, 'inserted', rec.seq, `entry ${rec.seq} appears twice`);
    const h = chainHash(s.prev, rec.body);
    if (h !== rec.hash) {
      s.suspect = { rec, prev: s.prev };
      return this.fail(s, 'modified', rec.seq, `entry ${rec.seq} does not match its hash`);
    }
    const bad = indexMismatch(rec.index, rec.type, rec.body);
    if (bad) return this.fail(s, 'modified', rec.seq, `entry ${rec.seq}: ${bad}`);
    const cp = s.checkpoints.get(rec.seq);
    if (cp) {
      if (!checkpointSignatureValid(cp, this.trusted)) return this.fail(s, 'bad_signature', rec.seq, `the checkpoint at ${rec.seq} has no valid signature from a trusted key`);
      if (cp.head !== h) return this.fail(s, 'modified', rec.seq, `entries up to ${rec.seq} were rewritten: the head differs from the signed checkpoint`);
      s.verified += 1;
    }
    s.prev = h;
    s.lastSeq = rec.seq;
    s.expected = rec.seq + 1;
  }

  /** The entry after a mismatch: if it chains from before the suspect, the suspect was inserted. */
  private resolveSuspect(s: ChainState, next: VerifyRecord): void {
    const { rec, prev } = s.suspect!;
    s.suspect = undefined;
    if (chainHash(prev, next.body) === next.hash) {
      s.broken = { kind: 'inserted', chain: s.chain, seq: rec.seq, detail: `an entry was inserted at ${rec.seq}; the next entry chains from ${rec.seq - 1}` };
      if (this.first?.chain === s.chain && this.first.seq === rec.seq) this.first = s.broken;
    }
  }

  finish(): VerifyResult {
    for (const s of this.states.values()) {
      if (s.broken) continue;
      const maxCp = Math.max(0, ...[...s.checkpoints.keys()]);
      if (maxCp > s.lastSeq) {
        const cp = s.checkpoints.get(maxCp)!;
        if (checkpointSignatureValid(cp, this.trusted)) this.fail(s, 'truncated', s.lastSeq + 1, `the log ends at ${s.lastSeq} but a signed checkpoint vouches for ${maxCp}`);
      }
    }
    // Chains known only from checkpoints: everything they vouch for is gone.
    for (const c of this.opts.checkpoints ?? []) {
      if (!this.states.has(c.chain) && checkpointSignatureValid(c, this.trusted)) {
        const s = this.state(c.chain);
        if (s.lastSeq < c.seq) this.fail(s, 'truncated', s.lastSeq + 1, `no entries, but a signed checkpoint vouches for ${c.seq}`);
      }
    }
    const chains = [...this.states.values()].map((s) => ({ chain: s.chain, firstSeq: s.firstSeq, lastSeq: s.lastSeq, head: s.prev, checkpointsVerified: s.verified }));
    return { ok: this.first === undefined, entries: this.entries, chains, ...(this.first ? { firstBreak: this.first } : {}) };
  }
}

export async function verifyEntries(source: AsyncIterable<VerifyRecord> | Iterable<VerifyRecord>, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const v = new ChainVerifier(opts);
  for await (const r of source) v.add(r);
  return v.finish();
}
