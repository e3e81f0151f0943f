// audit.sink.file: an append-only JSONL file, fsynced once per batch (group commit), and
// audit.sink.stdout: one JSON line per entry on standard output, for log shippers (not durable).
import { type FileHandle, open } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SealedEntry } from '../chain.ts';
import { type AuditSink, entryLine } from './sink.ts';

export class FileSink implements AuditSink {
  readonly id = 'audit.sink.file';
  private constructor(
    private readonly fh: FileHandle,
    readonly required: boolean,
  ) {}

  static async open(path: string, required: boolean): Promise<FileSink> {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // 'a': every write lands at the end, whatever else has the file open.
    return new FileSink(await open(path, 'a', 0o600), required);
  }

  async write(batch: readonly SealedEntry[]): Promise<void> {
    await this.fh.write(batch.map(entryLine).join(''));
    await this.fh.datasync();
  }

  async probe(): Promise<void> {
    await this.fh.write('');
    await this.fh.datasync();
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

export class StdoutSink implements AuditSink {
  readonly id = 'audit.sink.stdout';
  constructor(
    readonly required: boolean,
    private readonly out: NodeJS.WritableStream = process.stdout,
  ) {}

  write(batch: readonly SealedEntry[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.out.write(batch.map((e) => `${JSON.stringify({ audit: JSON.parse(e.body) as unknown, hash: e.hash })}\n`).join(''), (err) => (err ? reject(err) : resolve()));
    });
  }

  async probe(): Promise<void> {
    if (!this.out.writable) throw new Error('stdout is not writable');
  }

  async close(): Promise<void> {}
}
