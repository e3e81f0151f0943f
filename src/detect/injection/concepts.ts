// Word -> concept lookup for the classifier's cross-lingual features. Words of CONCEPT_LEXICON are
// folded like scanned text and hashed like `FeatureHasher` hashes words, so a scanned word is
// looked up by the hash it already has. A model records the lexicon's digest, which also names
// how concept features are built (CONCEPT_SCHEME): features built from another lexicon, or
// another way, would not be the ones it was trained on.
import { createHash } from 'node:crypto';
import { foldText } from '../normalize/index.ts';
import { CONCEPT_LEXICON } from './concept-lexicon.ts';
import { fnv1a } from './fnv.ts';

/**
 * How the features use the lexicon; change it whenever concept feature ids change meaning, so a
 * model trained before is refused instead of misread. v2: a concept word of a clause that ends in
 * a negation (German, Dutch) counts as its negated id.
 */
const CONCEPT_SCHEME = 'concept-features/2 negated-at-clause-end';

/** Units `FeatureHasher` reads as one word: ASCII lower case and digits, Latin-1 to Arabic letters. */
const ONE_WORD = /^[a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u06ff]+$/;

export class ConceptTable {
  /** Concept names; a word's concept id is its index + 1. */
  readonly names: readonly string[];
  /** Hex SHA-256 of the feature scheme and the folded lexicon (names and words in order). */
  readonly digest: string;
  /** Words whose folded forms fell into two concepts: left out of both. */
  readonly conflicts: readonly string[];
  private readonly byHash = new Map<number, number>();
  /** Bit set over the low 20 bits of every word's hash: most words miss here and skip the map. */
  private readonly filter = new Int32Array(1 << 15);

  constructor(lexicon: Readonly<Record<string, readonly string[]>>) {
    this.names = Object.keys(lexicon).sort();
    const folded = new Map<string, number>();
    const clash = new Set<string>();
    this.names.forEach((name, i) => {
      for (const form of lexicon[name] ?? []) {
        const word = foldText(form).text;
        if (!ONE_WORD.test(word)) throw new Error(`concept ${name}: "${form}" does not fold to one word`);
        const seen = folded.get(word);
        if (seen !== undefined && seen !== i + 1) clash.add(word);
        folded.set(word, i + 1);
      }
    });
    const digest = createHash('sha256').update(`${CONCEPT_SCHEME}\n`);
    for (const [word, id] of folded) {
      if (clash.has(word)) continue;
      digest.update(`${this.names[id - 1]}\t${word}\n`);
      const h = fnv1a(word) | 0;
      this.byHash.set(h, id);
      this.filter[(h >>> 5) & 0x7fff] = (this.filter[(h >>> 5) & 0x7fff] as number) | (1 << (h & 31));
    }
    this.digest = digest.digest('hex');
    this.conflicts = [...clash].sort();
  }

  /** The concept id of the word with FNV-1a hash `h` (as `FeatureHasher` computes it), or 0. */
  lookup(h: number): number {
    return ((this.filter[(h >>> 5) & 0x7fff] as number) & (1 << (h & 31))) !== 0 ? (this.byHash.get(h | 0) ?? 0) : 0;
  }

  get size(): number {
    return this.byHash.size;
  }
}

let shared: ConceptTable | undefined;

/** The table of the lexicon shipped with Bulwark, built on first use (about 10 ms). */
export function conceptTable(): ConceptTable {
  return (shared ??= new ConceptTable(CONCEPT_LEXICON));
}
