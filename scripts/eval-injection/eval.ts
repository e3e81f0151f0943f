// `npm run eval:injection [-- --data FILE ... --out FILE]`: scores every row of the prompt-injection
// files with the shipped detector and reports, per file, TPR / FPR / balanced accuracy, latency
// p50 / p99 per prompt and throughput, plus latency on 1 KB prompts. Never one pooled accuracy.
import { createWriteStream, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetPath } from '../../src/datasets/index.ts';
import { createInjectionDetector, type TextSource } from '../../src/detect/injection/index.ts';
import { isDocumentRow, readJsonl, TEMPLATE_GOALS } from '../train-injection/data.ts';
import { fileMetrics, formatTable, type Scored } from './metrics.ts';

const { values: args, positionals } = parseArgs({
  // `--data a.jsonl b.jsonl` and `--data a.jsonl --data b.jsonl` both work.
  allowPositionals: true,
  options: {
    data: { type: 'string', multiple: true },
    out: { type: 'string' },
    threshold: { type: 'string' },
    source: { type: 'string', default: 'auto' },
    model: { type: 'string' },
    json: { type: 'string' },
  },
});

const dataFiles = [...(args.data ?? []), ...positionals];
const files = dataFiles.length
  ? dataFiles.map((f) => resolve(f))
  : readdirSync(datasetPath('prompt-injection')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(datasetPath('prompt-injection'), f));
const SOURCES = ['auto', 'user', 'system', 'tool', 'document'];
if (!SOURCES.includes(args.source ?? '')) throw new Error(`--source must be one of ${SOURCES.join(', ')}`);
// `auto`: a row's `role` field if present, `document` for BIPIA-style rows (context_id / task),
// otherwise `user` -- as the gateway scans each message by its role.
const sourceOf = (r: Row): TextSource => (args.source === 'auto' ? r.source : (args.source as TextSource));
const detector = createInjectionDetector({
  ...(args.threshold !== undefined ? { threshold: Number(args.threshold) } : {}),
  ...(args.model !== undefined ? { modelPath: resolve(args.model) } : {}),
});

interface Row { id: string; text: string; label: 0 | 1; category: string | null; source: TextSource }

function rowsOf(path: string): Row[] {
  return readJsonl(path).flatMap((r, i) => {
    if (typeof r.text !== 'string' || (r.label !== 0 && r.label !== 1)) return [];
    // Templates are filled with one generic goal, as the dataset README suggests.
    const text = typeof r.placeholder === 'string' ? r.text.split(r.placeholder).join(TEMPLATE_GOALS[0] as string) : r.text;
    const source: TextSource = isDocumentRow(r) ? 'document' : 'user';
    return [{ id: typeof r.id === 'string' ? r.id : String(i), text, label: r.label, category: typeof r.category === 'string' ? r.category : null, source }];
  });
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : 0;

// Warm up the JIT so the first file does not pay for compilation.
const warm = rowsOf(files[0] as string).slice(0, 300);
for (let k = 0; k < 3; k++) for (const r of warm) detector.scan(r.text, { source: sourceOf(r) });

const out = args.out ? createWriteStream(resolve(args.out)) : null;
const scored: Scored[] = [];
const perf: { file: string; p50: number; p99: number; mbps: number; cpuMbps: number; rows: number }[] = [];
const all1k: string[] = [];
for (const path of files) {
  const file = basename(path);
  const rows = rowsOf(path);
  const times: number[] = [];
  let bytes = 0;
  let total = 0;
  let pending = '';
  const cpu0 = process.cpuUsage();
  for (const r of rows) {
    const t = performance.now();
    const s = detector.scan(r.text, { source: sourceOf(r) });
    const ms = performance.now() - t;
    times.push(ms);
    total += ms;
    bytes += Buffer.byteLength(r.text);
    scored.push({ file, label: r.label, category: r.category, flagged: s.flagged });
    out?.write(`${JSON.stringify({ file, id: r.id, label: r.label, score: Math.round(s.score * 1e6) / 1e6, flagged: s.flagged, ms: Math.round(ms * 1e4) / 1e4 })}\n`);
    pending += `${r.text} `;
    while (pending.length >= 1024 && all1k.length < 20_000) {
      all1k.push(pending.slice(0, 1024));
      pending = pending.slice(1024);
    }
    if (pending.length > 4096) pending = '';
  }
  // CPU time of the whole loop (it includes writing --out): on a busy machine it is a steadier
  // throughput figure than wall-clock time, which counts time the process waited for a core.
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  perf.push({
    file, p50: quantile(times, 0.5), p99: quantile(times, 0.99), mbps: bytes / 1e6 / (total / 1000),
    cpuMbps: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6), rows: rows.length,
  });
}
out?.end();

const metrics = fileMetrics(scored);
console.log(`prompt-injection evaluation (source=${args.source}, threshold=${args.threshold ?? 'model default'})`);
console.log('NOTE: the shipped model was trained on these development files; for honest numbers on them');
console.log('      see the cross-validation table in models/injection/metrics.json (MODEL_CARD.md).\n');
console.log(formatTable(metrics));

// Latency on 1 KB prompts cut from the same files: the target unit.
const t1k: number[] = [];
let t1kTotal = 0;
const t1kCpu0 = process.cpuUsage();
for (const p of all1k) {
  const t = performance.now();
  detector.scan(p, { source: 'user' });
  const ms = performance.now() - t;
  t1k.push(ms);
  t1kTotal += ms;
}
const t1kCpu = process.cpuUsage(t1kCpu0);
t1k.sort((a, b) => a - b);
console.log(`\n${'file'.padEnd(36)} ${'rows'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'MB/s'.padStart(7)} ${'CPU MB/s'.padStart(9)}`);
for (const p of perf) {
  console.log(`${p.file.padEnd(36)} ${String(p.rows).padStart(6)} ${p.p50.toFixed(4).padStart(8)} ${p.p99.toFixed(4).padStart(8)} ${p.mbps.toFixed(2).padStart(7)} ${p.cpuMbps.toFixed(2).padStart(9)}`);
}
const kb = {
  prompts: t1k.length, p50: quantile(t1k, 0.5), p99: quantile(t1k, 0.99), mbps: (t1k.length * 1024) / 1e6 / (t1kTotal / 1000),
  cpuMbps: (t1k.length * 1024) / 1e6 / ((t1kCpu.user + t1kCpu.system) / 1e6),
};
console.log(`${'1 KB prompts (cut from the files)'.padEnd(36)} ${String(kb.prompts).padStart(6)} ${kb.p50.toFixed(4).padStart(8)} ${kb.p99.toFixed(4).padStart(8)} ${kb.mbps.toFixed(2).padStart(7)} ${kb.cpuMbps.toFixed(2).padStart(9)}`);
console.log('\nTimings are single-threaded wall-clock on this machine (shared with other work).');
if (args.json) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(resolve(args.json), `${JSON.stringify({ source: args.source, metrics, perf, oneKb: kb }, null, 2)}\n`);
}
