// How far a streamed answer may be released before the PII detector has seen what follows: up to
// the end of the last two consecutive words that cannot belong to an entity (ordinary lower-case
// English words). Names, addresses and identifiers are made of capitalised words, digits,
// symbols, street words, name particles or unknown words, so an entity still growing at the end
// of the text never spans such a pair. Everything else stays held (the hold-back still caps it).
import type { Gazetteer } from './names/gazetteer.ts';

/** How far back a release point is looked for; beyond it the scanner's hold-back decides. */
const LOOK_BACK = 512;
/** Characters that only occur inside structured values (emails, URLs, numbers, ids). */
const STRUCTURE = /[0-9@/:#+=_&%$\\]/;
const EDGE_PUNCTUATION = /^[("'“‘[{«]+|[)"'”’\]},.;:!?»]+$/g;
/** Words that sit inside names and addresses in lower case. */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'apt', 'suite', 'unit', 'no', 'box']);

/** True when a word could be part of a person name, an address or an identifier. */
export function entityProne(token: string, g: Gazetteer): boolean {
  if (STRUCTURE.test(token)) return true;
  const core = token.replace(EDGE_PUNCTUATION, '');
  if (core === '') return false;
  // Capitalised words, other scripts and accented words: names the word lists may not know.
  if (!/^[a-z][a-z'’-]*$/.test(core)) return true;
  return PARTICLES.has(core) || g.firstNamesLower.has(core) || g.streetSuffixes.has(core) || !(g.commonWords.has(core) || g.englishWords.has(core));
}

export function piiReleasePoint(text: string, g: Gazetteer): number {
  const from = Math.max(0, text.length - LOOK_BACK);
  // Complete words only: the last one is unfinished unless whitespace follows it.
  let end = text.length;
  if (end > 0 && !/\s/.test(text[end - 1]!)) {
    while (end > from && !/\s/.test(text[end - 1]!)) end--;
  }
  let laterPlain = -1; // end offset (after its whitespace) of a plain word seen just after this one
  let i = end;
  while (i > from) {
    while (i > from && /\s/.test(text[i - 1]!)) i--;
    const wordEnd = i;
    while (i > from && !/\s/.test(text[i - 1]!)) i--;
    if (i === from && from > 0) break; // may be cut in the middle of a word
    const plain = !entityProne(text.slice(i, wordEnd), g);
    if (plain && laterPlain >= 0) return laterPlain;
    if (plain) {
      let after = wordEnd;
      while (after < text.length && /\s/.test(text[after]!)) after++;
      laterPlain = after;
    } else laterPlain = -1;
  }
  return 0;
}
