// Names typed in lower case ("my name is eva kleist", "call me višeslav"): a known given name
// that is not an English word, optionally followed by an initial and further non-English words.
// Weak on its own; an introducing phrase right before it, or context words, decide.
import type { Candidate } from '../recognizer.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Token } from './tokens.ts';

// Phrases after which even an unknown lower-case word is taken as a name, matched anywhere
// (ASCII letters in either case) and followed by any whitespace, commas and colons: what
// /(?:my name is|name is|call me|i am|i'm|this is|named|called)[\s,:]*/gi finds. "my name is"
// ends where "name is" does, so it needs no test of its own.
const INTRO_PHRASES = ['name is', 'call me', 'i am', "i'm", 'this is', 'named', 'called'];
// Cheap gate: only text with lower-case letters after a space can hold such a name.
const LOWER_WORD_RE = /(?:^|\s)\p{Ll}/u;
const LOWER_NAME_SHAPE_RE = /^\p{Ll}[\p{Ll}\p{M}'’-]+$/u;
const LOWER_INITIAL_RE = /^\p{Ll}\.?$/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'dos', 'das', 'ter', 'ten', 'y', 'zu']);

function nameLike(w: string, g: Gazetteer): boolean {
  return !g.englishWords.has(w) && !g.commonWords.has(w) && LOWER_NAME_SHAPE_RE.test(w);
}

function titled(w: string): string {
  return (w[0] ?? '').toUpperCase() + w.slice(1);
}

/** JavaScript's \s: Unicode white space and line terminators. */
function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last two characters of every phrase, by their (lower-case ASCII) codes: few words end so. */
const PHRASE_TAILS = ((): Uint8Array => {
  const table = new Uint8Array(128 * 128);
  for (const p of INTRO_PHRASES) table[p.charCodeAt(p.length - 2) * 128 + p.charCodeAt(p.length - 1)] = 1;
  return table;
})();

/**
 * Whether `phrase` (lower case) ends at `end`, its ASCII letters in either case. Compared from
 * the end: a word that merely ends in the same letter differs one character earlier.
 */
function phraseEndsAt(text: string, end: number, phrase: string): boolean {
  if (end < phrase.length) return false;
  for (let k = 1; k <= phrase.length; k++) {
    const p = phrase.charCodeAt(phrase.length - k);
    const c = text.charCodeAt(end - k);
    if (c !== p && !(p >= 97 && p <= 122 && c === p - 32)) return false;
  }
  return true;
}

/**
 * Whether an introducing phrase ends right before the word at `at` (a character other than
 * white space, a comma or a colon), with only those between. Asked per word, this replaces a scan
 * of the whole text for the phrases (a fifth of the name recogniser's time on prose); it agrees
 * with that scan's match ends because no phrase starts inside another except where both end
 * together ("my name is", "name is"), or right after one ("i'my name is"), ending as before.
 */
export function introducedAt(text: string, at: number): boolean {
  let end = at;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 44 && c !== 58 && !isRegexSpace(c)) break;
    end--;
  }
  // One table read turns away most words before any phrase is compared (and it branches less
  // often than a test of the last letter alone, which costs more than the comparisons).
  if (end < 2) return false;
  const a = text.charCodeAt(end - 2) | 0x20;
  const b = text.charCodeAt(end - 1) | 0x20;
  if (a >= 128 || b >= 128 || PHRASE_TAILS[a * 128 + b] === 0) return false;
  for (const phrase of INTRO_PHRASES) if (phraseEndsAt(text, end, phrase)) return true;
  return false;
}

/** Lower-case words that can start a name here: known given names that are not English words. */
export function lowercaseNameStarts(g: Gazetteer): string[] {
  return [...g.firstNamesLower].filter((w) => nameLike(w, g));
}

/** Whether the text can hold a lower-case name at all (a lower-case letter after a space or at the start). */
export function mayHoldLowercaseName(text: string): boolean {
  return LOWER_WORD_RE.test(text);
}

/**
 * `tokens` may leave out lower-case words that are neither in `lowercaseNameStarts` nor
 * introduced (`introducedAt`), as long as the three words after each kept one are kept (see
 * tokenizeSparse).
 */
export function findLowercaseNames(text: string, tokens: readonly Token[], g: Gazetteer, out: Candidate[]): void {
  if (!LOWER_WORD_RE.test(text)) return;
  let repeats: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Upper-case ASCII and digits cannot start a lower-case name.
    if (t.word.charCodeAt(0) < 97) continue;
    // Name particles ("del" in "Vallmoro del Rey") only ever continue a name.
    if (PARTICLES.has(t.word)) continue;
    const isFirst = g.firstNamesLower.has(t.word);
    const introduced = introducedAt(text, t.start);
    if (!(isFirst || introduced) || !nameLike(t.word, g)) continue;
    let end = t.end;
    let hits = isFirst ? 1 : 0;
    let possessive = t.possessive;
    let j = i + 1;
    for (; j < tokens.length && j < i + 4; j++) {
      const u = tokens[j] as Token;
      if (text.slice(end, u.start) !== ' ') break;
      if (LOWER_INITIAL_RE.test(u.word)) {
        // An initial: "eric g. samoylova"; its period is outside the token.
        end = text[u.end] === '.' ? u.end + 1 : u.end;
        continue;
      }
      if (!nameLike(u.word, g)) break;
      if (g.lastNames.has(titled(u.word)) || g.firstNamesLower.has(u.word)) hits++;
      end = u.end;
      possessive = u.possessive;
    }
    const words = j - i;
    // A trailing initial is not part of the name (a single word has none).
    const trimmed = words === 1 ? t.word : text.slice(t.start, end).replace(/ \p{Ll}\.?$/u, '');
    let score = words === 1 ? 0.2 : hits >= 2 ? 0.6 : 0.4;
    if (introduced) score += 0.3;
    // "ida k. varnholt's essays": a possessive after a full name is a person's.
    if (possessive && words > 1) score += 0.15;
    out.push({ entity: 'PERSON', start: t.start, end: t.start + trimmed.length, score, rule: 'pii.person.lowercase' });
    if (score >= 0.5 && words > 1) (repeats ??= new Set()).add(trimmed.slice(trimmed.lastIndexOf(' ') + 1));
    i = j - 1;
  }
  if (repeats !== undefined) findRepeats(text, repeats, out);
}

/** Later mentions of a confident lower-case name's last word ("… than early varnholt?"). */
function findRepeats(text: string, words: ReadonlySet<string>, out: Candidate[]): void {
  const taken = out.filter((c) => c.rule === 'pii.person.lowercase');
  for (const w of words) {
    if (w.length < 3 || !LOWER_NAME_SHAPE_RE.test(w)) continue;
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) {
      const end = at + w.length;
      if (/[\p{L}\p{M}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}\p{N}]/u.test(text[end] ?? '')) continue;
      if (taken.some((c) => c.start < end && at < c.end)) continue;
      out.push({ entity: 'PERSON', start: at, end, score: 0.6, rule: 'pii.person.lowercase' });
    }
  }
}
