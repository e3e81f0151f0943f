// The state the behaviour monitor keeps per identity, and the alert signals it raises from it:
// a deviation from the baseline, activity at an unusual hour, an isolation-forest outlier.
import type { AlertSignal } from '../../incidents/signal.ts';
import type { FeatureBaseline } from './baseline.ts';
import { type Detector, F, FEATURES, type IdentityKind, OUTLIER, UNUSUAL_HOURS } from './detectors.ts';
import { DAY_MS, type HourProfile } from './hours.ts';

/** One identity's running window of features. */
export interface Window {
  readonly start: number;
  readonly values: Float64Array;
  models: Set<string> | undefined;
  readonly fired: Uint8Array;
  firedHours: boolean;
  anyFired: boolean;
  readonly requestIds: string[];
}

export interface IdentityState {
  readonly kind: IdentityKind;
  readonly id: string;
  /** Made at the first window close, so a one-off identity (a scan of addresses) costs little. */
  baseline: FeatureBaseline | undefined;
  readonly firstSeen: number;
  /** Principals: active windows per local hour of the day. */
  readonly hours: HourProfile | undefined;
  window: Window | undefined;
}

export function newWindow(start: number): Window {
  return { start, values: new Float64Array(FEATURES.length), models: undefined, fired: new Uint8Array(FEATURES.length), firedHours: false, anyFired: false, requestIds: [] };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function deviationSignal(s: IdentityState, w: Window, d: Detector, base: FeatureBaseline, scope: 'identity' | 'population', time: number, windowSeconds: number): AlertSignal {
  const value = w.values[d.feature]!;
  const st = base.statsOf(d.feature)!;
  const z = base.zScores(d.feature, value);
  const feature = FEATURES[d.feature]!;
  return {
    source: d.source,
    severity: d.severity,
    title: `${d.what} from ${s.kind} ${s.id}: ${feature} ${round(value)} in ${windowSeconds}s (baseline median ${round(st.median)}, limit ${round(st.limit)})`,
    entity: { kind: s.kind, id: s.id },
    evidence: {
      feature,
      value: round(value),
      baseline: scope,
      baseline_median: round(st.median),
      baseline_mad: round(st.mad),
      ewma_mean: round(st.ewmaMean),
      ewma_sd: round(st.ewmaSd),
      robust_z: round(z.robust),
      ewma_z: round(z.ewma),
      limit: round(st.limit),
      window_seconds: windowSeconds,
      window_start: new Date(w.start).toISOString(),
    },
    time,
    requestIds: [...w.requestIds],
    techniques: d.techniques,
  };
}

export function unusualHourSignal(s: IdentityState, w: Window, hour: number, share: number, maxShare: number, time: number): AlertSignal {
  return {
    source: UNUSUAL_HOURS.source,
    severity: UNUSUAL_HOURS.severity,
    title: `Activity at an unusual hour for ${s.kind} ${s.id}: ${String(hour).padStart(2, '0')}:00 local holds ${(share * 100).toFixed(1)}% of its past activity`,
    entity: { kind: s.kind, id: s.id },
    evidence: { hour, share_of_past_activity: round(share), max_share: maxShare, active_windows_learned: s.hours?.total ?? 0, requests_in_window: w.values[F.requests]!, days_of_history: round((time - s.firstSeen) / DAY_MS) },
    time,
    requestIds: [...w.requestIds],
    techniques: UNUSUAL_HOURS.techniques,
  };
}

export function outlierSignal(s: IdentityState, w: Window, score: number, threshold: number, time: number): AlertSignal {
  return {
    source: OUTLIER.source,
    severity: OUTLIER.severity,
    title: `Unusual window for ${s.kind} ${s.id}: isolation-forest anomaly score ${round(score)} > ${threshold}`,
    entity: { kind: s.kind, id: s.id },
    evidence: { anomaly_score: round(score), threshold, ...Object.fromEntries(FEATURES.map((f, i) => [f, round(w.values[i]!)])), window_start: new Date(w.start).toISOString() },
    time,
    requestIds: [...w.requestIds],
  };
}
