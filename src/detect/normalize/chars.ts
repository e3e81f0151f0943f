// Per-code-point folding tables: what an invisible, compatibility or look-alike character turns
// into before detectors see the text. Built once; lookups are cached per code point.

/** A transform the normaliser can apply; reported so an operator can see why text matched. */
export type Transform =
  | 'nfkc'
  | 'diacritics'
  | 'invisible'
  | 'bidi'
  | 'confusables'
  | 'spaced-letters'
  | 'leetspeak';

export const T_NFKC = 1;
export const T_DIACRITICS = 2;
export const T_INVISIBLE = 4;
export const T_BIDI = 8;
export const T_CONFUSABLES = 16;
export const T_SPACED = 32;
export const T_LEET = 64;

const TRANSFORM_BITS: readonly (readonly [number, Transform])[] = [
  [T_NFKC, 'nfkc'],
  [T_DIACRITICS, 'diacritics'],
  [T_INVISIBLE, 'invisible'],
  [T_BIDI, 'bidi'],
  [T_CONFUSABLES, 'confusables'],
  [T_SPACED, 'spaced-letters'],
  [T_LEET, 'leetspeak'],
];

export function transformNames(mask: number): Transform[] {
  const out: Transform[] = [];
  for (const [bit, name] of TRANSFORM_BITS) if (mask & bit) out.push(name);
  return out;
}

/** Bidi embedding, override and isolate controls (Trojan Source, CVE-2021-42574). */
export function isBidiControl(cp: number): boolean {
  return (
    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x061c ||
    cp === 0x200e || cp === 0x200f
  );
}

/** Zero-width and other default-ignorable characters that hide or split words. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0x2061 || cp === 0x2062 ||
    cp === 0x2063 || cp === 0x2064 || cp === 0xfeff || cp === 0x00ad || cp === 0x180e ||
    cp === 0x034f || cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * Look-alikes of Latin letters from other scripts (a subset of Unicode's confusables.txt, UTS #39,
 * limited to lower-case forms because text is lower-cased first). Only applied inside tokens
 * that mix scripts, so genuine Cyrillic or Greek text is left alone.
 */
export const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  (
    [
      // Cyrillic
      ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'],
      ['о', 'o'], ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'],
      ['і', 'i'], ['ї', 'i'], ['ј', 'j'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'],
      ['ɡ', 'g'], ['ո', 'n'], ['ս', 'u'], ['ց', 'g'], ['օ', 'o'],
      // Greek
      ['α', 'a'], ['β', 'b'], ['γ', 'y'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'],
      ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['ω', 'w'],
      // Latin extensions and IPA that NFKC leaves alone
      ['ı', 'i'], ['ȷ', 'j'], ['ɑ', 'a'], ['ɩ', 'i'], ['ʀ', 'r'], ['ɪ', 'i'], ['ʏ', 'y'],
      ['ᴀ', 'a'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ᴛ', 't'],
      ['ᴜ', 'u'], ['ᴠ', 'v'], ['ᴡ', 'w'], ['ᴢ', 'z'], ['ʙ', 'b'], ['ɢ', 'g'], ['ʜ', 'h'],
      ['ʟ', 'l'], ['ɴ', 'n'], ['ꜱ', 's'], ['ɾ', 'r'], ['ǀ', 'l'],
    ] as const
  ).map(([from, to]) => [from.codePointAt(0) as number, to]),
);

/** Leetspeak digits and symbols and the letters they most often stand for: ASCII index to code. */
export const LEET: Uint8Array = (() => {
  const t = new Uint8Array(128);
  const pairs = [
    ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'],
    ['@', 'a'], ['$', 's'], ['|', 'l'], ['!', 'i'],
  ] as const;
  for (const [a, b] of pairs) t[a.charCodeAt(0)] = b.charCodeAt(0);
  return t;
})();

interface Folded {
  readonly out: string;
  readonly mask: number;
  /** Whether `out` is the code point itself (and it is not a lone surrogate). */
  readonly same: boolean;
  /** Whether `out` holds a look-alike of a Latin letter (see `CONFUSABLES`). */
  readonly confusable: boolean;
}

// Generic combining diacritics (used for accents and "zalgo" obfuscation). Script-specific marks
// such as Devanagari vowel signs are letters of their words and stay.
const MARK = /^[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]$/u;
const SPACE = /^[\p{Zs}\u2028\u2029]$/u;
const LATIN_WITH_MARKS = /^([a-z])[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]+$/;
const cache = new Map<number, Folded>();

/**
 * How one non-ASCII code point folds: dropped (invisible, bidi, combining mark), a space, or its
 * NFKC form lower-cased with Latin diacritics stripped. Per code point, so an offset map back to
 * the source text stays exact; composition across characters is not needed because marks drop.
 */
export function foldCodePoint(cp: number): Folded {
  const hit = cache.get(cp);
  if (hit) return hit;
  let res: { out: string; mask: number };
  if (isBidiControl(cp)) res = { out: '', mask: T_BIDI };
  else if (isInvisible(cp)) res = { out: '', mask: T_INVISIBLE };
  else {
    const ch = String.fromCodePoint(cp);
    if (MARK.test(ch)) res = { out: '', mask: T_DIACRITICS };
    else if (SPACE.test(ch)) res = { out: ' ', mask: 0 };
    else {
      let mask = 0;
      let k = ch.normalize('NFKC');
      // Only report NFKC when it produced Latin letters or digits (fullwidth, math alphanumerics):
      // folding CJK punctuation is routine and would make the report noise.
      if (k !== ch && /[a-z0-9]/i.test(k)) mask |= T_NFKC;
      k = k.toLowerCase();
      const d = k.normalize('NFD');
      const m = LATIN_WITH_MARKS.exec(d);
      if (m && m[1]) {
        k = m[1];
        mask |= T_DIACRITICS;
      } else if (k === 'ß') k = 'ss';
      res = { out: k, mask };
    }
  }
  const folded: Folded = {
    ...res,
    same: res.out === String.fromCodePoint(cp) && !(cp >= 0xd800 && cp <= 0xdfff),
    confusable: [...res.out].some((ch) => CONFUSABLES.has(ch.charCodeAt(0))),
  };
  if (cache.size < 65_536) cache.set(cp, folded);
  return folded;
}

/** Character classes the decoders care about: 1 base64/base64url alphabet, 2 hex digit, 4 hex separator. */
export const SHAPE_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') t[ch.charCodeAt(0)] = 1;
  for (const ch of '0123456789abcdefABCDEF') t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] as number) | 2;
  for (const ch of ' :,') t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] as number) | 4;
  return t;
})();
