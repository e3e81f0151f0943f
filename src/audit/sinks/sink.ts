// What every audit sink does: write a batch of sealed entries durably (or throw), answer a probe
// at start, and close. Sinks have IDs in the `audit.sink.*` namespace.
import type { SealedEntry } from '../chain.ts';

export interface AuditSink {
  readonly id: string;
  /** A request fails (503) unless every required sink recorded its entry. */
  readonly required: boolean;
  /** Resolves once the batch is durable in this sink. */
  write(batch: readonly SealedEntry[]): Promise<void>;
  /** Proves the sink can write, without adding to the chain. */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** One JSONL line of an exported or file-sunk entry: enough to verify the chain on its own. */
export function entryLine(e: SealedEntry): string {
  return `${JSON.stringify({ chain: e.chain, seq: e.seq, time: e.time, type: e.type, hash: e.hash, body: e.body })}\n`;
}
