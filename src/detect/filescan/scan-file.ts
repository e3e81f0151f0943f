// Scanning one data file end to end: pick the format, stream its records through the detectors,
// build the report and, if asked, write a redacted copy next to it.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createRedactor, type Redactor } from '../redact/redactor.ts';
import type { TextDetector } from '../redact/overlaps.ts';
import { scanCsv, scanJson, scanJsonl, scanText, type FormatContext } from './formats.ts';
import { BufferedWriter, openCounted } from './io.ts';
import { ReportBuilder, type FileReport } from './report.ts';
import { createValueScanner } from './values.ts';

export const FILE_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'text'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export interface ScanFileOptions {
  readonly detectors: readonly TextDetector[];
  /** Default: from the extension (.csv, .tsv, .jsonl/.ndjson, .json; anything else is text). */
  readonly format?: FileFormat;
  /** Write a redacted copy here. */
  readonly redactTo?: string;
  /** How the copy is redacted; default: mask every entity. */
  readonly redactor?: Redactor;
  readonly minScore?: number;
  /** Sample row numbers kept per field and entity; default 5. */
  readonly samples?: number;
  /** Longest record (CSV record, JSONL line) handled whole; default 16 MiB. */
  readonly maxRecord?: number;
  readonly onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export function formatFromPath(path: string): FileFormat {
  switch (extname(path).toLowerCase()) {
    case '.csv':
      return 'csv';
    case '.tsv':
      return 'tsv';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.json':
      return 'json';
    default:
      return 'text';
  }
}

/** The first non-space byte of a JSON file tells how to stream it. */
async function jsonTopLevel(path: string): Promise<'array' | 'object' | 'other'> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
    return text.startsWith('[') ? 'array' : text.startsWith('{') ? 'object' : 'other';
  } finally {
    await handle.close();
  }
}

export async function scanFile(path: string, options: ScanFileOptions): Promise<FileReport> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`not a regular file: ${path}`);
  const format = options.format ?? formatFromPath(path);
  const report = new ReportBuilder(options.samples ?? 5);
  const redactor = options.redactTo === undefined ? undefined : (options.redactor ?? createRedactor());
  const values = createValueScanner({
    detectors: options.detectors,
    report,
    ...(redactor === undefined ? {} : { redactor }),
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
  });
  let bytes = 0;
  const input = openCounted(path, (n) => {
    bytes += n;
    options.onProgress?.(bytes, info.size);
  });
  const out = options.redactTo === undefined ? undefined : new BufferedWriter(options.redactTo);
  const ctx: FormatContext = { input, values, report, maxRecord: options.maxRecord ?? 16 * 1024 * 1024, ...(out === undefined ? {} : { out }) };
  const started = performance.now();
  let rowUnit: FileReport['rowUnit'] = 'line';
  try {
    if (format === 'csv' || format === 'tsv') {
      rowUnit = 'record';
      await scanCsv(ctx, format === 'csv' ? ',' : '\t');
    } else if (format === 'jsonl') {
      await scanJsonl(ctx);
    } else if (format === 'json') {
      const top = await jsonTopLevel(path);
      if (top === 'other') {
        await scanText(ctx);
      } else {
        rowUnit = 'element';
        await scanJson(ctx);
      }
    } else {
      await scanText(ctx);
    }
    await out?.close();
  } catch (err) {
    input.destroy();
    out?.destroy();
    throw err;
  }
  return report.build({ file: path, format, rowUnit, bytes: info.size, durationMs: Math.round(performance.now() - started) });
}
