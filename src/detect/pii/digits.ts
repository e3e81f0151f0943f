// One cheap pass over a text's digits, shared by the recognisers of numeric identifiers: the most
// digits found in one chain whose digits are at most 1 (or 6) characters apart. A card needs 12
// digits with single separators, a phone number 7 with gaps up to " ext. ", so most prose (years,
// counts) rules both out before their patterns run.

/** The longest chain of digits, for the two gap sizes recognisers ask about. */
export interface DigitChains {
  /** Digits at most one character apart ("4111 1111", "536-90-5432", "12345"). */
  readonly tight: number;
  /** Digits at most six characters apart ("+41 (0)62", "555-1234 ext. 12"). */
  readonly loose: number;
  /** The longest run of adjacent digits: what a gate /\d{k}/ asks about. */
  readonly run: number;
}

/** The gaps `digitChains` measures; a recogniser's `minDigits.maxGap` must be one of them. */
export const DIGIT_GAPS = [1, 6] as const;

const DIGIT_RE = /\d/g;

export function digitChains(text: string): DigitChains {
  let tight = 0;
  let loose = 0;
  let run = 0;
  let tightNow = 0;
  let looseNow = 0;
  let lastEnd = -100;
  const n = text.length;
  // The regex skips to each run's first digit (fast on prose, where digits are rare; test()
  // allocates no match), and the run's length is read by character code.
  DIGIT_RE.lastIndex = 0;
  while (DIGIT_RE.test(text)) {
    const start = DIGIT_RE.lastIndex - 1;
    let i = start + 1;
    for (let c = i < n ? text.charCodeAt(i) : -1; c >= 48 && c <= 57; c = ++i < n ? text.charCodeAt(i) : -1);
    DIGIT_RE.lastIndex = i;
    const len = i - start;
    const gap = start - lastEnd;
    tightNow = gap <= 1 ? tightNow + len : len;
    looseNow = gap <= 6 ? looseNow + len : len;
    if (tightNow > tight) tight = tightNow;
    if (looseNow > loose) loose = looseNow;
    if (len > run) run = len;
    lastEnd = i;
  }
  return { tight, loose, run };
}
