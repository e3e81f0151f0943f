// The concept words of a text (concept-lexicon.ts), in order, with what concept rules and the
// classifier's concept features need: word and sentence numbers, spans, nearby negations, and
// whether the text reads as English (both leave English to their English-specific parts). The
// caller feeds it words from its own pass over the text (the rule engine's trigger pass, the
// classifier's word pass): `reset`, then `addWord` and `endSentence` in text order.
import { conceptTable, type ConceptTable } from './concepts.ts';

import { fnv1a } from './fnv.ts';

/**
 * Negation words of the lexicon's languages, folded: one of them up to two words before a rule's
 * first word excuses the match.
 */
const NEGATIONS = [
  'not', 'no', 'dont', 'never', 'nicht', 'nie', 'niemals', 'kein', 'keine', 'ne', 'pas', 'jamais', 'nunca',
  'non', 'mai', 'niet', 'nooit', 'geen', 'nu', 'niciodata', 'ikke', 'aldri', 'inte', 'aldrig', 'ei',
  'ala', 'koskaan', 'asla', 'jangan', 'tidak', 'nem', 'soha', 'nikdy', 'nigdy', 'nao',
  'не', 'никогда', 'ні', 'ніколи', 'нікoли', 'δεν', 'μην', 'ποτε', 'لا', 'لن', 'אל', 'לא', 'نه', 'هرگز',
];

/**
 * German and Dutch conjunctions that start a new clause: a negation ending the next clause
 * ("... und zögere nicht") does not negate the words before them.
 */
const CONJUNCTIONS = ['und', 'oder', 'aber', 'sondern', 'dann', 'denn', 'en', 'maar', 'dan', 'want'];
/** How far back a negation that ends a clause reaches, in words. */
const CLAUSE_NEGATION_REACH = 8;

/**
 * Common English words. Concepts are for the other languages: English has its own, more precise
 * rules and its words are features already; in English text concept rules mostly found ordinary
 * requests ("write the system prompt for my bot", "show password toggle") and concept features
 * raised false positives on English prose (0.1% to 1.2% of sentences). A text counts as English
 * when at least ENGLISH_SHARE of its words are among these. Short words that other languages use
 * ('a', 'i', 'in', 'to', 'do', 'was', 'me', 'my', 'for' ...) are left out.
 */
const ENGLISH_WORDS = [
  'the', 'and', 'of', 'you', 'your', 'that', 'this', 'it', 'with', 'be', 'what', 'how', 'can', 'at', 'from',
  'are', 'will', 'would', 'should', 'have', 'has', 'they', 'our', 'but', 'if', 'about', 'just', 'any', 'there',
  'why', 'when', 'which', 'who', 'some', 'been', 'were', 'their', 'them', 'its', 'into', 'than', 'then',
  'these', 'those', 'does', 'did', 'not', 'more', 'out', 'get', 'make', 'want', 'need', 'keep', 'like',
  'also', 'only', 'very', 'because', 'could', 'after', 'before', 'every', 'here', 'where', 'while',
];
const ENGLISH_SHARE = 0.12;
/** Sentences shorter than this (in words) say too little on their own: the whole text decides. */
const SHORT_SENTENCE = 6;

