// `node --import tsx scripts/train-injection/language-transfer.ts [--concept-values 0,4,8]`
// How well what the classifier learns carries to phrasings in other languages it has not been
// trained on: the hand-written multilingual rows (scripts/train-injection/written/
// multilingual.jsonl) are held out, a model is trained on everything else once per concept value
// (0: no concept features), and the held-out rows are scored with the shipped calibration and
// threshold. Reported apart for languages the concept lexicon covers and for the others. Takes
// 10-20 s per value here. An experiment for the model card, not part of training.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetPath, REPO_ROOT } from '../../src/datasets/index.ts';
import { conceptTable } from '../../src/detect/injection/concepts.ts';
import type { FeatureConfig } from '../../src/detect/injection/features.ts';
import { loadModel } from '../../src/detect/injection/model.ts';
import { RuleSet } from '../../src/detect/injection/rule-engine.ts';
import { CONCEPT_RULES, DEFAULT_RULES } from '../../src/detect/injection/rules.ts';
import type { Row } from './data.ts';
import { modelOf, scoreWith, type HeldOut, type Trainer } from './holdout.ts';
import { ROW_WEIGHT_CAP, trainingRows } from './rows.ts';
import { buildUnits, rowWeights, train, type TrainOptions } from './trainer.ts';
import { WRITTEN_DIR } from './written.ts';

const { values: args } = parseArgs({ options: { 'concept-values': { type: 'string', default: '0,4' }, seed: { type: 'string', default: '20261122' } } });
const seed = Number(args.seed);
const values = (args['concept-values'] ?? '0,4').split(',').map(Number);
if (!Number.isInteger(seed) || values.some((v) => !(v >= 0 && v <= 64))) throw new Error('--seed must be an integer and --concept-values numbers in [0, 64]');

const HELD_FILE = 'multilingual.jsonl';
/** Languages of the concept lexicon (concept-lexicon.ts header). */
const COVERED = new Set('de fr es pt it nl pl cs ro hu sv da no fi tr id ru uk bg sr el ar he fa'.split(' '));
const langs = readFileSync(join(WRITTEN_DIR, HELD_FILE), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { lang?: string }).lang ?? '?');

const { rows } = trainingRows({ seed, dataDir: datasetPath('prompt-injection') });
const isHeld = (r: Row): boolean => r.id.startsWith(`written:${HELD_FILE}:`);
/** The row's language, from its index in the file (`written:<file>:<file>-<index>`). */
const langOf = (r: Row): string => langs[Number(r.id.slice(r.id.lastIndexOf('-') + 1))] ?? '?';
const held = rows.filter(isHeld);
console.log(`rows ${rows.length}; held out ${held.length} hand-written multilingual rows`);

const shipped = loadModel();
const { classifier: a, rules: c, bias: b } = shipped.calibration;
const flagged = (h: HeldOut, withRules: boolean): boolean =>
  1 / (1 + Math.exp(-(a * h.logit + (withRules ? c * h.evidence : 0) + b))) >= shipped.threshold;
const rate = (list: readonly HeldOut[], label: 0 | 1, covered: boolean, withRules: boolean): string => {
  const hs = list.filter((h) => h.row.label === label && COVERED.has(langOf(h.row)) === covered);
  return `${(hs.filter((h) => flagged(h, withRules)).length / Math.max(1, hs.length)).toFixed(3)} (${hs.length})`;
};

// The shipped model's training setup (metrics.json), with only the concept value varied.
const shippedSetup = JSON.parse(readFileSync(join(REPO_ROOT, 'models/injection/metrics.json'), 'utf8')) as {
  features: FeatureConfig; window: { size: number; stride: number; sentences?: number }; training: TrainOptions;
};
const { window } = shippedSetup;
const opts: TrainOptions = { ...shippedSetup.training, seed };
const { concepts: _c, conceptValue: _v, ...baseFeatures } = shippedSetup.features;
const rules = new RuleSet(DEFAULT_RULES, CONCEPT_RULES);
for (const value of values) {
  const features: FeatureConfig = { ...baseFeatures, ...(value > 0 ? { concepts: conceptTable().digest, conceptValue: value } : {}) };
  const pool = buildUnits(rows, rowWeights(rows, ROW_WEIGHT_CAP), features, window);
  const t: Trainer = { rows, pool, opts, features, window, rules };
  const out = scoreWith(t, modelOf(t, train(pool, (ri) => !isHeld(rows[ri] as Row), opts)), held);
  console.log(`concept value ${value} (threshold ${shipped.threshold}):`);
  for (const withRules of [true, false]) {
    console.log(`  ${withRules ? 'ensemble       ' : 'classifier only'}  attacks caught: lexicon languages ${rate(out, 1, true, withRules)}, others ${rate(out, 1, false, withRules)}; benign flagged: lexicon languages ${rate(out, 0, true, withRules)}, others ${rate(out, 0, false, withRules)}`);
  }
}
