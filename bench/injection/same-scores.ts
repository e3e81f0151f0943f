// Guards performance work on the injection detector: scores every row of the development files
// with one source tree and writes the full-precision result per row, so two trees (before and
// after a change) can be compared exactly. Any difference is a bug in the change.
//
//   node --import tsx bench/injection/same-scores.ts --src DIR --model FILE --out A.jsonl
//   node --import tsx bench/injection/same-scores.ts --compare A.jsonl B.jsonl
//
// `--src` is a copy of `src/` (default: this checkout's); `--rules-from` takes the rule catalogue
// from another copy, so a rule edited meanwhile does not hide or fake a difference. The output
// holds scores and short explanations, never prompt text; keep it out of the repository.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { datasetsDir, REPO_ROOT } from '../../src/datasets/index.ts';

const { values: args } = parseArgs({
  options: {
    src: { type: 'string', default: join(REPO_ROOT, 'src') },
    'rules-from': { type: 'string' },
    model: { type: 'string', default: join(REPO_ROOT, 'models/injection/model.json') },
    out: { type: 'string' },
    compare: { type: 'string', multiple: true },
  },
  allowPositionals: true,
});

if (args.compare) {
  const [a, b] = args.compare.length === 2 ? args.compare : [];
  if (!a || !b) throw new Error('--compare needs two files: --compare A --compare B');
  const la = readFileSync(a, 'utf8').split('\n');
  const lb = readFileSync(b, 'utf8').split('\n');
  let diff = 0;
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    if (diff++ < 10) console.log(`line ${i + 1} differs:\n  ${la[i]?.slice(0, 400)}\n  ${lb[i]?.slice(0, 400)}`);
  }
  console.log(diff === 0 ? `identical: ${la.length - 1} results` : `${diff} of ${la.length - 1} results differ`);
  process.exit(diff === 0 ? 0 : 1);
}

const dir = join(datasetsDir(), 'prompt-injection');
if (!existsSync(dir)) {
  console.log(`skipped: no datasets at ${dir} (set BULWARK_DATASETS)`);
  process.exit(0);
}
if (!args.out) throw new Error('--out FILE is required');

type Scan = { score: number; flagged: boolean; classifierScore: number; ruleEvidence: number; windows: number; rules: { id: string; span: unknown }[]; features: unknown[]; findings: unknown[]; normalization: unknown };
type Detector = { scan(text: string, opts: { source: string }): Scan; rules: { id: string }[] };
type FoldedText = { text: string; map: Int32Array; mask: number; shape: unknown };
const src = resolve(args.src);
const injection = await import(pathToFileURL(join(src, 'detect/injection/index.ts')).href) as {
  createInjectionDetector(config: object): Detector;
};
const normalize = await import(pathToFileURL(join(src, 'detect/normalize/index.ts')).href) as {
  foldText(s: string): FoldedText;
};
let config: object = { modelPath: resolve(args.model) };
if (args['rules-from']) {
  const rules = await import(pathToFileURL(join(resolve(args['rules-from']), 'detect/injection/rules.ts')).href) as { DEFAULT_RULES: { id: string }[] };
  const own = injection.createInjectionDetector(config).rules.map((r) => r.id);
  config = { ...config, disableRules: own, extraRules: rules.DEFAULT_RULES };
}
const detector = injection.createInjectionDetector(config);

const digest = (f: FoldedText): string =>
  createHash('sha256').update(f.text).update(new Uint8Array(f.map.buffer, f.map.byteOffset, f.map.byteLength))
    .update(`${f.mask}`).digest('hex').slice(0, 16);

const lines: string[] = [];
let rows = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const texts = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)
    .map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === 'string');
  // Each row in both feature domains, plus the 1 KB cuts of the benchmark (prompts joined and cut).
  let pending = '';
  const cuts: string[] = [];
  for (const t of texts) {
    pending += `${t} `;
    while (pending.length >= 1024) {
      cuts.push(pending.slice(0, 1024));
      pending = pending.slice(1024);
    }
  }
  for (const [kind, list] of [['row', texts], ['1k', cuts]] as const) {
    list.forEach((text, i) => {
      rows++;
      for (const source of kind === 'row' ? ['user', 'document'] : ['user']) {
        const s = detector.scan(text, { source });
        lines.push(JSON.stringify({
          file, kind, i, source, score: s.score, flagged: s.flagged, classifier: s.classifierScore, evidence: s.ruleEvidence,
          windows: s.windows, rules: s.rules, features: s.features, findings: s.findings, normalization: s.normalization,
        }));
      }
      lines.push(JSON.stringify({ file, kind, i, fold: digest(normalize.foldText(text)) }));
    });
  }
}
writeFileSync(resolve(args.out), `${lines.join('\n')}\n`);
console.log(`scored ${rows} texts (${lines.length} results) with ${src} into ${args.out}`);
