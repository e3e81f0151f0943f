// What the monitors need to know about one model under the running policy: its kind, reference,
// output fields, positive class, excluded features and floors. Resolved once per policy and model
// (cached by policy object; the reference is looked up per use, it may arrive later), so the per-request path does no string parsing.
import type { Floors } from '../../config/monitoring-schema.ts';
import type { Policy } from '../../config/schema.ts';
import type { ModelReference, ReferenceKind } from './reference.ts';
import { type OutputFields, parseFieldPath } from './records.ts';
import type { ReferenceCatalog } from './references.ts';

export interface ModelSettings {
  readonly model: string;
  readonly kind: ReferenceKind;
  readonly fields: OutputFields;
  readonly positiveLabel: string;
  readonly exclude: readonly string[];
  readonly floors: Floors;
}

/** Defaults of the demo models, so they are monitored with no `monitoring.models` entry. */
const DEMO_DEFAULTS: Readonly<Record<string, { score_field?: string; positive_label?: string }>> = {
  'demo-fraud': { score_field: 'probabilities.fraud', positive_label: 'fraud' },
};

const cache = new WeakMap<Policy, Map<string, ModelSettings | null>>();

/** The reference the monitors may use for a model (of the right kind), if it is ready. */
export function referenceFor(s: ModelSettings, references: ReferenceCatalog, build = true): ModelReference | undefined {
  const r = build ? references.peek(s.model) : references.ready(s.model);
  return r && r.kind === s.kind ? r : undefined;
}

export function settingsFor(policy: Policy, model: string): ModelSettings | undefined {
  let byModel = cache.get(policy);
  if (!byModel) cache.set(policy, (byModel = new Map()));
  const hit = byModel.get(model);
  if (hit !== undefined) return hit ?? undefined;
  const m = policy.models.find((x) => x.name === model);
  let out: ModelSettings | null = null;
  if (m && m.kind !== 'embedding') {
    const conf = policy.monitoring.models[model];
    const demo = DEMO_DEFAULTS[model] ?? {};
    const score = conf?.score_field ?? demo.score_field;
    out = {
      model,
      kind: m.kind === 'predict' ? 'tabular' : 'text',
      fields: { label: parseFieldPath(conf?.label_field ?? 'label'), ...(score ? { score: parseFieldPath(score) } : {}) },
      positiveLabel: conf?.positive_label ?? demo.positive_label ?? '',
      exclude: conf?.exclude_features ?? [],
      floors: conf?.floors ?? policy.monitoring.accuracy.floors,
    };
  }
  byModel.set(model, out);
  return out ?? undefined;
}
