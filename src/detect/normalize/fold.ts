// Folds text into the canonical form detectors match on (lower case, NFKC, no invisible or bidi
// characters, look-alikes and leetspeak folded, spaced-out letters joined), keeping an offset map
// so every match can be reported as a span of the caller's original text.
import * as chars from './chars.ts';
import { foldTokens } from './fold-tokens.ts';
import { identityMap, UnitBuffer } from './units.ts';

// Local copies: under a CommonJS-style loader an imported binding is a getter call per access,
// which costs more than the folding itself in these hot loops.
const foldCodePoint = chars.foldCodePoint;

export interface FoldedText {
  /** The canonical text. */
  readonly text: string;
  /**
   * `map[i]` is the source index of `text[i]`; `map[text.length]` is the source length. Read-only:
   * text that folded unit for unit shares one identity array.
   */
  readonly map: Int32Array;
  /** Bit set of the transforms that changed something (see `transformNames`). */
  readonly mask: number;
  /** What the source looks like to the decoders (see decode.ts). */
  readonly shape: TextShape;
}

/**
 * Cheap facts that tell decoders whether they can possibly match. Measured on the folded text
 * (before the token pass), whose runs are never shorter than the source's: folding maps ASCII
 * unit for unit and only removes or replaces characters that break runs anyway.
 */
export interface TextShape {
  /** Longest run of base64/hex alphabet characters. */
  readonly longestRun: number;
  /** Longest run of hex digits. */
  readonly hexRun: number;
  /** Most hex digits in one run of hex digits and separators (space, ':', ','), for "69 67 6e ..." payloads. */
  readonly spacedHexDigits: number;
  /** Whether the text has a common word as ROT13 writes it ("gur", "naq", "lbh", "vtaber"). */
  readonly rot13: boolean;
  /** Whether the source has '%', '&#', '\\x' or Unicode tag characters. */
  readonly percent: boolean;
  readonly entity: boolean;
  readonly escapedHex: boolean;
  readonly tags: boolean;
}

const isControl = (c: number): boolean => (c < 32 && c !== 10) || c === 127;

// Classes of an ASCII unit of folded text, for `inspect`: 1 base64/base64url alphabet, 2 hex
// digit, 4 hex separator; bits 3-4 the token class (0 other, 1 letter, 2 space, 3 leetspeak
// substitute); 32 separator of spaced-out letters; 64 a control character, which folds to a space
// and is classed as one, so text can be inspected before its controls are replaced.
const LETTER = 8;
const SPACE = 16;
const SUBSTITUTE = 24;
const SPACER = 32;
const CONTROL_CHAR = 64;
const CLASS: Uint8Array = (() => {
  const t = Uint8Array.from(chars.SHAPE_CLASS);
  for (let c = 0; c < 128; c++) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) t[c] = (t[c] as number) | LETTER;
    else if (c === 32 || c === 10) t[c] = (t[c] as number) | SPACE;
    else if (chars.LEET[c] !== 0) t[c] = (t[c] as number) | SUBSTITUTE;
  }
  for (const c of [32, 46, 45, 95, 42]) t[c] = (t[c] as number) | SPACER;
  for (let c = 0; c < 128; c++) if (isControl(c)) t[c] = (t[32] as number) | CONTROL_CHAR;
  return t;
})();

// Leetspeak in a token, as states: 0 no letter yet, 1 a letter, 2 a letter then a substitute,
// 3 found (a letter after that). `(state << 2) | token class` indexes the next state.
const LEET_STATE = Uint8Array.from([
  0, 1, 0, 0,
  1, 1, 0, 2,
  2, 3, 0, 2,
  3, 3, 3, 3,
]);

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f]/g;

// Scratch buffers reused across calls (see units.ts).
const pass1 = new UnitBuffer();
const pass2 = new UnitBuffer();

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrDigit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

interface CodePoints {
  readonly mask: number;
  /** Every code point folded to itself: the text is `src` lower-cased, controls but newline as spaces. */
  readonly same: boolean;
  /** Every code point is one unit and folded to one unit, so the offset map is the identity. */
  readonly identity: boolean;
  /** Some code point folded to a look-alike of a Latin letter, which the token pass may fold. */
  readonly confusable: boolean;
}

