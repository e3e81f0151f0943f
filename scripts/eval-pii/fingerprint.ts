// A fingerprint of everything the PII detector (and the secret detector, which the scan CLI runs
// next to it) finds, for checking that a speed change changes no
// result: the matches on every dev-set sentence and on every line (text) or value (CSV, JSONL) of
// the files given, hashed together. Run before and after a change and compare the hashes; with
// --dump FILE the matches are written out too (offsets, entities and scores only, never values).
// Run: node --import tsx scripts/eval-pii/fingerprint.ts [--dump out.jsonl] [FILE…]
//   (bench files: node --import tsx bench/scan-file.ts --generate csv|jsonl|text|prose MB PATH)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { datasetsDir } from '../../src/datasets/index.ts';
import { createPiiDetector } from '../../src/detect/pii/index.ts';
import { createSecretDetector } from '../../src/detect/secrets/index.ts';
import { listJsonl, loadRows } from './data.ts';

const { values, positionals } = parseArgs({ options: { dump: { type: 'string' } }, allowPositionals: true });

/** The texts a scan hands the detector: CSV cells, JSONL string leaves, or text lines. */
function textsOf(file: string): string[] {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.csv')) return (Papa.parse<string[]>(raw, { skipEmptyLines: true }).data).flat();
  const lines = raw.split('\n');
  if (!file.endsWith('.jsonl')) return lines;
  const leaves: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') leaves.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(visit);
  };
  for (const line of lines) if (line.trim() !== '') visit(JSON.parse(line));
  return leaves;
}

const detector = createPiiDetector();
const secrets = createSecretDetector();
const sources: [string, string[]][] = [
  ['dev', listJsonl(`${datasetsDir()}/pii`).flatMap(loadRows).map((r) => r.text)],
  ...positionals.map((f): [string, string[]] => [f, textsOf(f)]),
];
const dump: string[] = [];
const all = createHash('sha256');
for (const [name, texts] of sources) {
  const h = createHash('sha256');
  let matches = 0;
  texts.forEach((t, i) => {
    const found = [...detector.detect(t), ...secrets.detect(t)];
    matches += found.length;
    const line = JSON.stringify(found.map((m) => [m.entity, m.start, m.end, m.score, m.validated ?? null, m.rule]));
    h.update(`${line}\n`);
    if (values.dump !== undefined && found.length > 0) dump.push(`${name}:${i} ${line}`);
  });
  const digest = h.digest('hex');
  all.update(digest);
  console.log(`${digest.slice(0, 16)}  ${String(texts.length).padStart(8)} texts ${String(matches).padStart(8)} matches  ${name}`);
}
console.log(`${all.digest('hex').slice(0, 16)}  all`);
if (values.dump !== undefined) writeFileSync(values.dump, `${dump.join('\n')}\n`);
