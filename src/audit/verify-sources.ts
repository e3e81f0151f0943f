// Verification of a whole store or a JSONL file: gathers the chains, their signed checkpoints
// (from the store and from the checkpoint file) and archive anchors, then runs the verifier.
import type { Store } from '../store/store.ts';
import { type Checkpoint, loadCheckpoints, readCheckpointFile } from './checkpoint.ts';
import { verifyArchives } from './archive.ts';
import { archiveAnchors, jsonlPages, listChains, storePages } from './source.ts';
import { ChainVerifier, type VerifyResult } from './verify.ts';

export interface VerifySourceOptions {
  /** PEM public keys whose checkpoint signatures are trusted. */
  readonly trustedKeys: readonly string[];
  /** The second checkpoint sink (append-only file), merged with the store's. */
  readonly checkpointFile?: string;
  readonly onProgress?: (entries: number) => void;
  /** Archived segments: verified too, and each chain's store anchor must be where they end. */
  readonly archiveDir?: string;
}

function mergeCheckpoints(a: readonly Checkpoint[], b: readonly Checkpoint[]): Checkpoint[] {
  const seen = new Map<string, Checkpoint>();
  for (const c of [...a, ...b]) {
    const k = `${c.chain}\0${c.seq}`;
    const had = seen.get(k);
    // Two different heads for one sequence number: keep both visible by preferring the file's
    // (append-only) copy; the verifier compares the entry against it.
    if (!had || had.head !== c.head) seen.set(k, c);
  }
  return [...seen.values()];
}

export async function verifyStore(store: Store, opts: VerifySourceOptions): Promise<VerifyResult> {
  const chains = await listChains(store);
  const fileCps = opts.checkpointFile ? readCheckpointFile(opts.checkpointFile) : [];
  for (const c of fileCps) if (!chains.includes(c.chain)) chains.push(c.chain);
  const storeCps: Checkpoint[] = [];
  for (const chain of chains) storeCps.push(...(await loadCheckpoints(store, chain)));
  const anchors = await archiveAnchors(store);
  let archived = 0;
  if (opts.archiveDir) {
    const a = verifyArchives(opts.archiveDir, opts.trustedKeys);
    if (!a.ok) return { ok: false, entries: a.entries, chains: [], firstBreak: a.firstBreak! };
    archived = a.entries;
    for (const [chain, anchor] of anchors) {
      const end = a.ends.get(chain);
      if (!end || end.seq !== anchor.seq || end.hash !== anchor.hash) {
        return { ok: false, entries: a.entries, chains: [], firstBreak: { kind: end && end.seq === anchor.seq ? 'modified' : 'deleted', chain, seq: (end?.seq ?? 0) + 1, detail: `the store continues from ${anchor.seq}, but the archives end at ${end?.seq ?? 0}` } };
      }
    }
  }
  const v = new ChainVerifier({ checkpoints: mergeCheckpoints(storeCps, fileCps), trustedKeys: opts.trustedKeys, anchors, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  for (const chain of chains) for await (const page of storePages(store, chain)) for (const r of page) v.add(r);
  const r = v.finish();
  return { ...r, entries: r.entries + archived };
}

export async function verifyJsonl(file: string, opts: VerifySourceOptions): Promise<VerifyResult> {
  const cps = opts.checkpointFile ? readCheckpointFile(opts.checkpointFile) : [];
  const v = new ChainVerifier({ checkpoints: cps, trustedKeys: opts.trustedKeys, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  for await (const page of jsonlPages(file)) for (const r of page) v.add(r);
  return v.finish();
}
