// Leak detection in answers: canary tokens, registered protected strings (n-gram overlap) and
// the memorisation guard for registered sensitive values (keyed hashes only).
import type { Finding } from '../../pipeline/decision.ts';
import type { EntityMatch } from '../redact/overlaps.ts';
export { createCanaryDetector, generateCanary } from './canary.ts';
export type { CanaryDetector, CanaryDetectorConfig, CanaryMatch, CanaryOptions, CanaryTransform } from './canary.ts';
export { createLeakDetector } from './protected.ts';
export type { LeakDetector, LeakDetectorConfig, LeakMatch, ProtectedString } from './protected.ts';
export { canonical, createMemorizationGuard } from './memorized.ts';
export type { MemorizationGuard, MemorizationGuardConfig, MemorizedMatch } from './memorized.ts';
export { fold, type Folded } from './normalize.ts';

export const CANARY_GUARD_ID = 'scan.canary';

/**
 * A guard finding for a leak match (canary, protected string, memorised value); the reason names
 * the kind and span, never the text. `guard` defaults to scan.canary.
 */
export function toFinding(match: EntityMatch, location?: string, guard: string = CANARY_GUARD_ID): Finding {
  const where = location === undefined ? '' : ` in ${location}`;
  return {
    guard,
    rule: match.rule,
    score: match.score,
    entity: match.entity,
    span: { start: match.start, end: match.end },
    reason: `${match.entity} leak (${match.rule}) at [${match.start}, ${match.end})${where}`,
    ...(location === undefined ? {} : { location }),
  };
}
