// One reader per file format. Each streams records from the file, hands every string value to
// the value scanner under its column name or JSON path, and writes the redacted copy if asked.
import Papa from 'papaparse';
import { Transform } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { readLines, type BufferedWriter, type LinePiece } from './io.ts';
import { JsonElementSplitter } from './json-split.ts';
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
 * CSV (or TSV), parsed by papaparse (RFC 4180 quoting; about six times faster than csv-parse
 * here, see bench/scan-file.ts). The first record is the header unless it holds something the
 * detectors find: a file without a header must not have its first row's values become column
 * names in a report. Row numbers count data records.
 */
export async function scanCsv(ctx: FormatContext, delimiter: string): Promise<void> {
  // papaparse has no record size limit (an unterminated quote swallows the rest of the file), so
  // the bytes fed to it since the last record are bounded here: memory stays constant.
  let fed = 0;
  let fedAtLastRecord = 0;
  const bound = new Transform({
    transform(chunk: Buffer, _enc, done) {
      fed += chunk.length;
      if (fed - fedAtLastRecord > ctx.maxRecord + chunk.length) done(new RecordTooLargeError(ctx.maxRecord));
      else done(null, chunk);
    },
  });
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: true });
  ctx.input.on('error', (e) => bound.destroy(e));
  bound.on('error', (e) => parser.destroy(e));
  ctx.input.pipe(bound).pipe(parser);
  let header: string[] | undefined;
  let row = 0;
  const onRecord = (record: string[]): Promise<void> | undefined => {
    fedAtLastRecord = fed;
    if (header === undefined) {
      if (record[0] !== undefined) record[0] = record[0].replace(/^\uFEFF/, '');
      if (!record.some((h) => ctx.values.hasFindings(h))) {
        header = record.map((h, i) => h.trim() || `column_${i + 1}`);
        return ctx.out?.write(csvLine(record, delimiter));
      }
      header = [];
    }
    row++;
    ctx.report.rows = row;
    const cells = record.map((cell, i) => ctx.values.scan(header?.[i] ?? `column_${i + 1}`, row, cell));
    return ctx.out?.write(csvLine(cells, delimiter));
  };
  // 'data' events rather than for-await: async iteration costs more per record than papaparse
  // spends parsing it (bench/scan-file.ts). The parser pauses only while the copy drains.
  await new Promise<void>((resolve, reject) => {
    const fail = (e: unknown) => {
      parser.destroy();
      reject(e);
    };
    parser.on('data', (record: string[]) => {
      try {
        const wait = onRecord(record);
        if (wait !== undefined) {
          parser.pause();
          wait.then(() => parser.resume(), fail);
        }
      } catch (e) {
        fail(e);
      }
    });
    parser.on('end', resolve);
    parser.on('error', fail);
  });
}

export class RecordTooLargeError extends Error {
  constructor(limit: number) {
    super(`a record is larger than ${limit} bytes (unterminated quote?)`);
    this.name = 'RecordTooLargeError';
  }
}

export function csvLine(cells: readonly string[], delimiter: string): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    const quote = c.includes(delimiter) || c.includes('"') || c.includes('\n') || c.includes('\r');
    line += (i === 0 ? '' : delimiter) + (quote ? `"${c.replaceAll('"', '""')}"` : c);
  }
  return `${line}\n`;
}

/** Plain text: each line is a row of the one field `text`. */
export async function scanText(ctx: FormatContext): Promise<void> {
  let long: ReturnType<ValueScanner['pieces']> | undefined;
  for await (const batch of readLines(ctx.input, ctx.maxRecord)) {
    for (const piece of batch) {
      ctx.report.rows = piece.line;
      if (piece.first && piece.complete) {
        // Scanned before the optional write: `out?.write(scan())` would skip the scan.
        const scanned = ctx.values.scan('text', piece.line, piece.text);
        const wait = ctx.out?.write(`${scanned}\n`);
        if (wait !== undefined) await wait;
        continue;
      }
      long ??= ctx.values.pieces('text', piece.line);
      let out = long.push(piece.text);
      if (piece.complete) {
        out += `${long.end()}\n`;
        long = undefined;
      }
      await ctx.out?.write(out);
    }
  }
}

/** JSON Lines: each line a JSON value whose string leaves are scanned by path. */
export async function scanJsonl(ctx: FormatContext): Promise<void> {
  let long: ReturnType<ValueScanner['pieces']> | undefined;
  // One visitor for the whole file (not a closure per line): the line is read from `line`.
  let line = 0;
  const visit = (path: string, s: string): string => ctx.values.scan(path || '$', line, s);
  for await (const batch of readLines(ctx.input, ctx.maxRecord)) {
    for (const piece of batch) {
      const wait = jsonlPiece(piece);
      if (wait !== undefined) await wait;
    }
  }

  function jsonlPiece(piece: LinePiece): Promise<void> | undefined {
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
      return ctx.out?.write(out);
    }
    if (piece.text.trim().length === 0) {
      return ctx.out?.write('\n');
    }
    let redacted: unknown;
    try {
      const value: unknown = JSON.parse(piece.text);
      // Findings are recorded as the walk goes, so depth is checked before walking.
      if (mayNestTooDeep(piece.text) && tooDeep(value)) throw new NestingError();
      line = piece.line;
      if (ctx.out === undefined) {
        visitLeaves(value, '', visit, ctx.values.keyName);
        return undefined;
      }
      redacted = walk(value, '', visit, ctx.values.keyName);
    } catch {
      // Not JSON (or absurdly nested): scanned as a line of text instead.
      ctx.report.parseErrors++;
      const scanned = ctx.values.scan('$line', piece.line, piece.text);
      return ctx.out?.write(`${scanned}\n`);
    }
    return ctx.out?.write(`${JSON.stringify(redacted)}\n`);
  }
}

