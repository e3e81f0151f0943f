// `npm run bench:iforest`: our Isolation Forest against ADBench's published IForest AUC-ROC
// (Table D4) under the paper's protocol, with fit/score times and, when /usr/bin/python3 has
// scikit-learn, sklearn's AUC and times on the very same splits. Prints a table, writes
// bench/results/iforest.json, never fails. Options: --seeds N (default 3, the paper's 1..3).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetPath } from '../../src/datasets/index.ts';
import { IsolationForest } from '../../src/monitor/iforest/forest.ts';
import { aucRoc, protocolSplit, readAdbenchCsv } from './protocol.ts';

const here = dirname(fileURLToPath(import.meta.url));
const seedsArg = process.argv.indexOf('--seeds');
const nSeeds = seedsArg > 0 ? Math.max(1, Number(process.argv[seedsArg + 1]) || 3) : 3;
const seeds = Array.from({ length: nSeeds }, (_, i) => i + 1);

interface Published {
  datasets: Record<string, { table_name: string; iforest_aucroc_pct: number; csv: string }>;
}
const published = JSON.parse(readFileSync(datasetPath('adbench', 'published.json'), 'utf8')) as Published;

interface Row {
  dataset: string;
  published: number;
  ours: number;
  oursSd: number;
  fitMs: number;
  scoreMs: number;
  sklearn?: number;
  sklearnFitMs?: number;
  sklearnScoreMs?: number;
}

const work = mkdtempSync(join(tmpdir(), 'bulwark-iforest-'));
const manifest: { splits: { dataset: string; seed: number; cols: number; train: string; test: string; labels: string }[] } = {
  splits: [],
};
const rows: Row[] = [];
try {
  for (const [key, meta] of Object.entries(published.datasets)) {
    const data = readAdbenchCsv(datasetPath('adbench', meta.csv));
    const aucs: number[] = [];
    let fitMs = 0;
    let scoreMs = 0;
    for (const seed of seeds) {
      const { train, test } = protocolSplit(data, seed);
      const base = join(work, `${key}-${seed}`);
      writeFileSync(`${base}.train`, Buffer.from(train.x.buffer));
      writeFileSync(`${base}.test`, Buffer.from(test.x.buffer));
      writeFileSync(`${base}.labels`, Buffer.from(test.y.buffer));
      manifest.splits.push({ dataset: key, seed, cols: train.cols, train: `${base}.train`, test: `${base}.test`, labels: `${base}.labels` });
      const t0 = performance.now();
      const forest = new IsolationForest({ seed }).fit({ data: train.x, rows: train.rows, cols: train.cols });
      const t1 = performance.now();
      const scores = forest.decisionFunction({ data: test.x, rows: test.rows, cols: test.cols });
      const t2 = performance.now();
      aucs.push(aucRoc(test.y, scores.map((s) => -s)));
      fitMs += t1 - t0;
      scoreMs += t2 - t1;
    }
    const mean = aucs.reduce((s, a) => s + a, 0) / aucs.length;
    const sd = Math.sqrt(aucs.reduce((s, a) => s + (a - mean) ** 2, 0) / Math.max(1, aucs.length - 1));
    rows.push({
      dataset: meta.table_name,
      published: meta.iforest_aucroc_pct,
      ours: 100 * mean,
      oursSd: 100 * sd,
      fitMs: fitMs / seeds.length,
      scoreMs: scoreMs / seeds.length,
    });
    process.stderr.write(`${meta.table_name} done\n`);
  }

  let sklearnVersion: string | null = null;
  const manifestPath = join(work, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const py = spawnSync('/usr/bin/python3', [join(here, 'sklearn_iforest.py'), manifestPath], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (py.status === 0) {
    const out = JSON.parse(py.stdout) as { sklearn: string; results: { dataset: string; auc: number; fit_ms: number; score_ms: number }[] };
    sklearnVersion = out.sklearn;
    for (const [i, key] of Object.keys(published.datasets).entries()) {
      const mine = out.results.filter((r) => r.dataset === key);
      const row = rows[i]!;
      row.sklearn = (100 * mine.reduce((s, r) => s + r.auc, 0)) / mine.length;
      row.sklearnFitMs = mine.reduce((s, r) => s + r.fit_ms, 0) / mine.length;
      row.sklearnScoreMs = mine.reduce((s, r) => s + r.score_ms, 0) / mine.length;
    }
  } else {
    process.stderr.write(`scikit-learn not run (${(py.stderr || py.error?.message || 'unknown').split('\n').slice(-2).join(' ')})\n`);
  }

  const f = (v: number | undefined, d = 2): string => (v === undefined ? '—' : v.toFixed(d));
  console.log(`Isolation Forest vs ADBench Table D4 (AUC-ROC %, seeds ${seeds.join(',')}; times per run, ms)`);
  console.log('dataset       published   ours (sd)      Δ      sklearn  fit ms  score ms  skl fit  skl score  time ratio skl/ours');
  for (const r of rows) {
    const ratio = r.sklearnFitMs === undefined ? undefined : (r.sklearnFitMs + r.sklearnScoreMs!) / (r.fitMs + r.scoreMs);
    console.log(
      `${r.dataset.padEnd(13)} ${f(r.published).padStart(9)}  ${f(r.ours).padStart(6)} (${f(r.oursSd)})  ${f(r.ours - r.published).padStart(6)}  ${f(r.sklearn).padStart(7)}  ${f(r.fitMs, 1).padStart(6)}  ${f(r.scoreMs, 1).padStart(8)}  ${f(r.sklearnFitMs, 1).padStart(7)}  ${f(r.sklearnScoreMs, 1).padStart(9)}  ${f(ratio)}`,
    );
  }
  const meanOf = (k: (r: Row) => number | undefined): number | undefined =>
    rows.every((r) => k(r) !== undefined) ? rows.reduce((s, r) => s + k(r)!, 0) / rows.length : undefined;
  const meanDelta = meanOf((r) => r.ours - r.published)!;
  const within2 = rows.filter((r) => Math.abs(r.ours - r.published) <= 2).length;
  const totalOurs = rows.reduce((s, r) => s + r.fitMs + r.scoreMs, 0);
  const totalSk = rows.every((r) => r.sklearnFitMs !== undefined)
    ? rows.reduce((s, r) => s + r.sklearnFitMs! + r.sklearnScoreMs!, 0)
    : undefined;
  console.log(
    `mean published ${f(meanOf((r) => r.published))}  ours ${f(meanOf((r) => r.ours))}  sklearn ${f(meanOf((r) => r.sklearn))}  ` +
      `mean Δ ${f(meanDelta)}  within 2 points: ${within2}/${rows.length}  total time ratio sklearn/ours ${f(totalSk === undefined ? undefined : totalSk / totalOurs)}`,
  );
  const resultsDir = resolve(here, '../results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, 'iforest.json'),
    JSON.stringify(
      { seeds, sklearn: sklearnVersion, node: process.version, note: 'shared 2-core machine; times are per run (mean over seeds)', rows, meanDelta, within2 },
      null,
      1,
    ),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
