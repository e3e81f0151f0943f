// The public shape of the PII detector: entity names, matches and configuration. Other modules
// (secrets, redaction, the scan CLI, the scan.pii guard) depend on these types only.

/**
 * Entity types the detector can emit. Names follow the presidio-research labels where the
 * dataset has them (PERSON, STREET_ADDRESS, PHONE_NUMBER, ...); the rest follow Presidio's
 * recogniser names.
 */
export const PII_ENTITIES = [
  'PERSON',
  'STREET_ADDRESS',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'US_SSN',
  'US_ITIN',
  'IBAN_CODE',
  'US_BANK_ROUTING',
  'SWIFT_CODE',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'URL_CREDENTIALS',
  'DATE_OF_BIRTH',
  'US_PASSPORT',
  'PASSPORT',
  'US_DRIVER_LICENSE',
  'UK_NINO',
  'NATIONAL_ID',
  'CRYPTO_WALLET',
  'MEDICAL_RECORD_NUMBER',
] as const;

export type PiiEntity = (typeof PII_ENTITIES)[number];

export function isPiiEntity(value: string): value is PiiEntity {
  return (PII_ENTITIES as readonly string[]).includes(value);
}

/** One detected span. Offsets are UTF-16 code units, half-open: text.slice(start, end). */
export interface PiiMatch {
  readonly entity: PiiEntity;
  readonly start: number;
  readonly end: number;
  /** Confidence in [0, 1] after validation and context scoring. */
  readonly score: number;
  /** true when a checksum or structural validator confirmed the value. */
  readonly validated?: boolean;
  /** Which recogniser produced it, e.g. `pii.credit_card`. */
  readonly rule: string;
}

export interface PiiDetectorConfig {
  /** Entity types to detect; default: all of PII_ENTITIES. */
  readonly entities?: readonly PiiEntity[];
  /** Minimum score to report, per entity; falls back to `defaultThreshold`. */
  readonly thresholds?: Partial<Readonly<Record<PiiEntity, number>>>;
  /** Minimum score for entities without their own threshold; default 0.5. */
  readonly defaultThreshold?: number;
  /** How many characters either side of a match are searched for context words; default 40. */
  readonly contextWindow?: number;
}

export interface PiiDetector {
  /** Entities this detector was built to find (after config). */
  readonly entities: readonly PiiEntity[];
  /** Sorted, non-overlapping matches at or above their entity's threshold. */
  detect(text: string): PiiMatch[];
  /** For a streamed text: the offset before which no match can still change (see `release.ts`). */
  releasableUpTo(text: string): number;
}
