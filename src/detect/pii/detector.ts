// Builds the PII detector: picks the recognisers for the enabled entities, compiles their context
// scorers once, and per text runs them, scores, thresholds and resolves overlaps.
import { compileWords, createContextScorer, type ContextScorer } from './context.ts';
import { createAddressRecognizer } from './names/address.ts';
import { loadGazetteer } from './names/gazetteer.ts';
import { createPersonRecognizer } from './names/person.ts';
import type { Candidate, Recognizer, Worth } from './recognizer.ts';
import { cryptoWalletRecognizer, dateOfBirthRecognizer } from './recognizers/dates-wallets.ts';
import { abaRoutingRecognizer, creditCardRecognizer, ibanRecognizer, swiftRecognizer } from './recognizers/financial.ts';
import {
  medicalRecordRecognizer,
  nationalIdRecognizer,
  passportRecognizer,
  ssnRecognizer,
  ukNinoRecognizer,
  usDriverLicenseRecognizer,
} from './recognizers/identity.ts';
import { emailRecognizer, ipRecognizer, macRecognizer, urlCredentialsRecognizer } from './recognizers/network.ts';
import { createPhoneRecognizer } from './recognizers/phone.ts';
import { LETTER, charKinds, hasKinds } from './chars.ts';
import { digitChains, type DigitChains } from './digits.ts';
import { piiReleasePoint } from './release.ts';
import { resolveOverlaps } from './resolve.ts';
import { PII_ENTITIES, isPiiEntity, type PiiDetector, type PiiDetectorConfig, type PiiEntity, type PiiMatch } from './types.ts';

export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_CONTEXT_WINDOW = 40;
/** Longest text one detect() call accepts; callers chunk larger inputs (the scan CLI streams). */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/** Every built-in recogniser, in the order the detector runs them (exported for invariant tests). */
export function builtInRecognizers(): Recognizer[] {
  const g = loadGazetteer();
  return [
    emailRecognizer,
    creditCardRecognizer,
    ibanRecognizer,
    ssnRecognizer,
    ipRecognizer,
    macRecognizer,
    urlCredentialsRecognizer,
    createPhoneRecognizer(),
    cryptoWalletRecognizer,
    ukNinoRecognizer,
    nationalIdRecognizer,
    abaRoutingRecognizer,
    swiftRecognizer,
    passportRecognizer,
    usDriverLicenseRecognizer,
    medicalRecordRecognizer,
    dateOfBirthRecognizer,
    createPersonRecognizer(g),
    createAddressRecognizer(g),
  ];
}

function validateConfig(config: PiiDetectorConfig): void {
  for (const e of config.entities ?? []) if (!isPiiEntity(e)) throw new Error(`unknown PII entity: ${String(e)}`);
  const checkScore = (name: string, v: unknown): void => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) throw new Error(`${name} must be a number in [0, 1]`);
  };
  if (config.defaultThreshold !== undefined) checkScore('defaultThreshold', config.defaultThreshold);
  for (const [k, v] of Object.entries(config.thresholds ?? {})) {
    if (!isPiiEntity(k)) throw new Error(`unknown PII entity in thresholds: ${k}`);
    checkScore(`thresholds.${k}`, v);
  }
  const w = config.contextWindow;
  if (w !== undefined && (!Number.isInteger(w) || w < 0 || w > 1000)) throw new Error('contextWindow must be an integer in [0, 1000]');
}

/**
 * A recogniser in use, with what the per-text loop reads copied out of it: every entry has the
 * same shape, so these reads stay monomorphic (the recognisers' own shapes differ, and reading
 * their optional fields cost about as much as the gates they guard).
 */
interface ActiveRecognizer {
  readonly recognizer: Recognizer;
  readonly scorer: ContextScorer;
  readonly needsContext: boolean;
  readonly worth: Worth;
  readonly minDigits: Recognizer['minDigits'];
  readonly gateNeeds: Recognizer['gateNeeds'];
  /**
   * The gate, unless it is a digit run (`digitRun`), tried before the shared context test when it
   * looks for characters (it has gateNeeds) rather than words: a cheaper test, and the context
   * test is then skipped for most texts (prose has capitals, but seldom six in a row).
   */
  readonly gateBeforeContext: Recognizer['gate'];
  /** A gate looking for words, tried after the shared context test. */
  readonly gateAfterContext: Recognizer['gate'];
  /** Digits in a row a gate of the form /\d{k}/ asks for, read from the shared digit pass (0: none). */
  readonly digitRun: number;
}

/** A gate that asks only for digits in a row; the digit pass already knows the longest run. */
const DIGIT_RUN_GATE = /^\\d(?:\{(\d+)\})?$/;

