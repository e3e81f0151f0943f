// npm run bench:injection [-- --runs=3 --baseline=DIR --model=FILE]
// Scan latency of the prompt-injection detector (scan.injection) on one core: p50 / p99 per scan
// and throughput in MB/s (UTF-8 bytes per CPU second and per wall second of scanning), on
//   - 1 KB prompts: the development prompts joined and cut into 1024-character pieces (as the
//     last row of `npm run eval:injection`), scanned as user turns;
//   - short prompts: every development row under 1 KB, as written, scanned as user turns;
//   - 20 KB documents: rows of one file joined into 20,480-character documents, scanned as
//     retrieved documents;
// all of them, then split by outcome, because a flagged scan also pays for its explanation.
// Every figure is the median over `--runs` runs. Targets (issue #6): p50 <= 0.1 ms and
// p99 <= 1 ms per 1 KB prompt, >= 10 MB/s on one core.
// `--baseline=DIR` also measures another copy of `src/` (e.g. the code before a change, with
// node_modules reachable from it), interleaved run by run and with this checkout's rules, so only
// the code differs. Prompts are read from ../shared/datasets at run time; without them the bench
// says so and exits. Writes bench/results/injection.json. Numbers, not pass/fail.
// bench/injection/same-scores.ts checks that a change made for speed left every score as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { datasetsDir, REPO_ROOT } from '../../src/datasets/index.ts';
import {
  createInjectionDetector, DEFAULT_MODEL_PATH, DEFAULT_RULES, type InjectionDetector, type TextSource,
} from '../../src/detect/injection/index.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const RUNS = Number(args.get('runs') ?? 3);
const MAX_PROMPTS = Number(args.get('max-prompts') ?? 5_000);
const MAX_DOCS = Number(args.get('max-docs') ?? 200);
const KB = 1024;
const DOC = 20 * KB;

const dir = join(datasetsDir(), 'prompt-injection');
if (!existsSync(dir)) {
  console.log(`bench:injection skipped: no prompt-injection datasets at ${dir} (set BULWARK_DATASETS to the shared datasets folder)`);
  process.exit(0);
}

// ---- inputs -------------------------------------------------------------------------------------
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const textsOf = (file: string): string[] =>
  readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)
    .map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === 'string' && t.length > 0);

const oneKb: string[] = [];
const short: string[] = [];
const docs: string[] = [];
for (const file of files) {
  let pending = '';
  let doc = '';
  for (const t of textsOf(file)) {
    if (t.length < KB) short.push(t);
    pending += `${t} `;
    while (pending.length >= KB) {
      oneKb.push(pending.slice(0, KB));
      pending = pending.slice(KB);
    }
    if (pending.length > 4 * KB) pending = '';
    doc += `${t}\n\n`;
    if (doc.length >= DOC) {
      docs.push(doc.slice(0, DOC));
      doc = '';
    }
  }
}

/** Every `step`-th item, so a capped set still spans all files. */
const spread = <T>(xs: readonly T[], max: number): T[] => {
  if (xs.length <= max) return [...xs];
  const step = xs.length / max;
  return Array.from({ length: max }, (_, i) => xs[Math.floor(i * step)] as T);
};

// ---- detectors ----------------------------------------------------------------------------------
// One model file for every copy of the code (a baseline would otherwise look for its own).
const modelPath = resolve(args.get('model') ?? DEFAULT_MODEL_PATH);
const detectors: { name: string; d: InjectionDetector }[] = [
  { name: 'this checkout', d: createInjectionDetector({ modelPath }) },
];
const baseline = args.get('baseline');
if (baseline) {
  const src = resolve(baseline);
  const mod = await import(pathToFileURL(join(src, 'detect/injection/index.ts')).href) as {
    createInjectionDetector: typeof createInjectionDetector;
  };
  const own = mod.createInjectionDetector({ modelPath }).rules.map((r) => r.id);
  detectors.push({
    name: `baseline ${src}`,
    d: mod.createInjectionDetector({ modelPath, disableRules: own, extraRules: [...DEFAULT_RULES] }),
  });
}

