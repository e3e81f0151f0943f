// The synchronous core of a scan: normalise and decode, mask allow-listed phrases, run the rules
// and the windowed classifier over the input and every decoded layer, and combine the evidence.
import { normalizeInput, sourceSpan, type DecodeLimits, type Decoding, type FoldedText, type Transform } from '../normalize/index.ts';
import { domainOf, type LinearModel } from './model.ts';
import type { FeatureDomain } from './features.ts';
import { ruleEvidence, type RuleHit, type RuleSet } from './rule-engine.ts';
import type { RuleMatch, TextSource } from './types.ts';
import { maskPhrases, planSentences, planWindows } from './windows.ts';

export interface Analysis {
  /** Highest classifier log-odds over windows and layers. */
  readonly classifierLogit: number;
  /** Which text and window produced it, for explanations. */
  readonly best: { readonly text: string; readonly from: number; readonly to: number; readonly folded: FoldedText | null };
  readonly domain: FeatureDomain;
  readonly hits: readonly RuleMatch[];
  readonly evidence: number;
  readonly transforms: readonly Transform[];
  readonly decodings: readonly Decoding[];
  readonly allowListed: number;
  readonly windows: number;
  readonly truncated: boolean;
  /** The folded input (masked), for external classifiers. */
  readonly folded: string;
}

export interface AnalysisContext {
  readonly model: LinearModel;
  readonly rules: RuleSet;
  readonly allow: readonly string[];
  readonly maxScanChars: number;
  readonly decode: DecodeLimits;
}

interface Scored {
  logit: number;
  from: number;
  to: number;
  windows: number;
}

function scoreWindows(model: LinearModel, text: string, limit: number, domain: FeatureDomain): Scored {
  const length = Math.min(text.length, limit);
  const plan = planWindows(text, length, model.window.size, model.window.stride);
  let best: Scored = { logit: -Infinity, from: 0, to: length, windows: plan.starts.length };
  for (let w = 0; w < plan.starts.length; w++) {
    const from = plan.starts[w] as number;
    const to = plan.ends[w] as number;
    const logit = model.logit(text, from, to, domain);
    if (logit > best.logit) best = { logit, from, to, windows: plan.starts.length };
  }
  // In documents and tool results, each sentence on its own too (when the model was trained that
  // way): one planted line must not be diluted by the page around it. User turns keep windows
  // only, which keeps the common case fast.
  if (model.window.sentences !== undefined && domain === 2) {
    const sentences = planSentences(text, length, model.window.sentences, model.window.size);
    for (let k = 0; k < sentences.starts.length; k++) {
      const from = sentences.starts[k] as number;
      const to = sentences.ends[k] as number;
      const logit = model.logit(text, from, to, domain);
      if (logit > best.logit) best = { logit, from, to, windows: best.windows };
    }
  }
  return best;
}

function toMatch(h: RuleHit, span: { start: number; end: number }, decoded?: Decoding): RuleMatch {
  const base = {
    id: h.rule.id,
    family: h.rule.family,
    description: h.rule.description,
    weight: Math.round(h.weight * 1000) / 1000,
    span,
  };
  return decoded === undefined ? base : { ...base, decoded };
}

export function analyse(ctx: AnalysisContext, text: string, source: TextSource): Analysis {
  // Work is bounded by the scan limit before anything else runs: only a prefix of an oversized
  // input is folded and decoded (folding rarely lengthens text; the check below catches it).
  const rawTruncated = text.length > ctx.maxScanChars;
  const norm = normalizeInput(rawTruncated ? text.slice(0, ctx.maxScanChars) : text, ctx.decode);
  const truncated = rawTruncated || norm.folded.text.length > ctx.maxScanChars;
  const masked = maskPhrases(norm.folded.text, ctx.allow);
  let allowListed = masked.count;
  const main = truncated ? masked.text.slice(0, ctx.maxScanChars) : masked.text;

  const hits: RuleMatch[] = [];
  const raw: RuleHit[] = [];
  for (const h of ctx.rules.match(main, source)) {
    raw.push(h);
    hits.push(toMatch(h, sourceSpan(norm.folded, h.start, h.end)));
  }
  const domain = domainOf(source);
  const scored = scoreWindows(ctx.model, main, ctx.maxScanChars, domain);
  let best = { logit: scored.logit, text: main, from: scored.from, to: scored.to, folded: norm.folded as FoldedText | null };
  let windows = scored.windows;

  // Decoded payloads are scanned like the input; their rule hits are located at the payload.
  let budget = Math.max(0, ctx.maxScanChars - main.length);
  for (const { layer, folded } of norm.layers) {
    if (budget <= 0) break;
    const m = maskPhrases(folded.text, ctx.allow);
    allowListed += m.count;
    const t = m.text.length > budget ? m.text.slice(0, budget) : m.text;
    budget -= t.length;
    const rootSpan = layer.depth === 1 ? layer.span : { start: 0, end: text.length };
    for (const h of ctx.rules.match(t, source)) {
      raw.push(h);
      hits.push(toMatch(h, rootSpan, layer.kind));
    }
    const s = scoreWindows(ctx.model, t, t.length, domain);
    windows += s.windows;
    if (s.logit > best.logit) best = { logit: s.logit, text: t, from: s.from, to: s.to, folded: null };
  }

  return {
    classifierLogit: best.logit,
    best: { text: best.text, from: best.from, to: best.to, folded: best.folded },
    domain,
    hits,
    evidence: ruleEvidence(raw),
    transforms: norm.transforms,
    decodings: norm.decodings,
    allowListed,
    windows,
    truncated,
    folded: main,
  };
}
