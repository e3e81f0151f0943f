// Public types of the prompt-injection detector: its configuration, the bring-your-own-model
// interface, and what a scan returns.
import type { Finding, Span } from '../../pipeline/decision.ts';
import type { DecodeLimits, Decoding, Transform } from '../normalize/index.ts';
import type { FeatureKind } from './features.ts';
import type { InjectionRule, RuleFamily, RuleInfo, TextSource } from './rule-types.ts';

export type { TextSource, RuleFamily, InjectionRule, RuleInfo, FeatureKind };

/** The guard id findings are attributed to. */
export const INJECTION_GUARD_ID = 'scan.injection';

/**
 * A bring-your-own classifier (for example an ONNX model run with onnxruntime-node) whose
 * score joins the ensemble. `score` returns the probability in [0, 1] that the text is an
 * injection or jailbreak; it may be synchronous or return a promise (then use `scanAsync`).
 * It receives the folded text (lower case, normalised, see detect/normalize), at most
 * `maxChars` characters of it. A throw or a value outside [0, 1] fails the scan (fail closed).
 */
export interface ExternalClassifier {
  readonly id: string;
  score(text: string): number | Promise<number>;
}

export interface ExternalClassifierEntry {
  readonly classifier: ExternalClassifier;
  /** Weight of the classifier's log-odds in the ensemble (default 1). */
  readonly weight?: number;
  /** Longest text passed to it (default 4096 characters of folded text). */
  readonly maxChars?: number;
}

export interface InjectionDetectorConfig {
  /** Score at or above which a text is flagged (default: the model's calibrated threshold). */
  readonly threshold?: number;
  /** Per-source thresholds, e.g. a lower one for retrieved documents. */
  readonly thresholds?: Partial<Record<TextSource, number>>;
  /** Known-good phrases (case and accents ignored) that are masked out before scanning. */
  readonly allow?: readonly string[];
  /** Rule ids to switch off (e.g. `hidden.addressed-output`). Unknown ids are an error. */
  readonly disableRules?: readonly string[];
  /** Extra rules, written like the shipped ones (see rule-types.ts). */
  readonly extraRules?: readonly InjectionRule[];
  /** Path of a model file; default the committed `models/injection/model.json`. */
  readonly modelPath?: string;
  /** Bring-your-own classifiers; none is required. */
  readonly external?: readonly ExternalClassifierEntry[];
  /** Most folded characters scanned per request (default 262144); the rest is not scanned. */
  readonly maxScanChars?: number;
  /** What an input longer than `maxScanChars` scores: `flag` (score 1, fail closed; default) or `scan-prefix`. */
  readonly oversize?: 'flag' | 'scan-prefix';
  /** Limits on decoding hidden payloads. */
  readonly decode?: Partial<DecodeLimits>;
  /** How many contributing classifier features to report (default 5, at most 20). */
  readonly topFeatures?: number;
}

export interface ScanOptions {
  /** Where the text came from; scales some rules and picks the threshold (default `user`). */
  readonly source?: TextSource;
}

export interface RuleMatch {
  readonly id: string;
  readonly family: RuleFamily;
  readonly description: string;
  /** Weight after scaling for the source, in log-odds units. */
  readonly weight: number;
  /** Range in the scanned input; for a rule that fired inside a decoded payload, the payload's range. */
  readonly span: Span;
  /** Set when the rule fired inside a decoded payload. */
  readonly decoded?: Decoding;
}

export interface FeatureContribution {
  /** The n-gram, at most 24 characters of folded text. */
  readonly feature: string;
  readonly kind: FeatureKind;
  /** Contribution to the classifier's log-odds. */
  readonly weight: number;
}

export interface InjectionScan {
  /** Calibrated probability in [0, 1] that the text is an injection or jailbreak. */
  readonly score: number;
  readonly flagged: boolean;
  readonly threshold: number;
  readonly source: TextSource;
  /** The classifier's own probability for the most suspicious window or decoded layer. */
  readonly classifierScore: number;
  /** Sum of rule evidence in log-odds units (see `ruleEvidence`). */
  readonly ruleEvidence: number;
  readonly rules: readonly RuleMatch[];
  /** Top classifier features of the most suspicious window; empty unless flagged. */
  readonly features: readonly FeatureContribution[];
  readonly normalization: {
    readonly transforms: readonly Transform[];
    readonly decodings: readonly Decoding[];
    /** Allow-listed phrases masked out. */
    readonly allowListed: number;
  };
  /** Windows the classifier scored (long inputs are scanned in overlapping windows). */
  readonly windows: number;
  /** True when the input was longer than `maxScanChars`. */
  readonly truncated: boolean;
  /** Scores of bring-your-own classifiers that ran. */
  readonly external: readonly { readonly id: string; readonly score: number }[];
  /** Findings for the guard (guard id `scan.injection`); empty unless flagged. */
  readonly findings: readonly Finding[];
}

export interface InjectionDetector {
  /** Scans with the built-in model, rules and synchronous external classifiers. */
  scan(text: string, opts?: ScanOptions): InjectionScan;
  /** As `scan`, awaiting asynchronous external classifiers too. */
  scanAsync(text: string, opts?: ScanOptions): Promise<InjectionScan>;
  /** The rules in force (pattern and concept rules), after `disableRules` and `extraRules`. */
  readonly rules: readonly RuleInfo[];
}
