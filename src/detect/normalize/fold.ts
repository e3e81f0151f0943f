// Folds text into the canonical form detectors match on (lower case, NFKC, no invisible or bidi
// characters, look-alikes and leetspeak folded, spaced-out letters joined), keeping an offset map
// so every match can be reported as a span of the caller's original text.
import * as chars from './chars.ts';

// Local copies: under a CommonJS-style loader an imported binding is a getter call per access,
// which costs more than the folding itself in these hot loops.
const CONFUSABLES = chars.CONFUSABLES;
const LEET = chars.LEET;
const T_CONFUSABLES = chars.T_CONFUSABLES;
const T_LEET = chars.T_LEET;
const T_SPACED = chars.T_SPACED;
const foldCodePoint = chars.foldCodePoint;

export interface FoldedText {
  /** The canonical text. */
  readonly text: string;
  /** `map[i]` is the source index of `text[i]`; `map[text.length]` is the source length. */
  readonly map: Int32Array;
  /** Bit set of the transforms that changed something (see `transformNames`). */
  readonly mask: number;
  /** What the source looks like to the decoders, measured in the same pass (see decode.ts). */
  readonly shape: TextShape;
}

/** Cheap facts about the source that tell decoders whether they can possibly match. */
export interface TextShape {
  /** Longest run of base64/hex alphabet characters. */
  readonly longestRun: number;
  /** Longest run of hex digits and separators (space, ':', ','), for "69 67 6e ..." payloads. */
  readonly hexSpaceRun: number;
  /** Whether the source has '%', '&#', '\\x' or Unicode tag characters. */
  readonly percent: boolean;
  readonly entity: boolean;
  readonly escapedHex: boolean;
  readonly tags: boolean;
}

const SHAPE = chars.SHAPE_CLASS;

// Lone surrogates survive: 'utf-16le' decoding with fatal=false keeps them as U+FFFD only when
// invalid, and the folded text is for matching, never shown.
const utf16 = new TextDecoder('utf-16le');

/** A growable pair of buffers: UTF-16 units and the source index each came from. */
class UnitBuffer {
  units = new Uint16Array(1024);
  map = new Int32Array(1024);
  length = 0;

  reset(capacity: number): void {
    if (this.units.length < capacity) {
      this.units = new Uint16Array(capacity);
      this.map = new Int32Array(capacity);
    }
    this.length = 0;
  }

  push(unit: number, src: number): void {
    if (this.length === this.units.length) {
      const u = new Uint16Array(this.units.length * 2);
      u.set(this.units);
      this.units = u;
      const m = new Int32Array(this.map.length * 2);
      m.set(this.map);
      this.map = m;
    }
    this.units[this.length] = unit;
    this.map[this.length++] = src;
  }

  toString(): string {
    return utf16.decode(this.units.subarray(0, this.length));
  }
}

// Scratch buffers reused across calls: folding is synchronous, so one set per process suffices
// and a scan allocates only its result.
const pass1 = new UnitBuffer();
const pass2 = new UnitBuffer();

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 10;

/** Pass 1: per code point folding (see `foldCodePoint`), ASCII lower-cased, controls to spaces. */
/** Whether `c` may separate spaced-out letters ("i g n", "i.g.n", "i-g-n", "i_g_n", "i*g*n"). */
const isSpacer = (c: number): boolean =>
  c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || (c < 32 && c !== 10) || c === 127;