/**
 * What pass 1 would do to the non-ASCII code points of `src`, without writing anything: text
 * whose every character folds to itself (curly quotes, dashes, CJK) skips the unit buffers.
 */
function scanCodePoints(src: string): CodePoints {
  let mask = 0;
  let same = true;
  let identity = true;
  let confusable = false;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) continue;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = src.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        identity = false;
        i++;
      }
    }
    const f = foldCodePoint(cp);
    mask |= f.mask;
    if (!f.same) same = false;
    if (f.out.length !== 1) identity = false;
    if (f.confusable) confusable = true;
  }
  return { mask, same, identity, confusable };
}

/** Pass 1: per code point folding (see `foldCodePoint`), ASCII lower-cased, controls to spaces. */
function foldCodePoints(src: string, buf: UnitBuffer): void {
  let units = buf.units;
  let map = buf.map;
  let len = 0;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    let c = src.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) c += 32;
      else if ((c < 32 && c !== 10) || c === 127) c = 32;
      // ASCII never expands and `reset` reserved one unit per source unit, but a non-ASCII
      // expansion earlier may have used the slack.
      if (len === units.length) {
        buf.length = len;
        buf.push(c, i);
        units = buf.units;
        map = buf.map;
        len++;
        continue;
      }
      units[len] = c;
      map[len++] = i;
      continue;
    }
    const start = i;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = src.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const out = foldCodePoint(cp).out;
    buf.length = len;
    for (let j = 0; j < out.length; j++) buf.push(out.charCodeAt(j), start);
    len = buf.length;
    units = buf.units;
    map = buf.map;
  }
  buf.length = len;
}

/**
 * One pass over pass-1 text: the decoders' shape, and whether the token pass can change anything.
 * It can only if a token has a leetspeak substitute between two letters, a token starts with three
 * single letters joined by one separator ("i g n", "i.g.n"), or (checked by the caller) the text
 * has a look-alike letter. Tests check this against always running the token pass.
 */
function inspect(t: string): { tokenWork: boolean; controls: boolean; longestRun: number; hexRun: number; spacedHexDigits: number } {
  const n = t.length;
  let run = 0;
  let longestRun = 0;
  let hex = 0;
  let hexRun = 0;
  let hexSp = 0;
  let spacedHexDigits = 0;
  let leet = 0;
  let spaced = false;
  let seen = 0;
  // Classes of the last three units; the text starts as if after a space.
  let window = (SPACE << 16) | (SPACE << 8) | SPACE;
  // Branch-free where it can be: classes change every few characters in prose.
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? (CLASS[c] as number) : 0;
    seen |= k;
    run = (run + 1) & (0 - (k & 1));
    longestRun -= (longestRun - run) & ((longestRun - run) >> 31);
    hex = (hex + 1) & (0 - ((k >> 1) & 1));
    hexRun -= (hexRun - hex) & ((hexRun - hex) >> 31);
    hexSp = (hexSp + ((k >> 1) & 1)) & (0 - (((k >> 1) | (k >> 2)) & 1));
    spacedHexDigits -= (spacedHexDigits - hexSp) & ((spacedHexDigits - hexSp) >> 31);
    leet = LEET_STATE[(leet << 2) | ((k >> 3) & 3)] as number;
    window = ((window << 8) | k) & 0xffffff;
    // A one-letter token followed by a separator ("a b", "i.g"): look for two more letters.
    if ((window & 0x181820) === ((SPACE << 16) | (LETTER << 8) | SPACER) && !spaced) spaced = spacedStart(t, i - 1);
  }
  return { tokenWork: leet === 3 || spaced, controls: (seen & CONTROL_CHAR) !== 0, longestRun, hexRun, spacedHexDigits };
}

/** Whether the letter at `i` starts three single letters joined by one separator (see fold-tokens.ts). */
function spacedStart(t: string, i: number): boolean {
  const s = spacer(t.charCodeAt(i + 1));
  if (!(s === 32 || s === 46 || s === 45 || s === 95 || s === 42)) return false;
  return isLetter(t.charCodeAt(i + 2)) && spacer(t.charCodeAt(i + 3)) === s && isLetter(t.charCodeAt(i + 4)) &&
    !isLetterOrDigit(t.charCodeAt(i + 5));
}

