// One reader per file format. Each streams records from the file, hands every string value to
// the value scanner under its column name or JSON path, and writes the redacted copy if asked.
import { parse as parseCsv } from 'csv-parse';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import StreamObject from 'stream-json/streamers/StreamObject.js';
import type { Readable } from 'node:stream';
import { readLines, type BufferedWriter } from './io.ts';
import type { ReportBuilder } from './report.ts';
import type { ValueScanner } from './values.ts';

export interface FormatContext {
  readonly input: Readable;
  readonly values: ValueScanner;
  readonly report: ReportBuilder;
  readonly out?: BufferedWriter;
  /** Longest CSV record or JSONL line scanned as a record, in bytes/characters. */
  readonly maxRecord: number;
}

/**
 * CSV (or TSV). The first record is the header unless it holds something the detectors find: a
 * file without a header must not have its first row's values become column names in a report.
 * Row numbers count data records.
 */
export async function scanCsv(ctx: FormatContext, delimiter: string): Promise<void> {
  const parser = parseCsv({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, max_record_size: ctx.maxRecord });
  ctx.input.on('error', (e) => parser.destroy(e));
  ctx.input.pipe(parser);
  let header: string[] | undefined;
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (header === undefined) {
      if (!record.some((h) => ctx.values.hasFindings(h))) {
        header = record.map((h, i) => h.trim() || `column_${i + 1}`);
        await ctx.out?.write(csvLine(record, delimiter));
        continue;
      }
      header = [];
    }
    row++;
    ctx.report.rows = row;
    const cells = record.map((cell, i) => ctx.values.scan(header?.[i] ?? `column_${i + 1}`, row, cell));
    await ctx.out?.write(csvLine(cells, delimiter));
  }
}

function csvLine(cells: readonly string[], delimiter: string): string {
  return `${cells.map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)}\n`;
}

/** Plain text: each line is a row of the one field `text`. */
export async function scanText(ctx: FormatContext): Promise<void> {
  let long: ReturnType<ValueScanner['pieces']> | undefined;
  for await (const piece of readLines(ctx.input, ctx.maxRecord)) {
    ctx.report.rows = piece.line;
    if (piece.first && piece.complete) {
      const out = ctx.values.scan('text', piece.line, piece.text);
      await ctx.out?.write(`${out}\n`);
      continue;
    }
    long ??= ctx.values.pieces('text', piece.line);
    let out = long.push(piece.text);
    if (piece.complete) {
      out += `${long.end()}\n`;
      long = undefined;
    }
    await ctx.out?.write(ctx.out === undefined ? '' : out);
  }
}

/** JSON Lines: each line a JSON value whose string leaves are scanned by path. */
export async function scanJsonl(ctx: FormatContext): Promise<void> {
  let long: ReturnType<ValueScanner['pieces']> | undefined;
  for await (const piece of readLines(ctx.input, ctx.maxRecord)) {
    ctx.report.rows = piece.line;
    if (!(piece.first && piece.complete)) {
      // A line over the record limit is not parsed; it is still scanned as text.
      if (piece.first) ctx.report.parseErrors++;
      long ??= ctx.values.pieces('$line', piece.line);
      let out = long.push(piece.text);
      if (piece.complete) {
        out += `${long.end()}\n`;
        long = undefined;
      }
      await ctx.out?.write(ctx.out === undefined ? '' : out);
      continue;
    }
    if (piece.text.trim().length === 0) {
      await ctx.out?.write('\n');
      continue;
    }
    let redacted: unknown;
    try {
      const value: unknown = JSON.parse(piece.text);
      // Findings are recorded as the walk goes, so depth is checked before walking.
      if (tooDeep(value)) throw new NestingError();
      redacted = walk(value, '', (path, s) => ctx.values.scan(path || '$', piece.line, s), ctx.values.keyName);
    } catch {
      // Not JSON (or absurdly nested): scanned as a line of text instead.
      ctx.report.parseErrors++;
      await ctx.out?.write(`${ctx.values.scan('$line', piece.line, piece.text)}\n`);
      continue;
    }
    await ctx.out?.write(`${JSON.stringify(redacted)}\n`);
  }
}

/**
 * A JSON document whose top level is an array (each element a row) or an object (each member a
 * row, its key the first path segment). Elements are assembled one at a time by stream-json.
 */
export async function scanJson(ctx: FormatContext, topLevel: 'array' | 'object'): Promise<void> {
  const stream = topLevel === 'array' ? StreamArray.withParser() : StreamObject.withParser();
  ctx.input.on('error', (e) => stream.destroy(e));
  ctx.input.pipe(stream);
  await ctx.out?.write(topLevel === 'array' ? '[' : '{');
  let row = 0;
  for await (const item of stream as AsyncIterable<{ key: number | string; value: unknown }>) {
    row++;
    ctx.report.rows = row;
    const prefix = topLevel === 'array' ? '' : ctx.values.keyName(String(item.key));
    const redacted = walk(item.value, prefix, (path, s) => ctx.values.scan(path || '$', row, s), ctx.values.keyName);
    if (ctx.out !== undefined) {
      const sep = row === 1 ? '\n' : ',\n';
      const body = JSON.stringify(redacted) ?? 'null';
      await ctx.out.write(topLevel === 'array' ? `${sep}${body}` : `${sep}${JSON.stringify(String(item.key))}: ${body}`);
    }
  }
  await ctx.out?.write(topLevel === 'array' ? '\n]\n' : '\n}\n');
}

/** Nesting deeper than this is refused rather than risk the stack. */
export const MAX_DEPTH = 256;

export class NestingError extends Error {
  constructor() {
    super(`JSON nested deeper than ${MAX_DEPTH} levels`);
    this.name = 'NestingError';
  }
}

/** Iterative, so that the check itself cannot overflow the stack. */
export function tooDeep(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, d] = item;
    if (typeof v !== 'object' || v === null) continue;
    if (d > MAX_DEPTH) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
    }
  }
  return false;
}

/**
 * Visit every string leaf with its path (`user.emails[]`) and rebuild the value from what the
 * visitor returns. Objects are rebuilt without a prototype, so a `__proto__` key stays data.
 */
export function walk(
  value: unknown,
  path: string,
  visit: (path: string, s: string) => string,
  keyName: (key: string) => string = (k) => k,
  depth = 0,
): unknown {
  if (typeof value === 'string') return visit(path, value);
  if (depth > MAX_DEPTH) throw new NestingError();
  if (Array.isArray(value)) return value.map((v) => walk(v, `${path}[]`, visit, keyName, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      const name = keyName(k);
      out[k] = walk(v, path === '' ? name : `${path}.${name}`, visit, keyName, depth + 1);
    }
    return out;
  }
  return value;
}