function foldCodePoints(src: string, buf: UnitBuffer): { mask: number; latin: number; other: number; shape: TextShape; tokenWork: boolean } {
  let mask = 0;
  let latin = 0;
  let other = 0;
  let run = 0;
  let longestRun = 0;
  let hexRun = 0;
  let hexSpaceRun = 0;
  let percent = false;
  let entity = false;
  let escapedHex = false;
  let tags = false;
  // Whether pass 2 can change anything: leetspeak candidates, non-ASCII (look-alikes), or two
  // isolated letters joined by a spacer (every spaced-out run contains that).
  let tokenWork = false;
  let tokLetter = false;
  let tokLeet = false;
  const n = src.length;
  for (let i = 0; i < n; i++) {
    let c = src.charCodeAt(i);
    if (c < 0x80) {
      const sh = SHAPE[c] as number;
      if (sh & 1) {
        if (++run > longestRun) longestRun = run;
      } else run = 0;
      if (sh & 6) {
        if (++hexRun > hexSpaceRun) hexSpaceRun = hexRun;
      } else hexRun = 0;
      if (!tokenWork) {
        // Leetspeak needs a substitute and a letter in one token ("h3llo"), not "48 apples".
        if (c === 32 || c === 10 || c < 32 || c === 127) {
          tokLetter = false;
          tokLeet = false;
        } else if (LEET[c] !== 0) tokLeet = true;
        else if (isAsciiLetter(c)) tokLetter = true;
        if (tokLetter && tokLeet) tokenWork = true;
        else if (isAsciiLetter(c) && i >= 2 && isSpacer(src.charCodeAt(i - 1)) && isAsciiLetter(src.charCodeAt(i - 2)) &&
          (i < 3 || !isAsciiLetter(src.charCodeAt(i - 3))) && (i + 1 >= n || !isAsciiLetter(src.charCodeAt(i + 1)))) {
          tokenWork = true;
        }
      }
      if (c === 37) percent = true;
      else if (c === 35 && i > 0 && src.charCodeAt(i - 1) === 38) entity = true;
      else if (c === 120 && i > 0 && src.charCodeAt(i - 1) === 92) escapedHex = true;
      if (c >= 65 && c <= 90) c += 32;
      else if (c < 32 && c !== 10) c = 32;
      else if (c === 127) c = 32;
      if (c >= 97 && c <= 122) latin++;
      // ASCII never expands, and `reset` reserved one unit per source unit, but a non-ASCII
      // expansion earlier may have used the slack: fall back to the checked push then.
      const len = buf.length;
      if (len < buf.units.length) {
        buf.units[len] = c;
        buf.map[len] = i;
        buf.length = len + 1;
      } else buf.push(c, i);
      continue;
    }
    run = 0;
    hexRun = 0;
    tokenWork = true;
    if (c === 0xdb40) tags = true;
    const start = i;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
      const lo = src.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const f = foldCodePoint(cp);
    mask |= f.mask;
    for (let j = 0; j < f.out.length; j++) {
      const u = f.out.charCodeAt(j);
      if (u >= 97 && u <= 122) latin++;
      else if (u >= 0x80 && u !== 0x20) other++;
      buf.push(u, start);
    }
  }
  return { mask, latin, other, shape: { longestRun, hexSpaceRun, percent, entity, escapedHex, tags }, tokenWork };
}

/** Length of a run of single letters joined by one repeated separator ("i g n o r e", "i.g.n"). */
function spacedRun(u: Uint16Array, from: number, end: number): { letters: number; stop: number } {
  const sep = u[from + 1];
  if (sep === undefined || !(sep === 32 || sep === 46 || sep === 45 || sep === 95 || sep === 42)) {
    return { letters: 0, stop: from };
  }
  let letters = 1;
  let i = from + 1;
  while (i + 1 < end && u[i] === sep && isAsciiLetter(u[i + 1] as number)) {
    const after = i + 2 < end ? (u[i + 2] as number) : 32;
    // The next letter must itself stand alone, or the run has reached a real word.
    if (isAsciiLetter(after) || isDigit(after)) break;
    letters++;
    i += 2;
  }
  return { letters, stop: i };
}