/**
 * A JSON document whose top level is an array (each element a row) or an object (each member a
 * row, its key the first path segment). The bounded splitter cuts elements out of the stream and
 * V8's JSON.parse parses each one, so memory is one element and parsing runs at native speed.
 */
export async function scanJson(ctx: FormatContext): Promise<void> {
  const splitter = new JsonElementSplitter(ctx.maxRecord, MAX_DEPTH);
  const decoder = new StringDecoder('utf8');
  let row = 0;
  let opened = false;
  const visit = (path: string, s: string): string => ctx.values.scan(path || '$', row, s);
  const handle = async (element: string): Promise<void> => {
    row++;
    ctx.report.rows = row;
    let key: string | undefined;
    let value: unknown;
    if (splitter.topLevel === 'array') {
      value = JSON.parse(element);
    } else {
      const member = Object.entries(JSON.parse(`{${element}}`) as Record<string, unknown>);
      if (member.length !== 1) throw new SyntaxError('malformed object member');
      [key, value] = member[0] as [string, unknown];
    }
    const prefix = key === undefined ? '' : ctx.values.keyName(key);
    if (ctx.out === undefined) {
      visitLeaves(value, prefix, visit, ctx.values.keyName);
    } else {
      const redacted = walk(value, prefix, visit, ctx.values.keyName);
      const sep = row === 1 ? '\n' : ',\n';
      const body = JSON.stringify(redacted) ?? 'null';
      const outKey = key === undefined || prefix === key ? key : ctx.values.scan('{key}', row, key);
      await ctx.out.write(outKey === undefined ? `${sep}${body}` : `${sep}${JSON.stringify(outKey)}: ${body}`);
    }
  };
  for await (const chunk of ctx.input) {
    const elements = splitter.push(decoder.write(chunk as Buffer));
    if (!opened && splitter.topLevel !== undefined) {
      opened = true;
      await ctx.out?.write(splitter.topLevel === 'array' ? '[' : '{');
    }
    for (const element of elements) await handle(element);
  }
  for (const element of splitter.push(decoder.end())) await handle(element);
  splitter.end();
  await ctx.out?.write(splitter.topLevel === 'array' ? '\n]\n' : '\n}\n');
}

/** Nesting deeper than this is refused rather than risk the stack. */
export const MAX_DEPTH = 256;

export class NestingError extends Error {
  constructor() {
    super(`JSON nested deeper than ${MAX_DEPTH} levels`);
    this.name = 'NestingError';
  }
}

/**
 * Whether a JSON text could nest deeper than MAX_DEPTH: each level takes an opening and a closing
 * bracket, so shorter texts (nearly every JSONL line) need no `tooDeep` walk.
 */
export function mayNestTooDeep(json: string): boolean {
  return json.length > 2 * (MAX_DEPTH + 1);
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
): unknown {
  return walkLeaves(value, path, visit, keyName, true, 0);
}

/**
 * Visit every string leaf (and every key that is data) in the order `walk` does, without
 * rebuilding the value: a scan that writes no copy has no use for it, and the copy was most of
 * the walk's cost.
 */
export function visitLeaves(value: unknown, path: string, visit: (path: string, s: string) => string, keyName: (key: string) => string): void {
  walkLeaves(value, path, visit, keyName, false, 0);
}

function walkLeaves(
  value: unknown,
  path: string,
  visit: (path: string, s: string) => string,
  keyName: (key: string) => string,
  rebuild: boolean,
  depth: number,
): unknown {
  if (typeof value === 'string') return visit(path, value);
  if (depth > MAX_DEPTH) throw new NestingError();
  if (Array.isArray(value)) {
    const inner = `${path}[]`;
    if (rebuild) return value.map((v) => walkLeaves(v, inner, visit, keyName, true, depth + 1));
    for (const v of value) walkLeaves(v, inner, visit, keyName, false, depth + 1);
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    const out = rebuild ? (Object.create(null) as Record<string, unknown>) : undefined;
    const members = value as Record<string, unknown>;
    for (const k of Object.keys(members)) {
      const name = keyName(k);
      // A key that is itself data ({"jane@x.org": …}) is scanned and redacted like a value.
      const key = name === k ? k : visit(path === '' ? '{key}' : `${path}.{key}`, k);
      const inner = walkLeaves(members[k], path === '' ? name : `${path}.${name}`, visit, keyName, rebuild, depth + 1);
      if (out !== undefined) out[key] = inner;
    }
    return out;
  }
  return value;
}
