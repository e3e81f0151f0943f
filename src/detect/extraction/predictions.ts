// Reads the predictions out of a predict answer: `{prediction: P}` or `{predictions: [P, ...]}`,
// where P is `{label, probabilities: {class: p, ...}}` (the shape the demo models answer with).

export type Label = string | number | boolean;

export interface Prediction {
  readonly label: Label;
  /** Class → probability; absent when the answer carried the label only. */
  readonly probabilities?: Readonly<Record<string, number>>;
}

export interface PredictAnswer {
  /** `prediction` (one) or `predictions` (a batch). */
  readonly batch: boolean;
  readonly predictions: readonly Prediction[];
  readonly model?: string;
}

export const MAX_CLASSES = 10_000;

function parsePrediction(v: unknown): Prediction | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const rec = v as Record<string, unknown>;
  const label = rec.label;
  if (typeof label !== 'string' && typeof label !== 'number' && typeof label !== 'boolean') return undefined;
  if (rec.probabilities === undefined) return { label };
  const probs = rec.probabilities;
  if (typeof probs !== 'object' || probs === null || Array.isArray(probs)) return undefined;
  const entries = Object.entries(probs as Record<string, unknown>);
  if (entries.length === 0 || entries.length > MAX_CLASSES) return undefined;
  for (const [, p] of entries) if (typeof p !== 'number' || !Number.isFinite(p)) return undefined;
  // fromEntries defines own properties, so a class named "__proto__" stays a class.
  return { label, probabilities: Object.fromEntries(entries) as Record<string, number> };
}

/** The predictions of an answer, or undefined when it has another shape. */
export function parsePredictAnswer(answer: unknown): PredictAnswer | undefined {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return undefined;
  const a = answer as Record<string, unknown>;
  const model = typeof a.model === 'string' ? a.model : undefined;
  const base = model !== undefined ? { model } : {};
  if ('prediction' in a) {
    const p = parsePrediction(a.prediction);
    return p ? { ...base, batch: false, predictions: [p] } : undefined;
  }
  if (Array.isArray(a.predictions)) {
    const ps = a.predictions.map(parsePrediction);
    if (ps.some((p) => p === undefined)) return undefined;
    return { ...base, batch: true, predictions: ps as Prediction[] };
  }
  return undefined;
}

/** Builds the answer back from (hardened) predictions; fields other than these are not returned. */
export function predictAnswer(parsed: PredictAnswer, predictions: readonly Prediction[]): Record<string, unknown> {
  const base = parsed.model !== undefined ? { model: parsed.model } : {};
  return parsed.batch ? { ...base, predictions } : { ...base, prediction: predictions[0] };
}

/** The class a prediction names as its top class, as a probabilities key. */
export function topClass(p: Prediction): string | undefined {
  if (!p.probabilities) return undefined;
  const named = String(p.label);
  if (Object.hasOwn(p.probabilities, named)) return named;
  let best: string | undefined;
  let bestP = -Infinity;
  for (const [k, v] of Object.entries(p.probabilities)) {
    if (v > bestP) {
      bestP = v;
      best = k;
    }
  }
  return best;
}
