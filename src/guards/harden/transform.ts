// Output hardening of one prediction, as a pure function: noise on the probabilities, then
// rounding, then top-k, then label only. Unless allowed, the returned label is the model's label
// and its class keeps the highest probability (ties allowed after rounding).
import type { Prediction } from '../../detect/extraction/predictions.ts';
import { topClass } from '../../detect/extraction/predictions.ts';

export interface HardenSettings {
  /** `probabilities`: all classes; `top_k`: the k most likely; `label`: the label only. */
  readonly output: 'probabilities' | 'top_k' | 'label';
  readonly topK: number;
  /** Round probabilities to this many decimals. */
  readonly decimals?: number;
  /** Adds one draw of this noise to each probability (then clips to [0, 1] and renormalises). */
  readonly noise?: () => number;
  /** Let noise change which class is on top (and so the label). Off unless the policy says so. */
  readonly allowLabelChange: boolean;
}

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

/** The hardened prediction; only `label` and `probabilities` are returned. */
export function hardenPrediction(p: Prediction, s: HardenSettings): Prediction {
  if (s.output === 'label' || !p.probabilities) return { label: p.label };
  const top = topClass(p);
  const classes = Object.keys(p.probabilities);
  const values = classes.map((c) => p.probabilities![c]!);
  if (s.noise) {
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      values[i] = Math.min(1, Math.max(0, values[i]! + s.noise()));
      sum += values[i]!;
    }
    if (sum > 0) for (let i = 0; i < values.length; i++) values[i] = values[i]! / sum;
  }
  let label = p.label;
  const topIndex = top === undefined ? -1 : classes.indexOf(top);
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  if (s.allowLabelChange) {
    // The label follows the (noisy) top class, keeping the label's type where it can.
    if (best !== topIndex) label = typeof p.label === 'number' && Number.isFinite(Number(classes[best])) ? Number(classes[best]) : classes[best]!;
  } else if (topIndex >= 0 && values[best]! > values[topIndex]!) {
    // Noise pushed another class above the model's: swap the two values, so the model's class
    // is on top again and the set of values shown is unchanged.
    [values[best], values[topIndex]] = [values[topIndex]!, values[best]!];
  }
  // Rounding is monotone, so it never puts another class strictly above the top one.
  if (s.decimals !== undefined) for (let i = 0; i < values.length; i++) values[i] = roundTo(values[i]!, s.decimals);
  let order = classes.map((_, i) => i);
  if (s.output === 'top_k') {
    const keep = s.allowLabelChange ? best : topIndex >= 0 ? topIndex : best;
    order.sort((a, b) => (a === keep ? -1 : b === keep ? 1 : values[b]! - values[a]!));
    order = order.slice(0, Math.max(1, s.topK));
  }
  const probabilities = Object.fromEntries(order.map((i) => [classes[i]!, values[i]!]));
  return { label, probabilities };
}