/** A unit as pass 1 leaves it, for separators: controls become spaces. */
const spacer = (c: number): number => (isControl(c) ? 32 : c);

const ASCII: CodePoints = { mask: 0, same: true, identity: true, confusable: false };
const EMPTY = new Int32Array(0);

/** The offset map of text that folded to itself: the identity, but a pair's second unit maps to its first. */
function pairMap(src: string): Int32Array {
  const n = src.length;
  const map = new Int32Array(n + 1);
  map.set(identityMap(n));
  for (let i = 0; i + 1 < n; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const lo = src.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        map[i + 1] = i;
        i++;
      }
    }
  }
  return map;
}

/**
 * Folds `src` into canonical form. Linear in the input; allocates only the result (plain ASCII
 * text that needs no token pass costs two native string calls and one scan).
 * `alwaysFoldTokens` takes the general path and always runs the token pass: the reference the
 * shortcuts are tested against.
 */
export function foldText(src: string, alwaysFoldTokens = false): FoldedText {
  const n = src.length;
  const cps: CodePoints = NON_ASCII.test(src) ? scanCodePoints(src) : ASCII;
  // Direct: the text is `src` lower-cased (controls replaced below), and the map the identity but
  // for the second halves of surrogate pairs.
  const direct = !alwaysFoldTokens && cps.same;
  let text: string;
  let directMap: Int32Array = EMPTY;
  if (direct) {
    text = src.toLowerCase();
    directMap = cps.identity ? identityMap(n) : pairMap(src);
  } else {
    pass1.reset(n + 16);
    foldCodePoints(src, pass1);
    text = pass1.toString();
  }
  const seen = inspect(text);
  if (seen.controls) text = text.replace(CONTROLS, ' ');
  const shape: TextShape = {
    longestRun: seen.longestRun, hexRun: seen.hexRun, spacedHexDigits: seen.spacedHexDigits,
    percent: src.includes('%'), entity: src.includes('&#'), escapedHex: src.includes('\\x'), tags: src.includes('\udb40'),
    // Pass-1 text keeps every run of ASCII letters of the source, lower-cased.
    rot13: text.includes('gur') || text.includes('naq') || text.includes('lbh') || text.includes('vtaber'),
  };
  if (!(alwaysFoldTokens || seen.tokenWork || cps.confusable)) {
    return { text, map: direct ? directMap : withEnd(pass1, n), mask: cps.mask, shape };
  }
  let from: Int32Array;
  if (direct) {
    pass1.reset(n + 16);
    const units = pass1.units;
    for (let i = 0; i < n; i++) units[i] = text.charCodeAt(i);
    pass1.length = n;
    from = directMap;
  } else from = pass1.map;
  const units = pass1.units;
  const len = pass1.length;
  // Look-alikes fold in a token of their own only when the text is mostly Latin.
  let latin = 0;
  let other = 0;
  for (let i = 0; i < len; i++) {
    const u = units[i] as number;
    if (u >= 97 && u <= 122) latin++;
    else if (u >= 0x80) other++;
  }
  pass2.reset(len + 16);
  const mask = cps.mask | foldTokens(units, from, len, pass2, latin > other);
  return { text: pass2.toString(), map: withEnd(pass2, n), mask, shape };
}


/** A fresh offset map: the buffer's source indices, then the source length. */
function withEnd(buf: UnitBuffer, srcLength: number): Int32Array {
  const map = new Int32Array(buf.length + 1);
  map.set(buf.map.subarray(0, buf.length));
  map[buf.length] = srcLength;
  return map;
}

/** The source span `[start, end)` of the canonical range `[from, to)`. */
export function sourceSpan(f: FoldedText, from: number, to: number): { start: number; end: number } {
  const len = f.text.length;
  const a = Math.max(0, Math.min(from, len));
  const b = Math.max(a, Math.min(to, len));
  const start = f.map[a] ?? 0;
  if (b === a) return { start, end: start };
  const next = f.map[b] ?? start;
  const last = f.map[b - 1] ?? start;
  return { start, end: Math.max(next, last + 1) };
}
