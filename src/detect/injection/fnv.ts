// FNV-1a (32-bit) over UTF-16 units: the word hash shared by the rule engine's trigger index, the
// classifier's word features and the concept lexicon, so one word has one hash everywhere.
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, as an unsigned 32-bit number. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
