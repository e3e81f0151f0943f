// Leak detection without canaries: answers that reproduce a registered protected string (a system
// prompt, an access code) verbatim or nearly so. Long strings are compared by word n-gram
// shingles, short ones by folded containment and character n-grams; both precomputed at config.
import type { EntityMatch } from '../redact/overlaps.ts';
import { fold, originalSpan } from './normalize.ts';

export interface ProtectedString {
  /** A name for findings; never the text itself. */
  readonly id: string;
  readonly text: string;
  /** Share of the string's n-grams an answer must reproduce; default from the detector config. */
  readonly threshold?: number;
}

export interface LeakDetectorConfig {
  readonly strings: readonly ProtectedString[];
  /** Word n-gram size; default 5. */
  readonly wordN?: number;
  /** Default share of n-grams that makes a leak; default 0.5. */
  readonly threshold?: number;
  /**
   * Reproduced word n-grams that make a leak whatever the share (a long prompt leaked in part);
   * default 12, i.e. a run of about 16 words copied from it.
   */
  readonly minMatched?: number;
  /** Character n-gram size for short strings; default 5. */
  readonly charN?: number;
}

export interface LeakMatch extends EntityMatch {
  readonly entity: 'PROTECTED_STRING';
  readonly protectedId: string;
  /** Share of the protected string's n-grams found in the text. */
  readonly coverage: number;
}

export interface LeakDetector {
  detect(text: string): LeakMatch[];
}

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

function shingles(ws: readonly Word[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).map((w) => w.text).join(' '));
  return out;
}

interface Compiled {
  readonly id: string;
  readonly threshold: number;
  readonly mode: 'words' | 'chars';
  readonly grams: ReadonlySet<string>;
  /** Folded text, for containment of short strings. */
  readonly folded: string;
}

export function createLeakDetector(config: LeakDetectorConfig): LeakDetector {
  const n = config.wordN ?? 5;
  const charN = config.charN ?? 5;
  const defaultThreshold = config.threshold ?? 0.5;
  const minMatched = config.minMatched ?? 12;
  if (!Number.isInteger(n) || n < 2 || n > 12) throw new RangeError('leak: wordN must be 2-12');
  if (!Number.isInteger(charN) || charN < 3 || charN > 16) throw new RangeError('leak: charN must be 3-16');
  if (!Number.isInteger(minMatched) || minMatched < 1) throw new RangeError('leak: minMatched must be a positive integer');
  const compiled: Compiled[] = config.strings.map((s) => {
    const threshold = s.threshold ?? defaultThreshold;
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`leak: threshold of ${s.id} must be in (0, 1]`);
    const ws = words(s.text);
    const folded = fold(s.text).text;
    if (folded.length < 6) throw new RangeError(`leak: protected string ${s.id} is too short to detect reliably`);
    // Fewer than 2n words gives too few shingles to measure overlap: use characters instead.
    if (ws.length >= 2 * n) return { id: s.id, threshold, mode: 'words', grams: new Set(shingles(ws, n)), folded };
    const grams = new Set<string>();
    for (let i = 0; i + charN <= folded.length; i++) grams.add(folded.slice(i, i + charN));
    return { id: s.id, threshold, mode: 'chars', grams, folded };
  });

  function wordLeaks(text: string, out: LeakMatch[]): void {
    const ws = words(text);
    const own = shingles(ws, n);
    for (const c of compiled) {
      if (c.mode !== 'words') continue;
      const seen = new Set<string>();
      let start = Infinity;
      let end = -1;
      own.forEach((g, i) => {
        if (!c.grams.has(g)) return;
        seen.add(g);
        start = Math.min(start, (ws[i] as Word).start);
        end = Math.max(end, (ws[i + n - 1] as Word).end);
      });
      const coverage = seen.size / c.grams.size;
      if (seen.size > 0 && (coverage >= c.threshold || seen.size >= minMatched)) {
        out.push(match(c, start, end, coverage));
      }
    }
  }

  function charLeaks(text: string, out: LeakMatch[]): void {
    if (!compiled.some((c) => c.mode === 'chars')) return;
    const f = fold(text);
    for (const c of compiled) {
      if (c.mode !== 'chars') continue;
      const at = f.text.indexOf(c.folded);
      if (at !== -1) {
        const span = originalSpan(f, at, at + c.folded.length, text);
        out.push(match(c, span.start, span.end, 1));
        continue;
      }
      const seen = new Set<string>();
      let from = Infinity;
      let to = -1;
      for (let i = 0; i + charN <= f.text.length; i++) {
        const g = f.text.slice(i, i + charN);
        if (!c.grams.has(g)) continue;
        seen.add(g);
        from = Math.min(from, i);
        to = Math.max(to, i + charN);
      }
      const coverage = seen.size / c.grams.size;
      if (seen.size > 0 && coverage >= Math.max(c.threshold, 0.8)) {
        const span = originalSpan(f, from, to, text);
        out.push(match(c, span.start, span.end, coverage));
      }
    }
  }

  return {
    detect(text) {
      const out: LeakMatch[] = [];
      wordLeaks(text, out);
      charLeaks(text, out);
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

function match(c: Compiled, start: number, end: number, coverage: number): LeakMatch {
  return {
    entity: 'PROTECTED_STRING',
    start,
    end,
    score: Math.min(1, 0.5 + coverage / 2),
    rule: `leak.protected.${c.mode}`,
    protectedId: c.id,
    coverage,
  };
}
