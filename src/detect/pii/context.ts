// Presidio-style context scoring: words near a candidate raise its score, words that signal a
// look-alike (e.g. "version" before 1.2.3.4) lower it. Patterns are compiled once per recogniser.
import { compiledEagerly } from './recognizer.ts';

/** Presidio's defaults: context adds 0.35 and lifts a match to at least 0.4. */
export const CONTEXT_BOOST = 0.35;
export const CONTEXT_FLOOR = 0.4;
export const ANTI_CONTEXT_PENALTY = 0.45;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test for any of `words` as whole words (Unicode-aware), case-insensitive. For `test()` only:
 * the match may include the character before the word, which is consumed rather than looked
 * behind at because a leading lookbehind makes V8 try every position slowly (about 1.4× here).
 * Compiled to machine code at once (see compiledEagerly): detectors are built before use.
 */
export function compileWords(words: readonly string[] | undefined): RegExp | undefined {
  if (words === undefined || words.length === 0) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return compiledEagerly(new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'iu'));
}

export interface ContextScorer {
  adjust(text: string, start: number, end: number, score: number): number;
  /** The highest score context could give a candidate scored `score` (for pruning before `adjust`). */
  reach(score: number): number;
  /** Whether any context word occurs anywhere in `text` (a necessary condition for a boost). */
  anyContext(text: string): boolean;
}

/** What context can at most make of a base score, when a recogniser has context words. */
export function boosted(score: number): number {
  return score >= 1 ? score : Math.min(1, Math.max(score + CONTEXT_BOOST, CONTEXT_FLOOR));
}

export function createContextScorer(
  context: readonly string[] | undefined,
  antiContext: readonly string[] | undefined,
  window: number,
): ContextScorer {
  const pro = compileWords(context);
  const anti = compileWords(antiContext);
  return {
    reach: (score) => (pro === undefined ? score : boosted(score)),
    anyContext: (text) => pro !== undefined && pro.test(text),
    adjust(text, start, end, score) {
      let s = score;
      if (pro !== undefined && s < 1) {
        const before = text.slice(Math.max(0, start - window), start);
        const after = text.slice(end, Math.min(text.length, end + window));
        if (pro.test(before) || pro.test(after)) s = Math.min(1, Math.max(s + CONTEXT_BOOST, CONTEXT_FLOOR));
      }
      if (anti !== undefined) {
        // Look-alike cues sit right before the value ("version 1.2.3.4", "order 5551234567").
        const near = text.slice(Math.max(0, start - Math.min(window, 24)), start);
        if (anti.test(near)) s -= ANTI_CONTEXT_PENALTY;
      }
      return s;
    },
  };
}
