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
  /** Appends candidates for `text` to `out`. Must not throw on any input. */
  find(text: string, out: Candidate[]): void;
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
