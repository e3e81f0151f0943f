// Throughput and memory of `bulwark scan` on generated files (CSV, JSONL, JSON, text): MB/s on one core
// and peak RSS / heap while scanning (one process per case), to show memory stays flat as files
// grow. Synthetic data
// only; files are written to the OS temp folder and removed afterwards.
// Run: node --import tsx bench/scan-file.ts   (BENCH_MB=50 sets the CSV size; others are 1/5)
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { createPiiDetector } from '../src/detect/pii/index.ts';
import { createSecretDetector } from '../src/detect/secrets/index.ts';
import { scanFile, type FileFormat } from '../src/detect/filescan/index.ts';
import type { TextDetector } from '../src/detect/redact/overlaps.ts';

const MB = Number(process.env.BENCH_MB ?? 50);
const dir = join(tmpdir(), `bulwark-bench-scan-${process.pid}`);
if (process.argv[2] !== '--child') mkdirSync(dir, { recursive: true });

let seed = 42;
// 32-bit LCG (Numerical Recipes constants) in integer arithmetic, so runs are repeatable.
const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const FIRST = ['Maria', 'James', 'Aiko', 'Olu', 'Ines', 'Pavel', 'Sara', 'Tom'];
const LAST = ['Garcia', 'Smith', 'Tanaka', 'Adeyemi', 'Costa', 'Novak', 'Berg', 'Reed'];
const WORDS = 'order shipped late customer asked for refund please check the invoice and call back tomorrow thanks'.split(' ');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const randomToken = (n: number) => Array.from({ length: n }, () => pick([...ALNUM])).join('');

function note(): string {
  const words = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => pick(WORDS)).join(' ');
  const r = rnd();
  if (r < 0.002) return `${words} token ghp_${randomToken(36)}`;
  if (r < 0.004) return `${words} password=${randomToken(10)}!`;
  return words;
}

function record(i: number) {
  const first = pick(FIRST);
  const last = pick(LAST);
  return {
    id: i,
    name: `${first} ${last}`,
    email: `${first}.${last}${i % 1000}@example.com`.toLowerCase(),
    phone: `+1 415 555 ${String(1000 + (i % 9000)).padStart(4, '0')}`,
    note: note(),
  };
}

async function generate(path: string, format: FileFormat, megabytes: number): Promise<void> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  const head = format === 'csv' ? 'id,name,email,phone,note\n' : format === 'json' ? '[' : '';
  bytes += Buffer.byteLength(head);
  out.write(head);
  while (bytes < megabytes * 1e6) {
    const r = record(++i);
    const line =
      format === 'csv' ? `${r.id},${r.name},${r.email},${r.phone},"${r.note}"\n`
      : format === 'jsonl' ? `${JSON.stringify(r)}\n`
      : format === 'json' ? `${i === 1 ? '' : ',\n'}${JSON.stringify(r)}`
      : `${r.name} <${r.email}> called from ${r.phone}: ${r.note}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end(format === 'json' ? ']\n' : '');
  await once(out, 'finish');
}

interface Row {
  readonly case: string;
  readonly format: FileFormat;
  readonly detectors: string;
  readonly megabytes: number;
  readonly seconds: number;
  readonly mbPerSecond: number;
  readonly findings: number;
  /** Peak resident set size of the whole process (getrusage maxrss). */
  readonly maxRssMB: number;
  /** RSS after start-up (detectors built), before the scan. */
  readonly startRssMB: number;
  readonly peakHeapMB: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function detectorsFor(label: string): TextDetector[] {
  const none: TextDetector = { detect: () => [] };
  if (label === 'none') return [none];
  if (label === 'secrets') return [createSecretDetector()];
  return [createPiiDetector(), createSecretDetector()];
}

/** Child: scan one file and print its numbers, so each case has its own clean peak RSS. */
async function child(args: { path: string; format: FileFormat; detectors: string; redact: boolean }): Promise<void> {
  const detectors = detectorsFor(args.detectors);
  globalThis.gc?.();
  const startRss = process.memoryUsage().rss;
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const t0 = performance.now();
  const report = await scanFile(args.path, { detectors, format: args.format, ...(args.redact ? { redactTo: `${args.path}.redacted` } : {}) });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  process.stdout.write(
    JSON.stringify({
      megabytes: round(report.bytes / 1e6),
      seconds: round(seconds),
      mbPerSecond: round(report.bytes / 1e6 / seconds),
      findings: report.findings,
      maxRssMB: round(process.resourceUsage().maxRSS / 1024),
      startRssMB: round(startRss / 1e6),
      peakHeapMB: round(peakHeap / 1e6),
    }),
  );
}

function measure(name: string, path: string, format: FileFormat, detectors: string, redact = false, heapCapMB?: number): Row {
  const cap = heapCapMB === undefined ? [] : [`--max-old-space-size=${heapCapMB}`];
  const out = execFileSync(
    process.execPath,
    [...cap, '--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify({ path, format, detectors, redact })],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return { case: name, format, detectors, ...(JSON.parse(out) as Omit<Row, 'case' | 'format' | 'detectors'>) };
}

if (process.argv[2] === '--child') {
  await child(JSON.parse(process.argv[3] ?? '{}') as Parameters<typeof child>[0]);
} else {
  const rows: Row[] = [];
  try {
    const files: Record<string, string> = {};
    for (const [format, mb] of [['csv', MB], ['csv', MB / 5], ['jsonl', MB], ['jsonl', MB / 5], ['json', MB], ['text', MB], ['text', MB / 5]] as const) {
      const path = join(dir, `data-${mb}.${format === 'text' ? 'txt' : format}`);
      await generate(path, format, mb);
      files[`${format}-${mb}`] = path;
    }
    const f = (format: string, mb: number) => files[`${format}-${mb}`] as string;
    rows.push(measure('csv parse only', f('csv', MB), 'csv', 'none'));
    rows.push(measure('csv secrets (small file)', f('csv', MB / 5), 'csv', 'secrets'));
    rows.push(measure('csv secrets', f('csv', MB), 'csv', 'secrets'));
    rows.push(measure('csv secrets + redacted copy', f('csv', MB), 'csv', 'secrets', true));
    // With the old generation capped well below the file size, a scan that held the file would
    // die; finishing shows memory does not grow with the input.
    rows.push(measure('csv secrets + copy, heap capped 64 MB', f('csv', MB), 'csv', 'secrets', true, 64));
    rows.push(measure('jsonl secrets', f('jsonl', MB), 'jsonl', 'secrets'));
    rows.push(measure('text secrets', f('text', MB), 'text', 'secrets'));
    rows.push(measure('json secrets', f('json', MB), 'json', 'secrets'));
    rows.push(measure('csv pii + secrets', f('csv', MB / 5), 'csv', 'pii+secrets'));
    rows.push(measure('jsonl pii + secrets', f('jsonl', MB / 5), 'jsonl', 'pii+secrets'));
    rows.push(measure('text pii + secrets', f('text', MB / 5), 'text', 'pii+secrets'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.table(rows);
  const result = {
    bench: 'scan-file',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    note: 'one process per case, single-threaded (one core); taken on a shared 2-core machine, so numbers vary between runs',
    targetMBps: 20,
    rows,
  };
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/scan-file.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
}
