// Messages between the store sink and its SQLite writer thread. A batch travels as one flat array
// of column values (ROW_WIDTH per entry), cheaper to copy between threads than one object per entry.
import type { SealedEntry } from '../chain.ts';

export const SQLITE_COLUMNS = ['chain_id', 'seq', 'time', 'type', 'request_id', 'principal_id', 'key_id', 'model', 'route', 'decision', 'status', 'hash', 'body'] as const;
export const ROW_WIDTH = SQLITE_COLUMNS.length;

export interface WriterSetup {
  readonly file: string;
  readonly durability: 'full' | 'normal';
  /** How long a write waits out another SQLite writer. */
  readonly busyTimeoutMs: number;
}

export type WriterRequest = { readonly id: number } & ({ readonly op: 'write'; readonly rows: readonly unknown[] } | { readonly op: 'probe' } | { readonly op: 'close' });

export type WriterReply = { readonly id: number; readonly ok: true } | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string; readonly code?: string } };

/** The batch's column values, row after row, in SQLITE_COLUMNS order. */
export function flatRows(batch: readonly SealedEntry[]): unknown[] {
  const rows = new Array<unknown>(batch.length * ROW_WIDTH);
  let k = 0;
  for (const e of batch) {
    const i = e.index;
    rows[k++] = e.chain;
    rows[k++] = e.seq;
    rows[k++] = e.time;
    rows[k++] = e.type;
    rows[k++] = i.requestId ?? null;
    rows[k++] = i.principalId ?? null;
    rows[k++] = i.keyId ?? null;
    rows[k++] = i.model ?? null;
    rows[k++] = i.route ?? null;
    rows[k++] = i.decision ?? null;
    rows[k++] = i.status ?? null;
    rows[k++] = e.hash;
    rows[k++] = e.body;
  }
  return rows;
}
