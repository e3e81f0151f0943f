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
}

/** The gaps `digitChains` measures; a recogniser's `minDigits.maxGap` must be one of them. */
export const DIGIT_GAPS = [1, 6] as const;

const DIGIT_RUN_RE = /\d+/g;

export function digitChains(text: string): DigitChains {
  let tight = 0;
  let loose = 0;
  let tightNow = 0;
  let looseNow = 0;
  let lastEnd = -100;
  DIGIT_RUN_RE.lastIndex = 0;
  for (let m = DIGIT_RUN_RE.exec(text); m !== null; m = DIGIT_RUN_RE.exec(text)) {
    const n = m[0].length;
    const gap = m.index - lastEnd;
    tightNow = gap <= 1 ? tightNow + n : n;
    looseNow = gap <= 6 ? looseNow + n : n;
    if (tightNow > tight) tight = tightNow;
    if (looseNow > loose) loose = looseNow;
    lastEnd = m.index + n;
  }
  return { tight, loose };
}