/** Pass 2: token-level folding of look-alikes, leetspeak and spaced-out letters. */
function foldTokens(a: UnitBuffer, b: UnitBuffer, latinMajority: boolean): number {
  let mask = 0;
  const u = a.units;
  const m = a.map;
  const n = a.length;
  let i = 0;
  while (i < n) {
    const c = u[i] as number;
    if (isSpace(c)) {
      b.push(c, m[i] as number);
      i++;
      continue;
    }
    // Spaced-out letters: a single letter followed by a separator and more single letters.
    if (isAsciiLetter(c) && (i === 0 || !isAsciiLetter(u[i - 1] as number))) {
      const run = spacedRun(u, i, n);
      if (run.letters >= 3) {
        for (let j = i; j < run.stop; j += 2) b.push(u[j] as number, m[j] as number);
        mask |= T_SPACED;
        i = run.stop;
        continue;
      }
    }
    let e = i;
    while (e < n && !isSpace(u[e] as number)) e++;
    mask |= foldToken(u, m, i, e, b, latinMajority);
    i = e;
  }
  return mask;
}

function foldToken(
  u: Uint16Array, m: Int32Array, s: number, e: number, b: UnitBuffer, latinMajority: boolean,
): number {
  let letters = 0;
  let confusable = 0;
  let other = 0;
  let firstLetter = -1;
  let lastLetter = -1;
  let hasSlash = false;
  let hasAt = false;
  let hasDot = false;
  for (let j = s; j < e; j++) {
    const c = u[j] as number;
    if (isAsciiLetter(c)) {
      letters++;
      if (firstLetter < 0) firstLetter = j;
      lastLetter = j;
    } else if (c >= 0x80) {
      if (CONFUSABLES.has(c)) {
        confusable++;
        if (firstLetter < 0) firstLetter = j;
        lastLetter = j;
      } else other++;
    } else if (c === 47 || c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125 || c === 61 || c === 92 || c === 95) {
      // Markup, code and paths ("/", "<>", "[]", "{}", "=", "\\", "_"): not leetspeak.
      hasSlash = true;
    }
    else if (c === 64) hasAt = true;
    else if (c === 46) hasDot = true;
  }
  const foldConf = confusable > 0 && other === 0 &&
    (letters > 0 || (latinMajority && confusable >= 2));
  // Leetspeak only when a substitute sits between letters ("h3ll0", "1gn0r3"), not in "mp3",
  // "2nd" or "covid19"; URLs and e-mail addresses are left alone.
  let foldLeet = false;
  if (letters + confusable >= 2 && !hasSlash && !(hasAt && hasDot)) {
    for (let j = firstLetter + 1; j < lastLetter; j++) {
      const c = u[j] as number;
      if (c < 128 && LEET[c] !== 0) {
        foldLeet = true;
        break;
      }
    }
  }
  let mask = 0;
  for (let j = s; j < e; j++) {
    let c = u[j] as number;
    if (foldConf && c >= 0x80) {
      const t = CONFUSABLES.get(c);
      if (t !== undefined) {
        c = t.charCodeAt(0);
        mask |= T_CONFUSABLES;
      }
    } else if (foldLeet && c < 0x80) {
      const l = LEET[c] as number;
      // Digits fold anywhere in the token, symbols only between letters ("hello!" keeps its "!").
      if (l !== 0 && (isDigit(c) || (j > firstLetter && j < lastLetter))) {
        c = l;
        mask |= T_LEET;
      }
    }
    b.push(c, m[j] as number);
  }
  return mask;
}

/**
 * Folds `src` into canonical form. Linear in the input; allocates only the result.
 * `alwaysFoldTokens` disables the plain-prose shortcut (tests check both paths agree).
 */
export function foldText(src: string, alwaysFoldTokens = false): FoldedText {
  pass1.reset(src.length + 16);
  const p1 = foldCodePoints(src, pass1);
  // Plain ASCII prose without digits, symbols or spaced letters: pass 2 would copy it unchanged.
  let out = pass1;
  let mask2 = 0;
  if (p1.tokenWork || alwaysFoldTokens) {
    pass2.reset(pass1.length + 16);
    mask2 = foldTokens(pass1, pass2, p1.latin > p1.other);
    out = pass2;
  }
  const map = new Int32Array(out.length + 1);
  map.set(out.map.subarray(0, out.length));
  map[out.length] = src.length;
  return { text: out.toString(), map, mask: p1.mask | mask2, shape: p1.shape };
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
