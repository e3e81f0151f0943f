// `npm run train:injection [-- --extra FILE ...]`: trains the shipped injection classifier from
// ../shared/datasets/prompt-injection (plus synthetic and reviewer-exported rows), measures it
// with grouped cross-validation and leave-one-source-out, calibrates the ensemble on both kinds of
// held-out scores, and writes
// models/injection/model.json and metrics.json. Deterministic for a given --seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetPath, REPO_ROOT } from '../../src/datasets/index.ts';
import { MODEL_FORMAT, quantize, type ModelFile } from '../../src/detect/injection/model.ts';
import { RuleSet } from '../../src/detect/injection/rule-engine.ts';
import { CONCEPT_RULES, DEFAULT_RULES } from '../../src/detect/injection/rules.ts';
import { fileMetrics, formatTable, meanPerFileAccuracy, type Scored } from '../eval-injection/metrics.ts';
import { foldOf } from './data.ts';
import { ROW_WEIGHT_CAP, trainingRows } from './rows.ts';
import { crossValidate, leaveOneSourceOut, modelOf, PROSE_FILE, proseRows, scoreWith, type HeldOut, type Trainer } from './holdout.ts';
import { buildUnits, fitCalibration, rowWeights, train, type TrainOptions } from './trainer.ts';
import { conceptTable } from '../../src/detect/injection/concepts.ts';
import type { FeatureConfig } from '../../src/detect/injection/features.ts';

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
    'no-concepts': { type: 'boolean', default: false },
    'concept-value': { type: 'string', default: '4' },
    'no-loso': { type: 'boolean', default: false },
    sentences: { type: 'string', default: '4096' },
  },
});

const seed = Number(args.seed);
const folds = Number(args.folds);
if (!Number.isInteger(seed) || !Number.isInteger(folds) || folds < 2) throw new Error('--seed and --folds must be integers (folds >= 2)');
const features: FeatureConfig = {
  bits: Number(args.bits), charNgrams: (args.ngrams ?? '3,4,5').split(',').map(Number), wordBigrams: true, domainWords: !args['no-domain'],
  ...(args['no-concepts'] ? {} : { concepts: conceptTable().digest, conceptValue: Number(args['concept-value']) }),
};
const sentenceSpans = Number(args.sentences);
if (!Number.isInteger(sentenceSpans) || sentenceSpans < 0 || sentenceSpans === 1) throw new Error('--sentences must be 0 (windows only) or at least 2 (sentence spans scored in documents)');
const window = { size: 1024, stride: 512, ...(sentenceSpans > 0 ? { sentences: sentenceSpans } : {}) };
const opts: TrainOptions = { bits: features.bits, epochs: Number(args.epochs), learningRate: Number(args.lr), l2: Number(args.l2), seed };

const t0 = performance.now();
const { rows, links } = trainingRows({ seed, dataDir: args.data ?? datasetPath('prompt-injection'), extra: args.extra ?? [], synthetic: !args['no-synthetic'] });
console.log(`rows: ${rows.length} (${rows.filter((r) => r.label === 1).length} attacks); gptfuzz-garak links: ${links}`);

