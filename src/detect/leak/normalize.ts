// Folding text to lower-case ASCII letters and digits with a map back to the original offsets,
// so that spaced-out, re-cased, punctuated or full-width copies of a string still line up.

export interface Folded {
  /** Lower-case [a-z0-9] characters of the text, in order. */
  readonly text: string;
  /** For each folded character, the offset of the original character it came from. */
  readonly origin: Int32Array;
}

const cache = new Map<number, string>();

/** Non-ASCII code points through NFKC (full-width, ligatures) and diacritic stripping. */
function foldCodePoint(cp: number): string {
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp)
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
    if (cache.size < 65_536) cache.set(cp, folded);
  }
  return folded;
}

export function fold(text: string): Folded {
  // Grows past text.length when a compatibility character folds to several (ﬃ → ffi).
  let origin = new Int32Array(text.length + 8);
  let out = '';
  let n = 0;
  const put = (ch: string, at: number): void => {
    if (n === origin.length) {
      const bigger = new Int32Array(origin.length * 2);
      bigger.set(origin);
      origin = bigger;
    }
    out += ch;
    origin[n++] = at;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) put(text[i] as string, i);
      else if (c >= 65 && c <= 90) put(String.fromCharCode(c + 32), i);
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    for (const ch of foldCodePoint(cp)) put(ch, i);
    if (cp > 0xffff) i++;
  }
  return { text: out, origin: origin.subarray(0, n) };
}

/** The original span [start, end) covered by folded characters [from, to). */
export function originalSpan(f: Folded, from: number, to: number, source: string): { start: number; end: number } {
  const start = f.origin[from] ?? 0;
  const lastAt = f.origin[to - 1] ?? start;
  const last = source.codePointAt(lastAt) ?? 0;
  return { start, end: lastAt + (last > 0xffff ? 2 : 1) };
}
