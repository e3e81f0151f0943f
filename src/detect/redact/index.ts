// Redaction and pseudonymisation of detector matches, the encrypted pseudonym vault with
// restore, and incremental scanning of streamed text.
export { resolveOverlaps, type EntityMatch, type TextDetector } from './overlaps.ts';
export {
  createRedactor,
  REDACT_ACTIONS,
  type RedactAction,
  type Redaction,
  type RedactionResult,
  type RedactOptions,
  type Redactor,
  type RedactorConfig,
} from './redactor.ts';
export { PseudonymVault, VaultCapacityError, type PseudonymVaultOptions } from './vault.ts';
export { createRestoreStream, restore, MAX_PLACEHOLDER_LENGTH, type RestoreStream } from './restore.ts';
export {
  createStreamScanner,
  releasePoint,
  DEFAULT_HOLD_BACK,
  type StreamBlock,
  type StreamRelease,
  type StreamScanner,
  type StreamScannerOptions,
} from './stream.ts';