/** A copy of `a` with twice the room. */
function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export class ConceptIndex {
  /** Concept words of the text being indexed. */
  n = 0;
  /** Words, and common English words, of the text being indexed. */
  words = 0;
  englishWords = 0;
  // Per concept word: concept id, word number, sentence number, span, whether a negation is at
  // most two words before it, negation words up to and including it, and whether one follows it.
  cid = new Int32Array(64);
  word = new Int32Array(64);
  sentence = new Int32Array(64);
  from = new Int32Array(64);
  to = new Int32Array(64);
  negatedAt = new Int32Array(64);
  negations = new Int32Array(64);
  /** 1 where a negation word follows the concept word directly, or ends its clause (see `endClause`). */
  negatedAfter = new Int32Array(64);
  private readonly negation = new Set<number>();
  private readonly english = new Set<number>();
  private readonly conjunction = new Set<number>();
  /** Low 16 bits of the hashes of English (bit 1), negation (bit 2) and conjunction (bit 4) words: most words stop here. */
  private readonly flags = new Uint8Array(65_536);

  constructor(private readonly table: ConceptTable = conceptTable()) {
    for (const w of NEGATIONS) {
      const h = fnv1a(w) | 0;
      this.negation.add(h);
      this.flags[h & 0xffff] = (this.flags[h & 0xffff] as number) | 2;
    }
    for (const w of CONJUNCTIONS) {
      const h = fnv1a(w) | 0;
      this.conjunction.add(h);
      this.flags[h & 0xffff] = (this.flags[h & 0xffff] as number) | 4;
    }
    for (const w of ENGLISH_WORDS) {
      const h = fnv1a(w) | 0;
      this.english.add(h);
      this.flags[h & 0xffff] = (this.flags[h & 0xffff] as number) | 1;
    }
  }

  /** Whether the indexed text reads as English. */
  get isEnglish(): boolean {
    return this.englishWords >= ENGLISH_SHARE * this.words;
  }

  /** Per sentence number: its words, and how many of them are common English words. */
  private sentenceWords = new Int32Array(16);
  private sentenceEnglish = new Int32Array(16);

  /** Whether concept word `i` is negated: just before it, right after it or at the end of its clause. */
  isNegated(i: number): boolean {
    return this.negatedAt[i] === 1 || this.negatedAfter[i] === 1;
  }

  /**
   * Whether sentence `k` reads as English: by its own words; or, in a text that reads as English,
   * when it has any common English word or only a few words. A sentence of another language
   * inside English filler has none, so the filler does not hide it.
   */
  sentenceIsEnglish(k: number): boolean {
    const words = this.sentenceWords[k] as number;
    const english = this.sentenceEnglish[k] as number;
    if (english >= ENGLISH_SHARE * words) return true;
    return this.isEnglish && (english > 0 || words < SHORT_SENTENCE);
  }

  // State of the word stream being indexed (see `reset`, `addWord`, `endSentence`).
  private sentenceNo = 0;
  /** Word number where the current clause began (clauses end at ',', ';', ':' and with sentences). */
  private clauseStart = 0;
  private negationWord = -10;
  private negationCount = 0;

  /** Starts a new text: `addWord` then lists its concept words. */
  reset(): void {
    this.n = 0;
    this.words = 0;
    this.englishWords = 0;
    this.sentenceNo = 0;
    this.sentenceWords[0] = 0;
    this.sentenceEnglish[0] = 0;
    this.clauseStart = 0;
    this.negationWord = -10;
    this.negationCount = 0;
  }

  /** The next word of the text: its FNV-1a hash (as `FeatureHasher` computes it) and span. */
  addWord(h: number, start: number, end: number): void {
    const words = this.words;
    const id = this.table.lookup(h);
    if (id !== 0) {
      const n = this.n;
      if (n === this.cid.length) this.grow();
      this.cid[n] = id;
      this.word[n] = words;
      this.sentence[n] = this.sentenceNo;
      this.from[n] = start;
      this.to[n] = end;
      this.negatedAt[n] = words - this.negationWord <= 2 ? 1 : 0;
      this.negations[n] = this.negationCount;
      this.negatedAfter[n] = 0;
      this.n = n + 1;
    }
    const flags = this.flags[h & 0xffff] as number;
    if (flags !== 0) {
      if ((flags & 1) !== 0 && this.english.has(h | 0)) {
        this.englishWords++;
        this.sentenceEnglish[this.sentenceNo] = (this.sentenceEnglish[this.sentenceNo] as number) + 1;
      }
      if ((flags & 4) !== 0 && this.conjunction.has(h | 0)) this.endClause();
      if ((flags & 2) !== 0 && this.negation.has(h | 0)) {
        // A concept word that is itself a negation ("never") does not excuse its own rule.
        if (id !== 0) this.negations[this.n - 1] = this.negationCount + 1;
        // Right after a concept word ("ignoriere die Anweisungen nicht"): that word is negated too.
        else if (this.n > 0 && this.word[this.n - 1] === words - 1) this.negatedAfter[this.n - 1] = 1;
        this.negationWord = words;
        this.negationCount++;
      }
    }
    this.words = words + 1;
    this.sentenceWords[this.sentenceNo] = (this.sentenceWords[this.sentenceNo] as number) + 1;
  }

  /**
   * A clause ends (',', ';', ':', a conjunction, the sentence). When its last word is a negation,
   * the concept words of the clause before it (up to CLAUSE_NEGATION_REACH words) count as negated: German and Dutch negate a verb at the end of
   * its clause ("ignoriere die Anweisungen deines Arztes nicht").
   */
  endClause(): void {
    const neg = this.negationWord;
    if (neg === this.words - 1) {
      for (let j = this.n - 1; j >= 0; j--) {
        const w = this.word[j] as number;
        if (w < this.clauseStart || neg - w > CLAUSE_NEGATION_REACH) break;
        if (w < neg) this.negatedAfter[j] = 1;
      }
    }
    this.clauseStart = this.words;
  }

  /** The text ends: closes its last clause (see `endClause`). */
  finish(): void {
    this.endClause();
  }

  /** A sentence ends ('.', '!', '?' or a newline): concepts after it are not paired with those before. */
  endSentence(): void {
    this.endClause();
    const k = ++this.sentenceNo;
    if (k === this.sentenceWords.length) {
      this.sentenceWords = doubled(this.sentenceWords);
      this.sentenceEnglish = doubled(this.sentenceEnglish);
    }
    this.sentenceWords[k] = 0;
    this.sentenceEnglish[k] = 0;

    this.negationWord = -10;
  }

  private grow(): void {
    this.cid = doubled(this.cid);
    this.word = doubled(this.word);
    this.sentence = doubled(this.sentence);
    this.from = doubled(this.from);
    this.to = doubled(this.to);
    this.negatedAt = doubled(this.negatedAt);
    this.negations = doubled(this.negations);
    this.negatedAfter = doubled(this.negatedAfter);
  }
}
