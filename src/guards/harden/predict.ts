// harden.predict: output hardening for /v1/predict answers. Per model (policy `models:`) and per
// key (`keys:`), returns the label only, the top-k classes, rounded probabilities and/or
// probabilities with Laplace or Gaussian noise from the CSPRNG, spending a per-key ε budget; a
// spent budget degrades answers to the label or refuses them. Noise here obfuscates outputs; it is
// not a differential-privacy guarantee for the training data (docs/extraction.md).
import { z } from 'zod';
import { DEGRADE_STATE, RAW_PREDICTIONS_STATE, SharedStateConfig, extractionDefence, extractionSubject, remoteExtractionState } from '../../detect/extraction/index.ts';
import { gaussian, laplace, noiseScale } from '../../detect/extraction/noise.ts';
import { type PredictAnswer, type Prediction, parsePredictAnswer, predictAnswer } from '../../detect/extraction/predictions.ts';
import type { Finding } from '../../pipeline/decision.ts';
import type { Guard, GuardContext, GuardDecision, GuardFactory, GuardDeps } from '../../pipeline/types.ts';
import { type HardenSettings, hardenPrediction } from './transform.ts';

const ID = 'harden.predict';

const Budget = z.strictObject({
  epsilon: z.number().gt(0).max(1e9).describe('ε a key may spend per period'),
  period_seconds: z.int().min(1).max(366 * 86_400).default(86_400),
  on_exhausted: z.enum(['label', 'refuse']).default('label').describe('What answers become once the budget is spent'),
});

const Noise = z.strictObject({
  mechanism: z.enum(['laplace', 'gaussian']).default('laplace'),
  epsilon: z.number().gt(0).max(1000).default(1).describe('ε spent by each answered prediction'),
  sensitivity: z.number().gt(0).max(1).default(0.05).describe('Largest change of a probability the noise should hide (Δ)'),
  delta: z.number().gt(0).lt(1).default(1e-5).describe('Gaussian mechanism only'),
  budget: Budget.optional(),
});

const Shaping = {
  output: z.enum(['probabilities', 'top_k', 'label']).default('probabilities'),
  top_k: z.int().min(1).max(1000).default(1),
  decimals: z.int().min(0).max(12).optional().describe('Round probabilities to this many decimals'),
  noise: Noise.optional(),
  allow_label_change: z.boolean().default(false).describe('Let noise change the returned label (off: the top class never changes)'),
};

const Override = z.strictObject({
  output: Shaping.output.optional(),
  top_k: Shaping.top_k.optional(),
  decimals: Shaping.decimals,
  noise: Noise.nullable().optional().describe('null: no noise for this key'),
  allow_label_change: z.boolean().optional(),
});

export const HardenPredictConfig = z.strictObject({
  ...Shaping,
  degrade_on_extraction: z.boolean().default(true).describe('Label only for callers limit.extraction degraded, throttled or blocked'),
  on_unrecognised: z.enum(['block', 'allow']).default('block').describe('An answer that is not {prediction} or {predictions}'),
  keys: z.record(z.string().regex(/^[A-Za-z0-9_:.@|+-]{1,128}$/), Override).default({}).describe('Per API key id: overrides'),
  shared_state: SharedStateConfig.optional().describe('Redis: one budget ledger for every replica (unreadable: answers are label-only)'),
});
export type HardenPredictConfig = z.infer<typeof HardenPredictConfig>;
type Effective = Omit<HardenPredictConfig, 'keys' | 'degrade_on_extraction' | 'on_unrecognised' | 'shared_state'>;
type Noise = z.infer<typeof Noise>;

function effective(config: HardenPredictConfig, keyId: string | undefined): Effective {
  const o = keyId !== undefined && Object.hasOwn(config.keys, keyId) ? config.keys[keyId]! : undefined;
  const base: Effective = { output: config.output, top_k: config.top_k, allow_label_change: config.allow_label_change, ...(config.decimals !== undefined ? { decimals: config.decimals } : {}), ...(config.noise ? { noise: config.noise } : {}) };
  if (!o) return base;
  const merged: Effective = { ...base, ...(o.output ? { output: o.output } : {}), ...(o.top_k ? { top_k: o.top_k } : {}), ...(o.decimals !== undefined ? { decimals: o.decimals } : {}), ...(o.allow_label_change !== undefined ? { allow_label_change: o.allow_label_change } : {}) };
  if (o.noise === null) {
    const { noise: _n, ...rest } = merged;
    return rest;
  }
  return o.noise ? { ...merged, noise: o.noise } : merged;
}

function sampler(noise: NonNullable<Effective['noise']>): () => number {
  const scale = noiseScale(noise.mechanism, noise.epsilon, noise.sensitivity, noise.delta);
  return noise.mechanism === 'laplace' ? () => laplace(scale) : () => gaussian(scale);
}

