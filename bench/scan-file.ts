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
if (process.argv[2] === undefined) mkdirSync(dir, { recursive: true });

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

// Ordinary English prose for the "prose" case: capitalised sentence starts, a few proper nouns
// (places, months, companies), numbers at about the rate of news text (years, counts), and a
// contact line with a name and an e-mail address in one paragraph of twenty.
const PROSE_WORDS = ('the a this our their every some most new old first last next other same whole public local annual ' +
  'report team system model service update release budget meeting plan project council market study network policy result ' +
  'is was will should could may has had makes takes shows needs gives keeps moved grew fell rose opened closed improved ' +
  'in on at for with from after before during over under between about across within through ' +
  'quickly slowly clearly often rarely again also still only already').split(' ');
const SENTENCE_STARTS = ['The', 'In', 'After', 'Most', 'Our', 'This', 'When', 'Some', 'Last', 'Every'];
const PROPER_NOUNS = ['London', 'Monday', 'March', 'Europe', 'Google', 'NASA', 'Berlin', 'October', 'Microsoft', 'Texas'];

function paragraph(i: number): string {
  const sentences: string[] = [];
  const n = 2 + Math.floor(rnd() * 5);
  for (let s = 0; s < n; s++) {
    const w = [pick(SENTENCE_STARTS)];
    const len = 8 + Math.floor(rnd() * 14);
    for (let k = 0; k < len; k++) {
      const r = rnd();
      w.push(r < 0.015 ? String(Math.floor(rnd() * 2100)) : r < 0.045 ? pick(PROPER_NOUNS) : pick(PROSE_WORDS));
    }
    sentences.push(`${w.join(' ')}${pick(['.', '.', '.', '?', ',', ';'])}`);
  }
  if (i % 20 === 0) sentences.push(`Contact ${pick(FIRST)} ${pick(LAST)} at ${pick(FIRST).toLowerCase()}@example.org.`);
  return sentences.join(' ');
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

async function generate(path: string, format: FileFormat | 'prose', megabytes: number): Promise<void> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  const head = format === 'csv' ? 'id,name,email,phone,note\n' : format === 'json' ? '[' : '';
  bytes += Buffer.byteLength(head);
  out.write(head);
  while (bytes < megabytes * 1e6) {
    if (format === 'prose') {
      const line = `${paragraph(++i)}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
      continue;
    }
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
  /**
   * MB per CPU-second of the whole process (all its threads, so GC helpers count too). On a shared
   * machine wall time includes waiting for a core; CPU time does not.
   */
  readonly mbPerCpuSecond: number;
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
  const cpu0 = process.cpuUsage();
  const report = await scanFile(args.path, { detectors, format: args.format, ...(args.redact ? { redactTo: `${args.path}.redacted` } : {}) });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  process.stdout.write(
    JSON.stringify({
      megabytes: round(report.bytes / 1e6),
      seconds: round(seconds),
      mbPerSecond: round(report.bytes / 1e6 / seconds),
      mbPerCpuSecond: round(report.bytes / 1e6 / cpuSeconds),
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

if (process.argv[2] === '--generate') {
  // Write one bench file and keep it, for profiling the scan on the same data:
  // node --import tsx bench/scan-file.ts --generate csv|jsonl|text|prose MB PATH
  const [format, mb, path] = process.argv.slice(3);
  await generate(path ?? 'bench-data', (format ?? 'csv') as FileFormat | 'prose', Number(mb ?? 10));
} else if (process.argv[2] === '--child') {
  await child(JSON.parse(process.argv[3] ?? '{}') as Parameters<typeof child>[0]);
} else {
  const rows: Row[] = [];
  // BENCH_CASES=pii runs only the cases with the PII detector (the slow part), for quick checks.
  const only = process.env.BENCH_CASES;
  const want = (detectors: string) => only === undefined || only === 'all' || (only === 'pii') === detectors.includes('pii');
  try {
    // Files are written on first use, so a BENCH_CASES subset does not write the others.
    const files: Record<string, string> = {};
    const f = async (format: FileFormat | 'prose', mb: number): Promise<string> => {
      const key = `${format}-${mb}`;
      if (files[key] === undefined) {
        const path = join(dir, `data-${mb}.${format === 'text' ? 'txt' : format === 'prose' ? 'prose.txt' : format}`);
        await generate(path, format, mb);
        files[key] = path;
      }
      return files[key];
    };
    const add = async (name: string, file: [FileFormat | 'prose', number], format: FileFormat, detectors: string, redact = false, heapCapMB?: number) => {
      if (want(detectors)) rows.push(measure(name, await f(...file), format, detectors, redact, heapCapMB));
    };
    await add('csv parse only', ['csv', MB], 'csv', 'none');
    await add('csv secrets (small file)', ['csv', MB / 5], 'csv', 'secrets');
    await add('csv secrets', ['csv', MB], 'csv', 'secrets');
    await add('csv secrets + redacted copy', ['csv', MB], 'csv', 'secrets', true);
    // With the old generation capped well below the file size, a scan that held the file would
    // die; finishing shows memory does not grow with the input.
    await add('csv secrets + copy, heap capped 64 MB', ['csv', MB], 'csv', 'secrets', true, 64);
    await add('jsonl secrets', ['jsonl', MB], 'jsonl', 'secrets');
    await add('text secrets', ['text', MB], 'text', 'secrets');
    await add('json secrets', ['json', MB], 'json', 'secrets');
    await add('prose secrets', ['prose', MB / 5], 'text', 'secrets');
    await add('csv pii + secrets', ['csv', MB / 5], 'csv', 'pii+secrets');
    await add('jsonl pii + secrets', ['jsonl', MB / 5], 'jsonl', 'pii+secrets');
    // Dense: every line a name, an e-mail address and a phone number (the worst case).
    await add('text (dense PII) pii + secrets', ['text', MB / 5], 'text', 'pii+secrets');
    // Prose: paragraphs of ordinary text; one in twenty ends with a name and an e-mail address.
    await add('prose pii + secrets', ['prose', MB / 5], 'text', 'pii+secrets');
    // The same at full size: JIT warm-up (the first MB or so runs 2-4× slower) weighs less, as in
    // a real training-data scan.
    await add('prose pii + secrets (large file)', ['prose', MB], 'text', 'pii+secrets');
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