export function createPiiDetector(config: PiiDetectorConfig = {}): PiiDetector {
  validateConfig(config);
  const entities: readonly PiiEntity[] = Object.freeze([...(config.entities ?? PII_ENTITIES)]);
  const enabled = new Set<PiiEntity>(entities);
  const window = config.contextWindow ?? DEFAULT_CONTEXT_WINDOW;
  const fallback = config.defaultThreshold ?? DEFAULT_THRESHOLD;
  const threshold = new Map<PiiEntity, number>(PII_ENTITIES.map((e) => [e, config.thresholds?.[e] ?? fallback]));
  const recognizers = builtInRecognizers();
  for (const r of recognizers) {
    const need = r.minDigits;
    if (need !== undefined && need.maxGap !== 1 && need.maxGap !== 6) throw new Error(`recogniser ${r.id}: minDigits.maxGap must be 1 or 6`);
    // A global gate would carry lastIndex between texts and skip matches.
    if (r.gate?.global === true || r.gate?.sticky === true) throw new Error(`recogniser ${r.id} has a stateful gate`);
  }
  // Per recogniser: the lowest threshold among its enabled entities decides whether it can report
  // at all, and whether only texts with one of its context words can lift it there.
  const active: ActiveRecognizer[] = [];
  for (const recognizer of recognizers) {
    const mine = recognizer.entities.filter((e) => enabled.has(e));
    if (mine.length === 0) continue;
    const scorer = createContextScorer(recognizer.context, recognizer.antiContext, window);
    const lowest = Math.min(...mine.map((e) => threshold.get(e) ?? fallback));
    const base = recognizer.maxScore ?? 1;
    if (scorer.reach(base) < lowest) continue;
    const worth: Worth = (text, entity, start, end, score) => {
      if (!enabled.has(entity)) return false;
      const min = threshold.get(entity) ?? fallback;
      return score >= min || (scorer.reach(score) >= min && scorer.adjust(text, start, end, score) >= min);
    };
    const { minDigits, gateNeeds } = recognizer;
    const needsContext = base < lowest;
    const run = recognizer.gate === undefined ? null : DIGIT_RUN_GATE.exec(recognizer.gate.source);
    const digitRun = run === null ? 0 : Number(run[1] ?? 1);
    const gate = run === null ? recognizer.gate : undefined;
    const early = !needsContext || gateNeeds !== undefined;
    active.push({
      recognizer, scorer, needsContext, worth, minDigits, gateNeeds, digitRun,
      gateBeforeContext: early ? gate : undefined,
      gateAfterContext: early ? undefined : gate,
    });
  }

  // One test, made once per text, for the context words of every context-only recogniser: most
  // texts hold none, and then all of them are skipped for the price of one regex instead of a
  // gate (and a context test) each.
  const anyNeededContext = compileWords([...new Set(active.filter((a) => a.needsContext).flatMap((a) => a.recognizer.context ?? []))]);
  // Every context word has a letter (a test checks): numbers and codes skip the regex.
  const hasContextWord = (text: string, kinds: number): boolean => (kinds & LETTER) !== 0 && anyNeededContext?.test(text) === true;

  const gazetteer = loadGazetteer();
  return {
    entities,
    releasableUpTo: (text: string) => piiReleasePoint(text, gazetteer),
    detect(text: string): PiiMatch[] {
      if (typeof text !== 'string') throw new TypeError('detect() expects a string');
      if (text.length > MAX_TEXT_LENGTH) throw new RangeError(`text longer than ${MAX_TEXT_LENGTH} characters; scan it in chunks`);
      const kept: Candidate[] = [];
      const found: Candidate[] = [];
      let chains: DigitChains | undefined;
      let someContext: boolean | undefined;
      let kinds: number | undefined;
      for (const { recognizer, scorer, needsContext, worth, minDigits, gateNeeds, gateBeforeContext, gateAfterContext, digitRun } of active) {
        // Cheapest test first: the shared digit count (and run), the kinds of character the gate
        // needs, a gate for characters, the shared context test (context-only recognisers), then
        // a gate for words and the recogniser's own context words.
        if (minDigits !== undefined || digitRun !== 0) {
          chains ??= digitChains(text);
          if (minDigits !== undefined && (minDigits.maxGap === 1 ? chains.tight : chains.loose) < minDigits.count) continue;
          if (chains.run < digitRun) continue;
        }
        if (gateNeeds !== undefined && !hasKinds((kinds ??= charKinds(text)), gateNeeds)) continue;
        if (gateBeforeContext !== undefined && !gateBeforeContext.test(text)) continue;
        if (needsContext && !(someContext ??= hasContextWord(text, (kinds ??= charKinds(text))))) continue;
        if (gateAfterContext !== undefined && !gateAfterContext.test(text)) continue;
        if (needsContext && !scorer.anyContext(text)) continue;
        if (found.length !== 0) found.length = 0;
        recognizer.find(text, found, worth);
        for (const c of found) {
          if (c.end <= c.start || !enabled.has(c.entity)) continue;
          const min = threshold.get(c.entity) ?? fallback;
          // Most name-shaped candidates (capitalised words) cannot reach the threshold: skip scoring them.
          if (scorer.reach(c.score) < min) continue;
          c.score = Math.max(0, Math.min(1, scorer.adjust(text, c.start, c.end, c.score)));
          if (c.score >= min) kept.push(c);
        }
      }
      // Two literal shapes rather than a conditional spread, which allocated a throw-away object per match.
      return resolveOverlaps(kept).map((c): PiiMatch => {
        const score = Math.round(c.score * 1000) / 1000;
        return c.validated === undefined
          ? { entity: c.entity, start: c.start, end: c.end, score, rule: c.rule }
          : { entity: c.entity, start: c.start, end: c.end, score, validated: c.validated, rule: c.rule };
      });
    },
  };
}
