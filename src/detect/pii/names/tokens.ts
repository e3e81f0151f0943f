// Word tokens for the name recogniser: letters with internal apostrophes or hyphens. A trailing
// period stays only on single-letter initials ("D."); a possessive 's is cut off and remembered.
// Scanned by character code rather than by a Unicode regex: this runs over every text the PII
// detector sees, and the regex with its per-token checks was a third of the name recogniser's time.

export interface Token {
  readonly start: number;
  /** End of the word proper (without a possessive 's or a sentence period). */
  readonly end: number;
  readonly word: string;
  readonly possessive: boolean;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /\p{Lu}/u;
/** Per UTF-16 code unit below 0x10000: 1 letter or mark, 2 upper-case letter (\p{Lu}). */
const BMP_CLASS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (LETTER_RE.test(ch)) table[c] = UPPER_RE.test(ch) ? 2 : 1;
  }
  return table;
})();

/**
 * Length (1 or 2 code units) of the letter or mark at `i`, or 0 when there is none. Every read
 * is bounds-checked: an out-of-range charCodeAt would make V8 drop its optimised code.
 */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return BMP_CLASS[c] === 0 ? 0 : 1;
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff && LETTER_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The code unit at `i`, or -1 past the end (see letterAt). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function isApostropheOrHyphen(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** Whether the code unit is an upper-case letter (\p{Lu}), BMP only. */
export function isUpperCode(c: number): boolean {
  return BMP_CLASS[c] === 2;
}

/** Whether text[start, end) is one upper-case letter (an initial), astral letters included. */
function isSingleCapital(text: string, start: number, end: number): boolean {
  if (end - start === 1) return isUpperCode(text.charCodeAt(start));
  return end - start === 2 && text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff && UPPER_RE.test(text.slice(start, end));
}

/** Where the word starting at a letter ends (see `readWord`); one scratch object, read before the next call. */
const word = { end: 0, next: 0, possessive: false };

/**
 * Reads the word that starts at `start` (a letter): runs of letters joined by an apostrophe or a
 * hyphen ("O'Neil", "Jean-Luc"), a period kept only on a single capital (an initial), and a
 * possessive "'s" cut off. Fills `word`: `end` of the token, `next` where reading goes on.
 */
function readWord(text: string, start: number): void {
  let i = start + letterAt(text, start);
  for (;;) {
    const len = letterAt(text, i);
    if (len !== 0) {
      i += len;
      continue;
    }
    if (isApostropheOrHyphen(codeAt(text, i)) && letterAt(text, i + 1) !== 0) {
      i += 1;
      continue;
    }
    break;
  }
  let end = i;
  if (codeAt(text, i) === 46) {
    i++;
    if (isSingleCapital(text, start, end)) end++;
  }
  const possessive = end - start > 2 && text.charCodeAt(end - 1) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);
  word.end = possessive ? end - 2 : end;
  word.next = i;
  word.possessive = possessive;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (letterAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    readWord(text, start);
    i = word.next;
    if (word.end > start) tokens.push({ start, end: word.end, word: text.slice(start, word.end), possessive: word.possessive });
  }
  return tokens;
}

/** A cheap hash of a word's code units; the sparse tokenizer compares it without slicing the word. */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * A set of word hashes with a bit table in front: most words of prose are not in the set, and one
 * bit read turns nearly all of them away before the hash set is consulted.
 */
export class WordHashes {
  /** 2^20 bits, indexed by the hash's low bits (about 2% of absent words pass with 20k words). */
  readonly bits = new Uint32Array(1 << 15);
  readonly set = new Set<number>();

  add(h: number): void {
    this.bits[(h >>> 5) & 0x7fff] = (this.bits[(h >>> 5) & 0x7fff] ?? 0) | (1 << (h & 31));
    this.set.add(h);
  }

  has(h: number): boolean {
    return ((this.bits[(h >>> 5) & 0x7fff] ?? 0) & (1 << (h & 31))) !== 0 && this.set.has(h);
  }
}

/** The hashes of `words`, for `tokenizeSparse`. */
export function hashWords(words: Iterable<string>): WordHashes {
  const out = new WordHashes();
  for (const w of words) out.add(wordHash(w, 0, w.length));
  return out;
}

/** Which lower-case words the name recognisers need to see (all others can neither start nor join a name). */
export interface SparseInterest {
  /** Hashes of the lower-case words that matter (particles, honorifics, cue verbs, lower-case given names). */
  readonly lowerWords: { has(hash: number): boolean };
  /** Whether the word at an offset is kept whatever it is (right after "my name is"). */
  readonly keepAt?: (text: string, at: number) => boolean;
  /** After a kept lower-case word, this many following words are kept too (a name's continuation). */
  readonly follow: number;
}

/**
 * Like `tokenize`, but a word starting with an ASCII lower-case letter becomes a token only when
 * `interest` asks for it. Words left out leave a gap in the text between the tokens around them,
 * and the name recognisers only join tokens separated by a single space, so the tokens they join
 * are the same as with `tokenize`. Most words of ordinary prose are left out, unallocated.
 */
export function tokenizeSparse(text: string, interest: SparseInterest): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const keepAt = interest.keepAt;
  let forced = 0;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // Fast path: a word of ASCII lower-case letters, hashed as it is read and usually dropped.
    if (c0 >= 97 && c0 <= 122) {
      const start = i;
      let h = c0;
      let c = codeAt(text, ++i);
      while (c >= 97 && c <= 122) {
        h = (Math.imul(h, 31) + c) | 0;
        c = codeAt(text, ++i);
      }
      // Anything else inside or right after the word (a capital, an apostrophe, a hyphen, a
      // letter outside ASCII, a period) goes the general way below.
      if (!(c === 39 || c === 0x2019 || c === 45 || c === 46 || (c >= 65 && c <= 90) || c >= 128)) {
        if (interest.lowerWords.has(h) || (keepAt !== undefined && keepAt(text, start))) forced = interest.follow;
        else if (forced > 0) forced--;
        else continue;
        tokens.push({ start, end: i, word: text.slice(start, i), possessive: false });
        continue;
      }
      i = start;
    } else if (c0 < 65 || (c0 > 90 && c0 < 128)) {
      i++;
      continue;
    }
    if (letterAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    readWord(text, start);
    i = word.next;
    const end = word.end;
    const possessive = word.possessive;
    if (end <= start) continue;
    if (c0 >= 97 && c0 <= 122) {
      const wanted = interest.lowerWords.has(wordHash(text, start, end)) || (keepAt !== undefined && keepAt(text, start));
      if (wanted) forced = interest.follow;
      else if (forced > 0) forced--;
      else continue;
    }
    tokens.push({ start, end, word: text.slice(start, end), possessive });
  }
  return tokens;
}
