// `bulwark profile build data.csv --model demo-fraud`: builds a model's reference profile from a
// CSV file and stores it (running monitors pick it up within one monitoring interval; the
// contract's learned ranges at the next policy reload after that), and/or writes it as JSON.
import { writeFile } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { type LoadedPolicy, defaultPolicy, loadPolicyFile } from '../../config/load.ts';
import { createProgress } from '../../detect/filescan/progress.ts';
import type { ModelReference } from '../../monitor/models/reference.ts';
import { EXIT } from '../exit-codes.ts';

interface BuildOptions {
  model: string;
  out?: string;
  store: boolean;
  config?: string;
  dataDir?: string;
  features?: string;
  categorical?: string;
  textColumn?: string;
  outputColumn?: string;
  labelColumn?: string;
  scoreColumn?: string;
  targetColumn?: string;
  positiveLabel?: string;
  chunkSize?: string;
  delimiter?: string;
  progress: boolean;
}

const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

function summary(r: ModelReference): string {
  const lines = [`reference for ${r.model} (${r.kind}): ${r.rows} rows from ${r.source}`];
  for (const [name, p] of r.input.features) {
    const j = p.toJSON() as { kind: string; count?: number; min?: number | null; max?: number | null; categories?: string[] };
    lines.push(`  ${name}: ${j.kind}${j.kind === 'numeric' ? ` [${j.min}, ${j.max}]` : j.kind === 'categorical' ? ` ${j.categories?.length ?? 0} categories` : ''}`);
  }
  if (r.output) lines.push(`  outputs: ${[...r.output.features.keys()].join(', ')}`);
  if (r.performance) lines.push(`  labelled chunks: ${r.performance.chunks.accuracy.length} of ${r.performance.chunkSize}`);
  return `${lines.join('\n')}\n`;
}

export async function runProfileBuild(file: string, o: BuildOptions, io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let policy: LoadedPolicy;
  try {
    policy = o.config ? loadPolicyFile(o.config) : defaultPolicy();
  } catch (e) {
    io.stderr.write(`bulwark profile build: ${(e as Error).message}\n`);
    return EXIT.INVALID;
  }
  const model = policy.policy.models.find((m) => m.name === o.model);
  if (!model) {
    io.stderr.write(`bulwark profile build: the policy has no model "${o.model.slice(0, 64)}"\n`);
    return EXIT.INVALID;
  }
  if (model.kind === 'embedding') {
    io.stderr.write('bulwark profile build: embedding models are not profiled\n');
    return EXIT.INVALID;
  }
  if (!o.store && !o.out) {
    io.stderr.write('bulwark profile build: --no-store needs --out FILE\n');
    return EXIT.INVALID;
  }
  const chunkSize = o.chunkSize === undefined ? undefined : Number(o.chunkSize);
  if (chunkSize !== undefined && !(Number.isSafeInteger(chunkSize) && chunkSize >= 10)) {
    io.stderr.write('bulwark profile build: --chunk-size must be an integer of at least 10\n');
    return EXIT.INVALID;
  }
  let size = 0;
  try {
    size = (await stat(file)).size;
  } catch {
    io.stderr.write(`bulwark profile build: cannot read ${file}\n`);
    return EXIT.INVALID;
  }
  // Loaded on use, so other commands do not pay for the CSV reader and the profile builders.
  const [{ CsvReferenceError, referenceFromCsv }, { referenceToJSON }, { saveReference }, { openStore }] = await Promise.all([
    import('../../monitor/models/csv-reference.ts'),
    import('../../monitor/models/reference.ts'),
    import('../../monitor/models/references.ts'),
    import('../../store/store.ts'),
  ]);
  const progress = o.progress ? createProgress(file, size, io.stderr as NodeJS.WriteStream) : undefined;
  let reference: ModelReference;
  try {
    reference = await referenceFromCsv(file, {
      model: o.model,
      kind: model.kind === 'predict' ? 'tabular' : 'text',
      now: Date.now(),
      ...(o.features ? { features: list(o.features)! } : {}),
      ...(o.categorical ? { categorical: list(o.categorical)! } : {}),
      ...(o.textColumn ? { textColumn: o.textColumn } : {}),
      ...(o.outputColumn ? { outputTextColumn: o.outputColumn } : {}),
      ...(o.labelColumn ? { labelColumn: o.labelColumn } : {}),
      ...(o.scoreColumn ? { scoreColumn: o.scoreColumn } : {}),
      ...(o.targetColumn ? { targetColumn: o.targetColumn } : {}),
      ...(o.positiveLabel ? { positiveLabel: o.positiveLabel } : {}),
      ...(chunkSize ? { chunkSize } : {}),
      ...(o.delimiter ? { delimiter: o.delimiter } : {}),
      ...(progress ? { onProgress: (b: number) => progress.update(b) } : {}),
    });
  } catch (e) {
    progress?.done();
    io.stderr.write(`bulwark profile build: ${file}: ${e instanceof CsvReferenceError || e instanceof RangeError ? e.message : 'could not be read or parsed'}\n`);
    return EXIT.INVALID;
  } finally {
    progress?.done();
  }
  if (o.out) await writeFile(o.out, `${JSON.stringify(referenceToJSON(reference))}\n`, { mode: 0o600 });
  if (o.store) {
    const store = await openStore({ dataDir: o.dataDir ?? policy.policy.server.data_dir });
    try {
      await saveReference(store, reference);
    } finally {
      await store.close();
    }
  }
  io.stdout.write(summary(reference));
  io.stdout.write(o.store ? 'stored; a running gateway\'s monitors pick it up within one monitoring interval, contract ranges at the next policy reload\n' : `written to ${o.out}\n`);
  return EXIT.OK;
}

export function registerProfileCommand(program: Command, setExit: (code: number) => void): void {
  const profile = program.command('profile').description('Reference profiles of models (what normal inputs and outputs look like)');
  profile
    .command('build')
    .argument('<file>', 'CSV file with a header row')
    .description('Build a model reference profile from a CSV file and store it (and/or write it with --out)')
    .requiredOption('--model <name>', 'the model (as named in the policy)')
    .option('--out <file>', 'also write the reference as JSON')
    .option('--no-store', 'do not write it to the store (needs --out)')
    .option('-c, --config <file>', 'policy file (default policy otherwise)', process.env.BULWARK_CONFIG)
    .option('--data-dir <dir>', 'data directory of the store (default: the policy server.data_dir); PostgreSQL via BULWARK_DATABASE_URL')
    .option('--features <columns>', 'comma-separated input columns (default: all but the label/score/target columns)')
    .option('--categorical <columns>', 'columns to profile as categories even if numeric')
    .option('--text-column <column>', 'text models: the prompt column (default prompt)')
    .option('--output-column <column>', 'text models: the answer column')
    .option('--label-column <column>', 'the model\'s predicted label (prediction drift reference)')
    .option('--score-column <column>', 'the model\'s score')
    .option('--target-column <column>', 'the true label (gives the accuracy band)')
    .option('--positive-label <label>', 'positive class for precision, recall and F1')
    .option('--chunk-size <n>', 'labelled rows per reference chunk (default 200)')
    .option('--delimiter <char>', 'field delimiter (default: detected)')
    .option('--no-progress', 'no progress line on stderr')
    .action(async (file: string, o: BuildOptions) => setExit(await runProfileBuild(file, o)));
}
