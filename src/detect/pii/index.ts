// PII detection: structured identifiers (validated), person names and street addresses, with
// Presidio-style context scoring. Build once with createPiiDetector, then call detect() per text.
import type { Finding } from '../../pipeline/decision.ts';
import type { PiiMatch } from './types.ts';

export { createPiiDetector, DEFAULT_CONTEXT_WINDOW, DEFAULT_THRESHOLD, MAX_TEXT_LENGTH } from './detector.ts';
export { PII_ENTITIES, isPiiEntity } from './types.ts';
export type { PiiDetector, PiiDetectorConfig, PiiEntity, PiiMatch } from './types.ts';

export const PII_GUARD_ID = 'scan.pii';

/**
 * A guard finding for a match. The reason names the entity type and span only: the matched value
 * is personal data and must never reach logs, audit records or error bodies.
 */
export function toFinding(match: PiiMatch, location?: string): Finding {
  const where = location === undefined ? '' : ` in ${location}`;
  const how = match.validated === true ? ', checksum-validated' : '';
  return {
    guard: PII_GUARD_ID,
    rule: match.rule,
    score: match.score,
    entity: match.entity,
    span: { start: match.start, end: match.end },
    reason: `${match.entity} detected at [${match.start}, ${match.end})${where}${how}`,
    ...(location === undefined ? {} : { location }),
  };
}
