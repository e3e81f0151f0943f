// Builds a model reference from a CSV file: streamed with papaparse (memory bounded by the layout
// sample, not the file), column kinds inferred from the sample unless given, the model's answers
// and the true labels taken from named columns when the file has them.
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import type { FeatureSpec, MonitoredRecord } from '../profile/dataset.ts';
import { type ModelReference, OUTPUT_LABEL, OUTPUT_SCORE, ReferenceBuilder, type ReferenceKind, TEXT_INPUT, TEXT_OUTPUT } from './reference.ts';

export interface CsvReferenceOptions {
  readonly model: string;
  readonly kind: ReferenceKind;
  /** Input columns (default: every column not named below). */
  readonly features?: readonly string[];
  /** Columns profiled as categories even when they look numeric. */
  readonly categorical?: readonly string[];
  /** Text models: the column holding the prompt, and the answer. */
  readonly textColumn?: string;
  readonly outputTextColumn?: string;
  /** Tabular models: the model's predicted label and score, and the true label. */
  readonly labelColumn?: string;
  readonly scoreColumn?: string;
  readonly targetColumn?: string;
  readonly positiveLabel?: string;
  readonly chunkSize?: number;
  /** Rows read before the layout (bins, categories) is fixed. */
  readonly layoutRows?: number;
  readonly delimiter?: string;
  readonly maxRecordBytes?: number;
  readonly now: number;
  readonly onProgress?: (bytes: number) => void;
}

export class CsvReferenceError extends Error {}

const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

function inferSchema(header: readonly string[], sample: readonly string[][], o: CsvReferenceOptions): { specs: FeatureSpec[]; index: Map<string, number> } {
  const index = new Map(header.map((h, i) => [h, i]));
  const named = [o.labelColumn, o.scoreColumn, o.targetColumn, o.outputTextColumn].filter((c): c is string => c !== undefined);
  for (const c of [...named, ...(o.features ?? []), ...(o.categorical ?? []), ...(o.textColumn ? [o.textColumn] : [])]) {
    if (!index.has(c)) throw new CsvReferenceError(`column "${c}" is not in the header (${header.slice(0, 20).join(', ')})`);
  }
  if (o.kind === 'text') return { specs: [{ name: TEXT_INPUT, kind: 'text' }], index };
  const features = o.features ?? header.filter((h) => !named.includes(h));
  if (features.length === 0) throw new CsvReferenceError('no input columns left to profile');
  const specs = features.map((name): FeatureSpec => {
    if (o.categorical?.includes(name)) return { name, kind: 'categorical' };
    const i = index.get(name)!;
    const present = sample.map((r) => r[i] ?? '').filter((v) => v.trim() !== '');
    return { name, kind: present.length > 0 && present.every((v) => NUMBER.test(v)) ? 'numeric' : 'categorical' };
  });
  return { specs, index };
}

function toRecords(row: readonly string[], specs: readonly FeatureSpec[], index: ReadonlyMap<string, number>, o: CsvReferenceOptions) {
  const cell = (c: string | undefined) => (c === undefined ? undefined : row[index.get(c)!]);
  let input: MonitoredRecord;
  let output: MonitoredRecord | undefined;
  if (o.kind === 'text') {
    input = { [TEXT_INPUT]: cell(o.textColumn ?? TEXT_INPUT) ?? null };
    const out = cell(o.outputTextColumn);
    if (out !== undefined) output = { [TEXT_OUTPUT]: out };
  } else {
    const rec: Record<string, string | number | null> = {};
    for (const f of specs) {
      const v = row[index.get(f.name)!];
      rec[f.name] = v === undefined || v.trim() === '' ? null : f.kind === 'numeric' ? Number(v) : v;
    }
    input = rec;
    const label = cell(o.labelColumn);
    if (label !== undefined) {
      const score = cell(o.scoreColumn);
      output = { [OUTPUT_LABEL]: label, [OUTPUT_SCORE]: score !== undefined && NUMBER.test(score) ? Number(score) : null };
    }
  }
  const actual = cell(o.targetColumn);
  return { input, output, actual: actual === undefined || actual === '' ? undefined : actual };
}

export async function referenceFromCsv(file: string, o: CsvReferenceOptions): Promise<ModelReference> {
  const layoutRows = o.layoutRows ?? 10_000;
  const maxRecord = o.maxRecordBytes ?? 1 << 20;
  let fed = 0;
  let fedAtLastRecord = 0;
  // papaparse has no record size limit: bound the bytes fed since the last record.
  const bound = new Transform({
    transform(chunk: Buffer, _enc, done) {
      fed += chunk.length;
      o.onProgress?.(fed);
      if (fed - fedAtLastRecord > maxRecord + chunk.length) done(new CsvReferenceError(`a record is longer than ${maxRecord} bytes`));
      else done(null, chunk);
    },
  });
  const input = createReadStream(file);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: true, ...(o.delimiter ? { delimiter: o.delimiter } : {}) });
  input.on('error', (e) => bound.destroy(e));
  bound.on('error', (e) => parser.destroy(e));
  input.pipe(bound).pipe(parser);
  let header: string[] | undefined;
  const sample: string[][] = [];
  let builder: ReferenceBuilder | undefined;
  let schema: ReturnType<typeof inferSchema> | undefined;
  const start = () => {
    schema = inferSchema(header!, sample, o);
    const rows = sample.map((r) => toRecords(r, schema!.specs, schema!.index, o));
    const outputs = rows.flatMap((r) => (r.output ? [r.output] : []));
    builder = new ReferenceBuilder(
      { model: o.model, kind: o.kind, source: `csv:${file.split(/[\\/]/).pop()!.slice(0, 200)}`, createdAt: o.now, schema: schema.specs, ...(o.positiveLabel ? { positiveLabel: o.positiveLabel } : {}), ...(o.chunkSize ? { chunkSize: o.chunkSize } : {}) },
      rows.map((r) => r.input),
      outputs.length > 0 ? outputs : undefined,
    );
    for (const r of rows) builder.add(r.input, r.output, r.actual);
    sample.length = 0;
  };
  await new Promise<void>((resolve, reject) => {
    parser.on('data', (record: string[]) => {
      fedAtLastRecord = fed;
      try {
        if (!header) {
          header = record.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim() || `column_${i + 1}`);
          if (new Set(header).size !== header.length) throw new CsvReferenceError('the header repeats a column name');
          return;
        }
        if (!builder) {
          sample.push(record);
          if (sample.length >= layoutRows) start();
          return;
        }
        const r = toRecords(record, schema!.specs, schema!.index, o);
        builder.add(r.input, r.output, r.actual);
      } catch (e) {
        parser.destroy(e as Error);
      }
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  if (!header) throw new CsvReferenceError('the file is empty');
  if (!builder) {
    if (sample.length === 0) throw new CsvReferenceError('the file has a header and no rows');
    start();
  }
  return builder!.finish();
}
