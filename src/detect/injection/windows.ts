// Splits long text into overlapping windows for the classifier, so an injection buried in the
// middle of a long document is scored on its own rather than diluted by the whole.

export interface WindowPlan {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Windows of `size` characters every `stride` characters over `[0, length)`; one window when
 * the text fits in 1.5 windows. Starts move forward to the next space (up to 32 characters) so
 * windows do not begin mid-word.
 */
export function planWindows(text: string, length: number, size: number, stride: number): WindowPlan {
  if (length <= size * 1.5) return { starts: [0], ends: [length] };
  const starts: number[] = [];
  const ends: number[] = [];
  for (let s = 0; s < length; s += stride) {
    let start = s;
    if (start > 0) {
      const limit = Math.min(length, start + 32);
      let k = start;
      while (k < limit && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 10) k++;
      if (k < limit) start = k + 1;
    }
    const end = Math.min(length, s + size);
    starts.push(start);
    ends.push(end);
    if (end === length) break;
  }
  return { starts, ends };
}

/**
 * Replaces every occurrence of each phrase in `text` with spaces (same length, so offsets hold).
 * One pass per phrase, building the result from slices: linear even with many occurrences.
 */
export function maskPhrases(text: string, phrases: readonly string[]): { text: string; count: number } {
  let out = text;
  let count = 0;
  for (const p of phrases) {
    if (p.length === 0) continue;
    let at = out.indexOf(p);
    if (at < 0) continue;
    const blank = ' '.repeat(p.length);
    const parts: string[] = [];
    let last = 0;
    while (at >= 0) {
      parts.push(out.slice(last, at), blank);
      count++;
      last = at + p.length;
      at = out.indexOf(p, last);
    }
    parts.push(out.slice(last));
    out = parts.join('');
  }
  return { text: out, count };
}