const weights = rowWeights(rows, ROW_WEIGHT_CAP);
const pool = buildUnits(rows, weights, features, window);
console.log(`units: ${pool.n}, non-zeros: ${pool.offset[pool.n - 1]! + pool.length[pool.n - 1]!} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const rules = new RuleSet(DEFAULT_RULES, CONCEPT_RULES);
const trainer: Trainer = { rows, pool, opts, features, window, rules };
const fold = rows.map((r) => foldOf(r.group, folds, seed));
const cvOut = crossValidate(trainer, fold, folds, (f) => console.log(`fold ${f + 1}/${folds} done (${((performance.now() - t0) / 1000).toFixed(1)} s)`));
// Our own synthetic rows stay in every training set: they are written to cover what the files lack.
const losoOut = args['no-loso'] ? [] : leaveOneSourceOut(trainer, (fam) => fam.startsWith('synthetic'), (fam) => console.log(`held out ${fam} (${((performance.now() - t0) / 1000).toFixed(1)} s)`));

// Calibrate on both kinds of held-out scores, every (kind, file, label) group weighing the same:
// k-fold scores reward trusting the classifier, leave-one-source-out scores (sources it never
// saw, as in the held-out test set) reward trusting the rules; the fit balances the two. Only
// the development files' scores count, for the calibration and for the threshold: our own
// synthetic and hand-written rows train the model but must not choose its operating point.
const fromSources = (h: HeldOut): boolean => !h.row.file.startsWith('synthetic');
const calib = [...cvOut.filter(fromSources).map((h) => ({ h, kind: 'cv' })), ...losoOut.filter(fromSources).map((h) => ({ h, kind: 'loso' }))];
const groupSize = new Map<string, number>();
const keyOf = (c: { h: HeldOut; kind: string }): string => `${c.kind}:${c.h.row.file}:${c.h.row.label}`;
for (const c of calib) groupSize.set(keyOf(c), (groupSize.get(keyOf(c)) ?? 0) + 1);
const calibration = fitCalibration(calib.map((c) => c.h.logit), calib.map((c) => c.h.evidence), calib.map((c) => c.h.row.label), calib.map((c) => 1000 / (groupSize.get(keyOf(c)) ?? 1)));
const scoreOf = (h: HeldOut): number => 1 / (1 + Math.exp(-(calibration.classifier * h.logit + calibration.rules * h.evidence + calibration.bias)));
const scoredAt = (list: readonly HeldOut[], t: number): Scored[] => list.map((h) => ({ file: h.row.file, label: h.row.label, category: h.row.category, flagged: scoreOf(h) >= t }));

// The final model, and ordinary prose it never trained on (PII-benchmark sentences), scored now:
// the prose takes part in choosing the threshold below.
const final = train(pool, () => true, opts);
const prose = scoreWith(trainer, modelOf(trainer, final), proseRows());

// The objective is flat over a wide range of thresholds (a tenth of a point separates 0.42 and
// 0.56): among those within TIE of the best, the highest wins, since false positives are what
// users of such filters complain about most and the accuracy is the same. On so flat a curve a
// small change can move the pick far (a rule change once moved it from 0.57 to 0.50), so the
// issue's false-positive targets bound it: on sources each model never saw (left-out scores and
// the prose), ordinary prompts at most 2% and trigger-word or security-flavoured ones at most 5%.
const FPR_BUDGET: Readonly<Record<string, number>> = {
  'gsm8k-train.jsonl': 0.02, [PROSE_FILE]: 0.02, 'notinject.jsonl': 0.05, 'mitre-frr.jsonl': 0.05,
};
const TIE = 0.001;
const budgeted = [...losoOut, ...prose].filter((h) => h.row.label === 0 && FPR_BUDGET[h.row.file] !== undefined);
const withinBudget = (t: number): boolean => fileMetrics(scoredAt(budgeted, t)).every((m) => (m.fpr ?? 0) <= (FPR_BUDGET[m.file] as number));
const curve: { t: number; acc: number; ok: boolean }[] = [];
for (let k = 10; k <= 90; k++) {
  const t = k / 100;
  const cvAcc = meanPerFileAccuracy(scoredAt(cvOut.filter(fromSources), t));
  curve.push({ t, acc: losoOut.length ? (cvAcc + meanPerFileAccuracy(scoredAt(losoOut.filter(fromSources), t))) / 2 : cvAcc, ok: withinBudget(t) });
}
const bestAcc = Math.max(...curve.map((c) => c.acc));
const feasible = curve.filter((c) => c.ok);
if (feasible.length === 0) console.log('warning: no threshold keeps the left-out false-positive rates within budget; choosing without the budget');
// The curve runs in increasing t: the last point within TIE of the best is the highest threshold;
// when the budget rules out all of those, the most accurate threshold within it.
const tied = (feasible.length > 0 ? feasible : curve).filter((c) => c.acc >= bestAcc - TIE);
const mostAccurate = (list: typeof curve) => list.reduce((a, c) => (c.acc > a.acc ? c : a));
const chosen = tied.at(-1) ?? mostAccurate(feasible);
const threshold = chosen.t;
const cv = fileMetrics(scoredAt(cvOut, threshold));
if (process.env.BULWARK_OOF_DUMP) {
  // Debugging aid: held-out scores per row, both kinds (ids and scores only, no text).
  const dump = (kind: string, list: readonly HeldOut[]) => list.map((h) => JSON.stringify({ kind, file: h.row.file, id: h.row.id, label: h.row.label, logit: h.logit, evidence: h.evidence, score: scoreOf(h) }));
  writeFileSync(process.env.BULWARK_OOF_DUMP, [...dump('cv', cvOut), ...dump('loso', losoOut)].join('\n'));
}
console.log(`\ncalibration: ${JSON.stringify(calibration)}; threshold ${threshold}; mean per-file accuracy ${chosen.acc.toFixed(4)} (best ${bestAcc.toFixed(4)}${feasible.length > 0 ? `, best within the FPR budget ${mostAccurate(feasible).acc.toFixed(4)}` : ''})\n`);
console.log(`${folds}-fold grouped cross-validation (out-of-fold, threshold ${threshold}):`);
console.log(formatTable(cv));

// Leave-one-source-out, plus the ordinary prose scored by the final model.
const loso = losoOut.length ? fileMetrics(scoredAt([...losoOut, ...prose], threshold)) : [];
if (loso.length) {
  console.log(`\nleave-one-source-out (each file scored by a model trained without its source; threshold ${threshold}):`);
  console.log(formatTable(loso));
}

// The recall / false-positive trade-off at other thresholds, for operators choosing per policy.
const sweepOf = (list: readonly HeldOut[]) => [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({
  threshold: t,
  files: Object.fromEntries(fileMetrics(scoredAt(list, t)).map((m) => [m.file, { tpr: m.tpr, fpr: m.fpr }])),
}));
const sweep = sweepOf(cvOut);
const losoSweep = losoOut.length ? sweepOf([...losoOut, ...prose]) : [];

const q = quantize(final.weights);
const file: ModelFile = {
  format: MODEL_FORMAT,
  seed,
  features: { ...features, charNgrams: [...features.charNgrams] },
  window,
  bias: final.bias,
  scale: q.scale,
  weights: q.data,
  calibration,
  threshold,
  metrics: { folds, cv, loso },
};
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, `${JSON.stringify(file)}\n`);
writeFileSync(resolve(dirname(args.out), 'metrics.json'), `${JSON.stringify({ seed, folds, threshold, calibration, rows: rows.length, units: pool.n, features, window, training: opts, cv, sweep, loso, losoSweep }, null, 2)}\n`);
console.log(`\nwrote ${args.out} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