interface Case { readonly set: string; readonly outcome: 'all' | 'benign' | 'flagged'; readonly source: TextSource; readonly texts: string[] }

// Split by the outcome of this checkout's detector, so every tree scans the same texts.
const main = (detectors[0] as { d: InjectionDetector }).d;
const cases: Case[] = [];
for (const [set, texts, source, max] of [
  ['1 KB prompts', oneKb, 'user', MAX_PROMPTS],
  ['short prompts (< 1 KB)', short, 'user', MAX_PROMPTS],
  ['20 KB documents', docs, 'document', MAX_DOCS],
] as const) {
  const benign: string[] = [];
  const flagged: string[] = [];
  for (const t of texts) (main.scan(t, { source }).flagged ? flagged : benign).push(t);
  cases.push({ set, outcome: 'all', source, texts: spread(texts, max) });
  cases.push({ set, outcome: 'benign', source, texts: spread(benign, max) });
  cases.push({ set, outcome: 'flagged', source, texts: spread(flagged, max) });
}

// ---- measurement --------------------------------------------------------------------------------
interface Run { p50: number; p99: number; mbps: number; cpuMbps: number }
const pct = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

function measure(d: InjectionDetector, c: Case): Run {
  const times = new Float64Array(c.texts.length);
  let bytes = 0;
  let total = 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < c.texts.length; i++) {
    const t = c.texts[i] as string;
    const t0 = performance.now();
    d.scan(t, { source: c.source });
    const ms = performance.now() - t0;
    times[i] = ms;
    total += ms;
    bytes += Buffer.byteLength(t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort();
  return {
    p50: pct([...times], 0.5), p99: pct([...times], 0.99),
    mbps: bytes / 1e6 / (total / 1000), cpuMbps: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6),
  };
}

// Warm up every detector on every case so the JIT has settled before the first measured run.
for (const { d } of detectors) for (const c of cases) for (const t of c.texts.slice(0, 300)) d.scan(t, { source: c.source });

const runs = new Map<string, Run[]>();
for (let r = 0; r < RUNS; r++) {
  for (const c of cases) {
    for (const { name, d } of detectors) {
      if (c.texts.length === 0) continue;
      const key = `${name}\u0000${c.set}\u0000${c.outcome}`;
      runs.set(key, [...(runs.get(key) ?? []), measure(d, c)]);
    }
  }
}

const round = (x: number, k = 4): number => Math.round(x * 10 ** k) / 10 ** k;
const rows = cases.flatMap((c) => detectors.flatMap(({ name }) => {
  const rs = runs.get(`${name}\u0000${c.set}\u0000${c.outcome}`);
  if (!rs) return [];
  return [{
    code: name, set: c.set, outcome: c.outcome, source: c.source, scans: c.texts.length,
    p50Ms: round(median(rs.map((x) => x.p50))), p99Ms: round(median(rs.map((x) => x.p99))),
    mbps: round(median(rs.map((x) => x.mbps)), 2), cpuMbps: round(median(rs.map((x) => x.cpuMbps)), 2),
  }];
}));

console.log(`prompt-injection scan latency, one core, median of ${RUNS} runs (node ${process.version}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`);
console.log('targets on 1 KB prompts: p50 <= 0.1 ms, p99 <= 1 ms, >= 10 MB/s');
console.table(rows.map((r) => ({
  ...(detectors.length > 1 ? { code: r.code.startsWith('baseline') ? 'baseline' : 'new' } : {}),
  set: r.set, outcome: r.outcome, scans: r.scans, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, 'MB/s': r.mbps, 'CPU MB/s': r.cpuMbps,
})));
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'bench/results/injection.json'), `${JSON.stringify({
  date: new Date().toISOString(), node: process.version, runs: RUNS, model: modelPath, baseline: baseline ?? null,
  loadavg: readFileSync('/proc/loadavg', 'utf8').trim(),
  note: 'shared machine; MB/s counts UTF-8 bytes; every figure is the median over runs', rows,
}, null, 2)}\n`);
console.log('wrote bench/results/injection.json');
