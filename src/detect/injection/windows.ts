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

/** Sentences shorter than this join the next one: a few words carry too little to score alone. */
const MIN_SENTENCE = 40;

/**
 * Sentence and line spans of `text[0, length)`, for scoring each one on its own as well as the
 * windows (one line planted in a document is diluted by the page around it). A sentence ends at
 * ". ", "! ", "? " (and their CJK forms) or a line break; short ones are merged forward; a span
 * longer than `maxChars` is left to the windows; at most `max` spans. Returns nothing when the
 * text is one sentence (its window already scores it alone).
 */
export function planSentences(text: string, length: number, max: number, maxChars: number): WindowPlan {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  let spans = 0;
  const add = (from: number, to: number): void => {
    spans++;
    if (to - from > maxChars) return;
    starts.push(from);
    ends.push(to);
  };
  for (let i = 0; i < length && starts.length < max; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 32;
    const boundary = c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f ||
      ((c === 46 || c === 33 || c === 63) && (next === 32 || next === 10));
    if (!boundary || i + 1 - start < MIN_SENTENCE) continue;
    add(start, i + 1);
    start = i + 1;
  }
  if (starts.length < max && length - start > 0) {
    // The tail: its own span, or part of the last one when it is short.
    if (length - start >= MIN_SENTENCE || starts.length === 0 || ends[ends.length - 1] !== start) add(start, length);
    else if (length - (starts[starts.length - 1] as number) <= maxChars) ends[ends.length - 1] = length;
  }
  return spans > 1 ? { starts, ends } : { starts: [], ends: [] };
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
