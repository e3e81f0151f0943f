// Which kinds of character a text holds, as bits, found in one pass (or, in a long text, a few
// native searches). Recognisers declare the kinds their gate needs (`gateNeeds`): a table cell of
// words has no '@', ':' or digit, and skipping a gate on one bit test is far cheaper than a regex
// call that must scan the whole cell to fail.

export const DIGIT = 1 << 0;
export const UPPER = 1 << 1;
export const LOWER = 1 << 2;
export const AT = 1 << 3;
export const COLON = 1 << 4;
export const SLASH = 1 << 5;
export const PERIOD = 1 << 6;
export const HYPHEN = 1 << 7;
/** Any character outside ASCII (letters of other scripts among them). */
export const NON_ASCII = 1 << 8;
/** An ASCII letter or any non-ASCII character: what a Unicode letter needs. */
export const LETTER = UPPER | LOWER | NON_ASCII;

const ASCII_KIND = ((): Uint16Array => {
  const table = new Uint16Array(128);
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  for (let c = 65; c <= 90; c++) table[c] = UPPER;
  for (let c = 97; c <= 122; c++) table[c] = LOWER;
  table[64] = AT;
  table[58] = COLON;
  table[47] = SLASH;
  table[46] = PERIOD;
  table[45] = HYPHEN;
  return table;
})();

/**
 * From this length on, each kind is looked for by a native search instead: a line of prose shows
 * the kinds it has within its first characters, and one it lacks (an '@', a ':') is ruled out by
 * a search far faster than a JavaScript pass over every character (a tenth of the PII detector's
 * time on prose). Short texts, table cells among them, take the one pass.
 */
const SEARCH_FROM = 128;
const DIGIT_RE = /[0-9]/;
const UPPER_RE = /[A-Z]/;
const LOWER_RE = /[a-z]/;
const NON_ASCII_RE = /[^\0-\x7f]/;

function searchKinds(text: string): number {
  return (
    (DIGIT_RE.test(text) ? DIGIT : 0) |
    (UPPER_RE.test(text) ? UPPER : 0) |
    (LOWER_RE.test(text) ? LOWER : 0) |
    (text.includes('@') ? AT : 0) |
    (text.includes(':') ? COLON : 0) |
    (text.includes('/') ? SLASH : 0) |
    (text.includes('.') ? PERIOD : 0) |
    (text.includes('-') ? HYPHEN : 0) |
    (NON_ASCII_RE.test(text) ? NON_ASCII : 0)
  );
}

export function charKinds(text: string): number {
  if (text.length >= SEARCH_FROM) return searchKinds(text);
  let kinds = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    kinds |= c < 128 ? (ASCII_KIND[c] as number) : NON_ASCII;
  }
  return kinds;
}

/** Whether `kinds` holds at least one kind of every entry of `needs`. */
export function hasKinds(kinds: number, needs: readonly number[]): boolean {
  for (const need of needs) if ((kinds & need) === 0) return false;
  return true;
}
