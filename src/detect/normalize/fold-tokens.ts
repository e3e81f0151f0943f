// Pass 2 of folding: token-level folding of look-alikes, leetspeak and spaced-out letters over
// the per-code-point output of pass 1 (see fold.ts, which decides when this pass can change anything).
import * as chars from './chars.ts';
import type { UnitBuffer } from './units.ts';

// Local copies: under a CommonJS-style loader an imported binding is a getter call per access,
// which costs more than the folding itself in these hot loops.
const CONFUSABLES = chars.CONFUSABLES;
const LEET = chars.LEET;
const T_CONFUSABLES = chars.T_CONFUSABLES;
const T_LEET = chars.T_LEET;
const T_SPACED = chars.T_SPACED;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 10;

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
export function foldTokens(u: Uint16Array, m: Int32Array, n: number, b: UnitBuffer, latinMajority: boolean): number {
  let mask = 0;
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
