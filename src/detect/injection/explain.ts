// Turns a scan's evidence into explanations: the classifier features that pushed the score up,
// and `Finding`s for the guard. Nothing here quotes more than a short n-gram of the input.
import type { Finding } from '../../pipeline/decision.ts';
import type { Analysis } from './analysis.ts';
import type { LinearModel } from './model.ts';
import { INJECTION_GUARD_ID, type FeatureContribution, type RuleMatch } from './types.ts';

const MAX_FEATURE_CHARS = 24;

/** The `k` words or word pairs of the best window with the largest positive contribution. */
export function topFeatures(model: LinearModel, a: Analysis, k: number): FeatureContribution[] {
  if (k <= 0 || !Number.isFinite(a.classifierLogit)) return [];
  const { text, from, to } = a.best;
  // The contributions are ranked largest first; a few more than `k` usually suffice, because a
  // feature is skipped only when one already shown covers it. Ask again for more if not.
  for (let limit = 4 * k; ; limit *= 8) {
    const ranked = model.hasher.explainWords({ codes: model.codes, scale: model.scale }, text, from, to, a.domain, limit);
    const out: FeatureContribution[] = [];
    const seen: string[] = [];
    for (const c of ranked) {
      if (out.length >= k) break;
      const feature = text.slice(c.start, c.end).trim().slice(0, MAX_FEATURE_CHARS);
      // A word already shown inside a pair (or the reverse) says the same thing.
      if (feature.length === 0 || seen.some((s) => s.includes(feature) || feature.includes(s))) continue;
      seen.push(feature);
      out.push({ feature, kind: c.kind, weight: Math.round(c.weight * 1000) / 1000 });
    }
    if (out.length >= k || ranked.length < limit) return out;
  }
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
