import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashWords, tokenize, tokenizeSparse, type Token } from './tokens.ts';

// The regex tokenizer the character scanner replaced, kept as the reference.
const TOKEN_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?/gu;
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let word = m[0];
    if (word.endsWith('.') && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    if (word.length > 0) tokens.push({ start: m.index, end: m.index + word.length, word, possessive });
  }
  return tokens;
}

// Letters of several scripts and cases, joiners, periods, digits, spaces and an astral letter.
const piece = fc.constantFrom('a', 'b', 's', 'z', 'A', 'D', 'É', 'é', 'ß', 'Ł', 'ж', 'Ж', 'Ω', '\u0301', "'", '’', '-', '.', ' ', ' ', '\n', '1', ',', '𝐀', '\ud800');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('name tokens', () => {
  it('tokenize finds what the regex tokenizer found (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
  it('cuts possessives and keeps periods only on initials', () => {
    expect(tokenize("Jane's D. plan. O'Neil-Smith")).toEqual([
      { start: 0, end: 4, word: 'Jane', possessive: true },
      { start: 7, end: 9, word: 'D.', possessive: false },
      { start: 10, end: 14, word: 'plan', possessive: false },
      { start: 16, end: 28, word: "O'Neil-Smith", possessive: false },
    ]);
  });
  it('tokenizeSparse keeps every other word, the wanted lower-case ones and the words after them (property)', () => {
    const lowerWords = hashWords(['ab', 'sz', 'de']);
    fc.assert(
      fc.property(text, (t) => {
        const full = tokenize(t);
        const sparse = tokenizeSparse(t, { lowerWords, follow: 2 });
        const lowerAscii = (w: string) => /^[a-z]/.test(w);
        const wanted = (w: string) => w === 'ab' || w === 'sz' || w === 'de';
        // Sparse tokens are full tokens, in order.
        const key = (x: Token) => `${x.start}:${x.end}:${x.word}:${String(x.possessive)}`;
        const fullKeys = full.map(key);
        expect(sparse.every((x) => fullKeys.includes(key(x)))).toBe(true);
        // Nothing but plain lower-case words is left out, and no wanted word, nor the next two words after one.
        let follow = 0;
        for (const x of full) {
          const kept = sparse.some((y) => key(y) === key(x));
          if (!lowerAscii(x.word)) expect(kept).toBe(true);
          else if (wanted(x.word)) {
            expect(kept).toBe(true);
            follow = 2;
            continue;
          } else if (follow > 0) expect(kept).toBe(true);
          if (lowerAscii(x.word) && follow > 0) follow--;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
