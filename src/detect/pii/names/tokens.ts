// Word tokens for the name recogniser: letters with internal apostrophes or hyphens. A trailing
// period stays only on single-letter initials ("D."); a possessive 's is cut off and remembered.

export interface Token {
  readonly start: number;
  /** End of the word proper (without a possessive 's or a sentence period). */
  readonly end: number;
  readonly word: string;
  readonly possessive: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?/gu;

export function tokenize(text: string): Token[] {
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