export const hardenPredictGuard: GuardFactory<HardenPredictConfig> = {
  id: ID,
  stage: 'harden',
  description: 'Hardens prediction answers: label only, top-k, rounding, calibrated noise with a per-key ε budget.',
  configSchema: HardenPredictConfig,
  async create(config: HardenPredictConfig, deps: GuardDeps): Promise<Guard> {
    const { budgets } = extractionDefence(deps.shared);
    const remote = config.shared_state ? await remoteExtractionState(deps.shared, config.shared_state) : undefined;
    // Validate every noise setting now (a bad one fails the policy load, not a request).
    for (const n of [config.noise, ...Object.values(config.keys).map((k) => k.noise)]) if (n) sampler(n);

    /** The answer with `shaped` predictions hardened as configured and the rest reduced to the label. */
    function harden(parsed: PredictAnswer, eff: Effective, noise: Noise | undefined, shaped: number, findings: Finding[]): GuardDecision {
      const settings: HardenSettings = {
        output: eff.output,
        topK: eff.top_k,
        allowLabelChange: eff.allow_label_change,
        ...(eff.decimals !== undefined ? { decimals: eff.decimals } : {}),
        ...(noise ? { noise: sampler(noise) } : {}),
      };
      const labelOnly: HardenSettings = { ...settings, output: 'label' };
      const out: Prediction[] = parsed.predictions.map((p, i) => hardenPrediction(p, i < shaped ? settings : labelOnly));
      return { action: 'redact', findings, answer: predictAnswer(parsed, out) };
    }

    /** After spending: fewer covered than asked means a spent budget (or, remote, an unknown one). */
    function afterSpend(parsed: PredictAnswer, eff: Effective, noise: Noise, shaped: number, covered: number, findings: Finding[], unknown = false): GuardDecision {
      if (covered < shaped) {
        const budget = noise.budget!;
        const rule = unknown ? 'budget_unavailable' : 'budget_exhausted';
        const reason = unknown ? 'the shared privacy budget could not be read' : `the privacy budget of ${budget.epsilon} ε per ${budget.period_seconds} s is spent`;
        if (budget.on_exhausted === 'refuse') return { action: 'block', findings: [{ guard: ID, rule, score: 1, reason }] };
        findings.push({ guard: ID, rule, score: 1, reason: `${reason}; answers reduced to the label` });
      }
      return harden(parsed, eff, noise, Math.min(covered, shaped), findings);
    }

    function check(ctx: GuardContext): GuardDecision | Promise<GuardDecision> {
      if (ctx.route !== 'predict') return { action: 'allow', findings: [] };
      const parsed = parsePredictAnswer(ctx.answer);
      if (!parsed) {
        const finding: Finding = { guard: ID, rule: 'unrecognised_answer', score: 1, reason: 'the prediction answer has a shape harden.predict cannot harden' };
        return config.on_unrecognised === 'block' ? { action: 'block', findings: [finding] } : { action: 'flag', findings: [finding] };
      }
      ctx.state.set(RAW_PREDICTIONS_STATE, parsed.predictions);
      const findings: Finding[] = [];
      const eff = effective(config, ctx.principal?.keyId);
      let shaped = parsed.predictions.length; // how many get the configured shaping; the rest are label-only
      if (config.degrade_on_extraction && ctx.state.get(DEGRADE_STATE) === true) {
        shaped = 0;
        findings.push({ guard: ID, rule: 'extraction_degraded', score: 1, reason: 'answer reduced to the label: the caller was flagged for model extraction' });
      }
      const noise = eff.noise && eff.output !== 'label' ? eff.noise : undefined;
      if (!noise?.budget || shaped === 0 || ctx.model === undefined) return harden(parsed, eff, noise, shaped, findings);
      const subject = extractionSubject(ctx.principal, ctx.sourceIp);
      const rule = { limit: noise.budget.epsilon, periodMs: noise.budget.period_seconds * 1000 };
      if (!remote) return afterSpend(parsed, eff, noise, shaped, budgets.spend(subject, ctx.model, noise.epsilon, shaped, rule), findings);
      // Shared budget: if Redis cannot say what is left, nothing is left (fail closed to the label).
      if (!remote.ready) return afterSpend(parsed, eff, noise, shaped, 0, findings, true);
      return remote.spend(subject, ctx.model, noise.epsilon, shaped, rule).then(
        (covered) => afterSpend(parsed, eff, noise, shaped, covered, findings),
        () => afterSpend(parsed, eff, noise, shaped, 0, findings, true),
      );
    }

    return { id: ID, stage: 'harden', check };
  },
};
