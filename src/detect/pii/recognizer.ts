// The recogniser contract shared by every PII pattern: a recogniser proposes scored candidates;
// the detector adds context evidence, applies thresholds and resolves overlaps.
import type { PiiEntity } from './types.ts';

export interface Candidate {
  entity: PiiEntity;
  start: number;
  end: number;
  score: number;
  validated?: boolean;
  rule: string;
}

export type Worth = (text: string, entity: PiiEntity, start: number, end: number, score: number) => boolean;

export interface Recognizer {
  readonly id: string;
  readonly entities: readonly PiiEntity[];
  /** Words near a match that make it more likely (Presidio's "context"), lower case. */
  readonly context?: readonly string[];
  /** Words near a match that make it less likely (e.g. "version" before 1.2.3.4), lower case. */
  readonly antiContext?: readonly string[];
  /**
   * A cheap test that every match needs (a digit, an '@'); when it fails the recogniser is skipped.
   * Must not have the global flag. Most texts in a scan are short cells, where this saves the most.
   */
  readonly gate?: RegExp;
  /**
   * Kinds of character (bits of chars.ts) that every text passing `gate` holds, one entry per
   * alternative set: a text lacking all kinds of one entry fails the gate, so it is not tried.
   * A property test (chars.test.ts) checks each declaration against its gate.
   */
  readonly gateNeeds?: readonly number[];
  /**
   * The highest base score `find` ever proposes (default 1). When it cannot reach an entity's
   * threshold without context, the detector runs the recogniser only on texts that hold one of its
   * context words, and skips it entirely when even context cannot lift it far enough.
   */
  readonly maxScore?: number;
  /**
   * Every match holds at least `count` digits, consecutive digits at most `maxGap` (1 or 6)
   * characters apart; texts without such a chain skip the recogniser (see digits.ts).
   */
  readonly minDigits?: { readonly count: number; readonly maxGap: 1 | 6 };
  /**
   * Appends candidates for `text` to `out`. Must not throw on any input. `worth`, when given, says
   * whether a candidate with this entity, span and base score could still be reported (threshold
   * and nearby context); recognisers with a costly validation ask it first.
   */
  find(text: string, out: Candidate[], worth?: Worth): void;
}

/** Characters that may not touch a structured identifier on either side. */
export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** Runs a global regex over text and calls `each` per match; resets lastIndex so regexes are reusable. */
export function forEachMatch(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    each(m);
  }
}

/**
 * A long subject that no pattern here can match or backtrack on (one letter, repeated): V8
 * compiles a regex straight to machine code when its first subject has 1,000 characters or more.
 */
const EAGER_SUBJECT = 'x'.repeat(1024);

/**
 * `re`, compiled to machine code now. V8 otherwise compiles a regex to bytecode for its first run
 * and again to machine code for the next; for the large address, cue and context patterns the
 * bytecode step costs several times the other (EN_STREET_RE: 13 ms against 2 ms), paid by every
 * process before its first matches. Matching is unaffected.
 */
export function compiledEagerly<T extends RegExp>(re: T): T {
  re.lastIndex = 0;
  re.test(EAGER_SUBJECT);
  re.lastIndex = 0;
  return re;
}
