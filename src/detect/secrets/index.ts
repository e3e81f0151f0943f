// Secret detection: cloud keys, service tokens, JWTs, private keys, passwords and high-entropy
// values next to key words. Build once with createSecretDetector, then call detect() per text.
import type { Finding } from '../../pipeline/decision.ts';
import type { SecretMatch } from './types.ts';

export { createSecretDetector, SECRET_HOLD_BACK } from './detector.ts';
export { shannonEntropy } from './entropy.ts';
export { SECRET_ENTITIES, isSecretEntity } from './types.ts';
export type { SecretDetector, SecretDetectorConfig, SecretEntity, SecretMatch } from './types.ts';

export const SECRETS_GUARD_ID = 'scan.secrets';

/** A guard finding for a match; the reason names the type and span, never the secret. */
export function toFinding(match: SecretMatch, location?: string): Finding {
  const where = location === undefined ? '' : ` in ${location}`;
  return {
    guard: SECRETS_GUARD_ID,
    rule: match.rule,
    score: match.score,
    entity: match.entity,
    span: { start: match.start, end: match.end },
    reason: `${match.entity} detected at [${match.start}, ${match.end})${where}`,
    ...(location === undefined ? {} : { location }),
  };
}
