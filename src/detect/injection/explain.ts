// Turns a scan's evidence into explanations: the classifier features that pushed the score up,
// and `Finding`s for the guard. Nothing here quotes more than a short n-gram of the input.
import type { Finding } from '../../pipeline/decision.ts';
import type { Analysis } from './analysis.ts';
import type { LinearModel } from './model.ts';
import { INJECTION_GUARD_ID, type FeatureContribution, type RuleMatch } from './types.ts';

const MAX_FEATURE_CHARS = 24;

/** The `k` features of the best window with the largest positive contribution. */
export function topFeatures(model: LinearModel, a: Analysis, k: number): FeatureContribution[] {
  if (k <= 0 || !Number.isFinite(a.classifierLogit)) return [];
  const { text, from, to } = a.best;
  const f = model.hasher.extract(text, from, to);
  const contrib: { index: number; weight: number }[] = [];
  for (let i = 0; i < f.size; i++) {
    const idx = f.index[i] as number;
    const w = (model.weights[idx] as number) * (f.value[i] as number);
    if (w > 0) contrib.push({ index: idx, weight: w });
  }
  contrib.sort((x, y) => y.weight - x.weight);
  // Collisions and overlapping n-grams ("ignor", "gnore") say the same thing: over-fetch, dedupe.
  const top = contrib.slice(0, k * 4);
  const where = model.hasher.locate(text, from, to, new Set(top.map((c) => c.index)));
  const out: FeatureContribution[] = [];
  const seen = new Set<string>();
  for (const c of top) {
    const loc = where.get(c.index);
    if (!loc) continue;
    const feature = text.slice(Math.max(from, loc.start), Math.min(to, loc.end)).trim().slice(0, MAX_FEATURE_CHARS);
    if (feature.length === 0 || seen.has(feature)) continue;
    if ([...seen].some((s) => s.includes(feature) || feature.includes(s))) continue;
    seen.add(feature);
    out.push({ feature, kind: loc.kind, weight: Math.round(c.weight * 1000) / 1000 });
    if (out.length >= k) break;
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function ruleFinding(r: RuleMatch): Finding {
  const where = r.decoded ? ` inside a ${r.decoded}-encoded payload` : '';
  return {
    guard: INJECTION_GUARD_ID,
    rule: `injection.rule.${r.id}`,
    // The rule's own evidence as a probability, so rule findings can be ranked.
    score: round(1 / (1 + Math.exp(-r.weight))),
    reason: `${r.description} (${r.family})${where}`,
    span: r.span,
  };
}

/** Findings for a flagged scan: one summary, then one per rule that fired. */
export function findingsFor(args: {
  score: number;
  threshold: number;
  classifierScore: number;
  analysis: Analysis;
  features: readonly FeatureContribution[];
}): Finding[] {
  const { analysis: a } = args;
  const parts = [`injection score ${round(args.score)} >= threshold ${args.threshold}`, `classifier ${round(args.classifierScore)}`];
  if (a.hits.length > 0) parts.push(`rules: ${[...new Set(a.hits.map((h) => h.family))].join(', ')}`);
  if (args.features.length > 0) parts.push(`top features: ${args.features.map((f) => JSON.stringify(f.feature)).join(', ')}`);
  const norm = [...a.transforms, ...a.decodings.map((d) => `decoded ${d}`)];
  if (norm.length > 0) parts.push(`normaliser: ${norm.join(', ')}`);
  if (a.truncated) parts.push('input longer than the scan limit');
  const summary: Finding = {
    guard: INJECTION_GUARD_ID,
    rule: a.truncated ? 'injection.oversize' : 'injection.score',
    score: round(args.score),
    reason: parts.join('; '),
  };
  return [summary, ...a.hits.map(ruleFinding)];
}
