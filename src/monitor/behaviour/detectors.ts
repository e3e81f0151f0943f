// What the behaviour monitor measures per identity window, and which deviation means what for
// which kind of identity: the features, and the detectors (source id, severity, techniques).
import type { BehaviourConfig } from '../../config/alerts-schema.ts';
import type { Severity } from '../../incidents/signal.ts';

export const FEATURES = ['requests', 'volume', 'models', 'blocked', 'auth_failures'] as const;
export type Feature = (typeof FEATURES)[number];
export const F = { requests: 0, volume: 1, models: 2, blocked: 3, auth_failures: 4 } as const satisfies Record<Feature, number>;

export const IDENTITY_KINDS = ['address', 'key', 'principal'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface Detector {
  readonly feature: number;
  readonly source: string;
  readonly severity: Severity;
  readonly techniques: readonly string[];
  /** "<what> from address 10.0.0.7" — the title opens with this. */
  readonly what: string;
}

const spike: Detector = { feature: F.requests, source: 'behaviour.request_spike', severity: 'medium', techniques: ['AML.T0034', 'LLM10'], what: 'Request spike' };
const bulk: Detector = { feature: F.volume, source: 'behaviour.bulk_read', severity: 'high', techniques: ['AML.T0024', 'AML.T0025'], what: 'Bulk read' };
const probing: Detector = { feature: F.models, source: 'behaviour.probing', severity: 'medium', techniques: ['AML.T0040', 'AML.T0014'], what: 'Many distinct models touched' };
const blocks: Detector = { feature: F.blocked, source: 'behaviour.block_burst', severity: 'high', techniques: ['AML.T0051', 'LLM01'], what: 'Burst of blocked requests' };
const authFailures: Detector = { feature: F.auth_failures, source: 'behaviour.auth_failures', severity: 'high', techniques: ['T1110'], what: 'Repeated authentication failures' };

/** Addresses spike, fail to authenticate and send blocked prompts; principals read and probe. */
export const DETECTORS: Readonly<Record<IdentityKind, readonly Detector[]>> = {
  address: [spike, blocks, authFailures],
  key: [spike],
  principal: [bulk, probing],
};

export const UNUSUAL_HOURS = { source: 'behaviour.unusual_hours', severity: 'medium' as Severity, techniques: ['T1078'] };
export const OUTLIER = { source: 'behaviour.outlier', severity: 'low' as Severity, techniques: [] as string[] };

export function minimums(c: BehaviourConfig): number[] {
  return [c.min_requests, c.min_volume, c.min_models, c.min_blocks, c.min_auth_failures];
}
