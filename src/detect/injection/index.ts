// Prompt-injection and jailbreak detection: normalise and decode, rules, a shipped linear
// classifier, optional bring-your-own models; the `scan.injection` guard wraps `createInjectionDetector`.
export { createInjectionDetector } from './detector.ts';
export { INJECTION_GUARD_ID } from './types.ts';
export type {
  ExternalClassifier, ExternalClassifierEntry, FeatureContribution, InjectionDetector,
  InjectionDetectorConfig, InjectionScan, RuleMatch, ScanOptions, TextSource, RuleFamily, InjectionRule,
} from './types.ts';
export { DEFAULT_RULES } from './rules.ts';
export { gap, re, words } from './rule-types.ts';
export { RuleSet, ruleEvidence, type RuleHit } from './rule-engine.ts';
export { loadModel, parseModel, DEFAULT_MODEL_PATH, LinearModel, type Calibration } from './model.ts';
export { toTrainingRow, toTrainingJsonl, type InjectionTrainingRow, type ReviewedExample } from './training-row.ts';
