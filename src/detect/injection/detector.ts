// Builds the prompt-injection detector: validates config, loads weights and compiles rules once,
// then scans text into a calibrated score, a flag and an explanation.
import { foldText } from '../normalize/index.ts';
import { analyse, type Analysis, type AnalysisContext } from './analysis.ts';
import { resolveConfig, type ResolvedConfig } from './config.ts';
import { findingsFor, topFeatures } from './explain.ts';
import { loadModel, type LinearModel } from './model.ts';
import { RuleSet } from './rule-engine.ts';
import type { ConceptRule } from './rule-types.ts';
import { CONCEPT_RULES, DEFAULT_RULES } from './rules.ts';
import type {
  InjectionDetector, InjectionDetectorConfig, InjectionRule, InjectionScan, ScanOptions, TextSource,
} from './types.ts';

const SOURCES: readonly TextSource[] = ['user', 'system', 'tool', 'document'];
const EPS = 1e-6;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

function selectRules(cfg: ResolvedConfig): { patterns: InjectionRule[]; concepts: ConceptRule[] } {
  const known = new Set([...DEFAULT_RULES, ...CONCEPT_RULES].map((r) => r.id));
  for (const id of cfg.disableRules) {
    if (!known.has(id)) throw new Error(`invalid injection detector config at disableRules: unknown rule "${id}"`);
  }
  const off = new Set(cfg.disableRules);
  return {
    patterns: [...DEFAULT_RULES.filter((r) => !off.has(r.id)), ...cfg.extraRules],
    concepts: CONCEPT_RULES.filter((r) => !off.has(r.id)),
  };
}

/** Creates a detector. Throws on invalid config or an unreadable model (fail closed at start-up). */
export function createInjectionDetector(config: InjectionDetectorConfig = {}, model?: LinearModel): InjectionDetector {
  const cfg = resolveConfig(config);
  const m = model ?? loadModel(cfg.modelPath);
  const rules = selectRules(cfg);
  const ctx: AnalysisContext = {
    model: m,
    rules: new RuleSet(rules.patterns, rules.concepts),
    // Phrases are folded like the text they are matched against.
    allow: cfg.allow.map((p) => foldText(p).text.trim()).filter((p) => p.length >= 3),
    maxScanChars: cfg.maxScanChars,
    decode: cfg.decode,
  };
  const thresholdFor = (source: TextSource): number => cfg.thresholds[source] ?? cfg.threshold ?? m.threshold;

  const sourceOf = (opts?: ScanOptions): TextSource => {
    const s = opts?.source ?? 'user';
    if (!SOURCES.includes(s)) throw new Error(`unknown text source: ${String(s)}`);
    return s;
  };

  const checkText = (text: unknown): string => {
    if (typeof text !== 'string') throw new TypeError('injection scan needs a string');
    return text;
  };

  const finish = (a: Analysis, source: TextSource, external: { id: string; score: number; weight: number }[]): InjectionScan => {
    const cal = m.calibration;
    const clfLogit = Number.isFinite(a.classifierLogit) ? a.classifierLogit : m.bias;
    let z = cal.classifier * clfLogit + cal.rules * a.evidence + cal.bias;
    for (const e of external) z += e.weight * logit(e.score);
    let score = sigmoid(z);
    if (a.truncated && cfg.oversize === 'flag') score = 1;
    const threshold = thresholdFor(source);
    const flagged = score >= threshold;
    const classifierScore = sigmoid(clfLogit);
    // Explaining costs a second pass over the best window: only flagged scans pay for it.
    const features = flagged ? topFeatures(m, a, cfg.topFeatures) : [];
    return {
      score,
      flagged,
      threshold,
      source,
      classifierScore,
      ruleEvidence: a.evidence,
      rules: a.hits,
      features,
      normalization: { transforms: a.transforms, decodings: a.decodings, allowListed: a.allowListed },
      windows: a.windows,
      truncated: a.truncated,
      external: external.map(({ id, score: s }) => ({ id, score: s })),
      findings: flagged ? findingsFor({ score, threshold, classifierScore, analysis: a, features }) : [],
    };
  };

  const checkScore = (id: string, s: unknown): number => {
    if (typeof s !== 'number' || !(s >= 0 && s <= 1)) {
      throw new Error(`external classifier ${id} returned ${typeof s === 'number' ? s : typeof s}, not a probability`);
    }
    return s;
  };

  return {
    rules: [...rules.patterns, ...rules.concepts],
    scan(text: string, opts?: ScanOptions): InjectionScan {
      const source = sourceOf(opts);
      const a = analyse(ctx, checkText(text), source);
      const external = cfg.external.map((e) => {
        const s = e.classifier.score(a.folded.slice(0, e.maxChars));
        if (typeof s === 'object' && s !== null && typeof (s as Promise<number>).then === 'function') {
          throw new Error(`external classifier ${e.classifier.id} is asynchronous: use scanAsync`);
        }
        return { id: e.classifier.id, score: checkScore(e.classifier.id, s), weight: e.weight };
      });
      return finish(a, source, external);
    },
    async scanAsync(text: string, opts?: ScanOptions): Promise<InjectionScan> {
      const source = sourceOf(opts);
      const a = analyse(ctx, checkText(text), source);
      const external = await Promise.all(cfg.external.map(async (e) => ({
        id: e.classifier.id,
        score: checkScore(e.classifier.id, await e.classifier.score(a.folded.slice(0, e.maxChars))),
        weight: e.weight,
      })));
      return finish(a, source, external);
    },
  };
}
