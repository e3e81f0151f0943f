// The public shape of the secret detector: entity names, matches and configuration. The match
// shape is the same as the PII detector's, so redaction and streaming treat both alike.

export const SECRET_ENTITIES = [
  'AWS_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'GCP_API_KEY',
  'GCP_OAUTH_SECRET',
  'AZURE_STORAGE_KEY',
  'AZURE_CLIENT_SECRET',
  'AZURE_SAS_TOKEN',
  'GITHUB_TOKEN',
  'GITLAB_TOKEN',
  'SLACK_TOKEN',
  'SLACK_WEBHOOK',
  'STRIPE_KEY',
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'JWT',
  'PRIVATE_KEY',
  'PASSWORD',
  'GENERIC_SECRET',
] as const;

export type SecretEntity = (typeof SECRET_ENTITIES)[number];

export function isSecretEntity(value: string): value is SecretEntity {
  return (SECRET_ENTITIES as readonly string[]).includes(value);
}

/** One detected secret. Offsets are UTF-16 code units, half-open: text.slice(start, end). */
export interface SecretMatch {
  readonly entity: SecretEntity;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1]. */
  readonly score: number;
  /** true when a structural check (JWT header, key checksum marker) confirmed the value. */
  readonly validated?: boolean;
  /** Which rule produced it, e.g. `secrets.aws_access_key`. */
  readonly rule: string;
}

export interface SecretDetectorConfig {
  /** Entity types to detect; default: all of SECRET_ENTITIES. */
  readonly entities?: readonly SecretEntity[];
  /** Minimum score to report; default 0.5. */
  readonly threshold?: number;
  /**
   * Minimum Shannon entropy (bits per character) of a value next to a key/secret/token word for
   * the generic rule; default 3.5 (see entropy.ts for why).
   */
  readonly entropyThreshold?: number;
  /** Exact values never reported (known test fixtures, public sample keys). */
  readonly allowlist?: readonly string[];
}

export interface SecretDetector {
  readonly entities: readonly SecretEntity[];
  /**
   * Characters a stream scanner must hold back so that no secret is released before this
   * detector has seen enough of it to match (a match touching the end of the text is held
   * by the scanner until it is complete).
   */
  readonly holdBack: number;
  /**
   * Where a growing text can be cut without splitting a possible secret: before its last word,
   * or before an unfinished `-----BEGIN …` header (secret spans contain no whitespace; a PEM
   * block is found again from its header).
   */
  releasableUpTo(text: string): number;
  /** Sorted, non-overlapping matches at or above the threshold. */
  detect(text: string): SecretMatch[];
}
