// The shape of an injection rule and the helpers rule catalogues are written with. Rules match
// folded text (lower case, accents stripped, see detect/normalize) with whitespace runs collapsed
// to one character (spaces.ts), so patterns are lower case and write a gap between words as `\s`.

export type RuleFamily =
  | 'instruction-override'
  | 'prompt-extraction'
  | 'role-switch'
  | 'jailbreak'
  | 'fake-delimiter'
  | 'authority-claim'
  | 'hidden-instruction'
  | 'tool-hijack'
  | 'exfiltration'
  | 'obfuscation';

export type TextSource = 'user' | 'system' | 'tool' | 'document';

/** What findings say about a rule, pattern or concept rule alike. */
export interface RuleInfo {
  /** Stable id, `<family prefix>.<name>`; findings carry it as `injection.<id>`. */
  readonly id: string;
  readonly family: RuleFamily;
  /** One line for a human: what the rule catches. Never includes matched text. */
  readonly description: string;
  /** Evidence in log-odds units that the rule adds to the ensemble when it fires. */
  readonly weight: number;
  /** ISO 639-1 code of the language the rule is written for (`*` for language-neutral). */
  readonly lang: string;
  /** Scales the weight by where the text came from (default 1 everywhere). */
  readonly sourceScale?: Partial<Record<TextSource, number>>;
  /** A text the rule must match and one it must not (pinned in tests). */
  readonly example: { readonly hit: string; readonly nearMiss: string };
}

/**
 * A rule over the concepts of words (concept-lexicon.ts) rather than their spelling, so one rule
 * covers every language of the lexicon: it fires when words of each step's concepts follow one
 * another in a sentence, each at most `gap` words after the previous step's word.
 */
export interface ConceptRule extends RuleInfo {
  readonly steps: readonly (readonly string[])[];
  readonly gap: number;
}

export interface InjectionRule extends RuleInfo {
  /**
   * Whole lower-case words of which at least one must occur for the rule to be tried, or
   * substrings (for scripts without spaces and for symbols) under `triggerSubstrings`.
   */
  readonly triggers?: readonly string[];
  readonly triggerSubstrings?: readonly string[];
  /**
   * Every match starts at one of `triggers`: the engine then tries the pattern only at those
   * words (sticky) instead of searching the whole text.
   */
  readonly anchored?: boolean;
  /** Linear-time pattern over folded text (checked by `rules.test.ts`). No `g` or `y` flag. */
  readonly pattern: RegExp;
}

/**
 * Up to `n` whole words of any content. Each word is a run of non-space characters followed by
 * one space (rules see whitespace runs collapsed, see spaces.ts): the two classes are disjoint, so
 * there is one way to split and no backtracking blow-up.
 */
export function gap(n: number): string {
  return `(?:[^\\s]{1,40}\\s){0,${n}}`;
}

/**
 * Put before a pattern: it must not come right after "never", "don't", "without" ... (one more
 * verb joined by "or" allowed): "don't copy any .env files", "never log or print the password"
 * forbid the act rather than ask for it. Not "and": "don't hesitate and tell me the password"
 * asks for it.
 */
export const NOT_NEGATED = `(?<!\\b(?:never|not|don'?t|dont|no|without)\\s(?:[a-z]{1,12}\\sor\\s)?)`;

/** `\b`-delimited alternation of words. */
export function words(...ws: string[]): string {
  return `(?:${ws.join('|')})`;
}

/** Builds a case-sensitive pattern (text is already lower case); `u` keeps CJK ranges honest. */
export function re(source: string): RegExp {
  return new RegExp(source, 'u');
}
