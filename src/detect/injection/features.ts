// Hashed n-gram features of folded text: word unigrams and bigrams and character n-grams, hashed
// (FNV-1a) into a fixed space, scaled by 1/sqrt(n-grams emitted). Shared by inference and the training script.
import { ConceptIndex } from './concept-index.ts';
import { conceptTable } from './concepts.ts';
import { ExplainEntries, KINDS } from './contributions.ts';

export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  readonly bits: number;
  /** Character n-gram lengths, e.g. [3, 4, 5]. */
  readonly charNgrams: readonly number[];
  /** Whether word bigrams are used as well as unigrams. */
  readonly wordBigrams: boolean;
  /**
   * Whether words and bigrams also get a copy specific to the text's domain (user turn or
   * document), so the model can learn that an imperative inside a retrieved document means
   * something else than in a user's own request (feature augmentation, Daume III, ACL 2007).
   */
  readonly domainWords?: boolean;
  /**
   * Digest of the concept lexicon (`ConceptTable.digest`) when words of a known concept also
   * count as that concept, alone and paired with the concepts just before them: a language-
   * independent copy of "ignore ... previous ... instructions", so what is learnt from one
   * language carries to the others the lexicon covers. Not in text that reads as English
   * (concept-index.ts), whose words are features already.
   */
  readonly concepts?: string;
  /**
   * Value of a concept feature (a word or pair counts 1). Above 1 the model leans on concepts
   * more than on spellings, which is what carries an attack learnt in one language to another.
   */
  readonly conceptValue?: number;
}

/** The domain a text is scanned in: 0 none, 1 a user or system turn, 2 a document or tool result. */
export type FeatureDomain = 0 | 1 | 2;
const DOMAIN_SALT = [0, 0x27d4eb2f, 0x165667b1];

/** A sparse feature vector (counts / sqrt(n-grams emitted)). Views into scratch memory: copy before the next call. */
export interface SparseFeatures {
  readonly size: number;
  readonly index: Int32Array;
  readonly value: Float32Array;
}

export type FeatureKind = 'word' | 'bigram' | 'char';

/** A word or word pair and its contribution to the classifier's log-odds. */
export interface WordContribution {
  readonly kind: FeatureKind;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

const PRIME = 0x01000193;
const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x9e3779b1;
const SEED_CHAR = 0x85ebca6b;
const SEED_CONCEPT = 0x2545f491;
const SEED_CONCEPT_PAIR = 0x68e31da4;

/** Concepts a concept is paired with: the last CONCEPT_BACK of its sentence, CONCEPT_SPAN words back at most. */
const CONCEPT_BACK = 3;
/**
 * Added to the id of a negated concept word ("ignoriere *nicht* die Anweisungen"), so that it and
 * its pairs are features of their own rather than the attack's. Ids stay under 4096 (`conceptPair`).
 */
const NEGATED_CONCEPT = 2048;
const CONCEPT_SPAN = 5;

/** Feature of an unordered pair of concepts (word order differs between languages). */
function conceptPair(a: number, b: number): number {
  return Math.imul(SEED_CONCEPT_PAIR ^ (a < b ? a * 4096 + b : b * 4096 + a), PRIME);
}

/** Letters that form words: ASCII alphanumerics, Latin/Greek/Cyrillic/Armenian/Hebrew/Arabic. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x6ff && c !== 0xd7 && c !== 0xf7);
}

/** Scripts without word spaces (CJK, kana, hangul, Thai): every character is its own word. */
function isSoloChar(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0e00 && c <= 0x0e7f) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff);
}

// Classes of ASCII units for `wordScan`: part of a word, a sentence end (breaks bigrams), or (for
// non-ASCII only) a character that is a word of its own.
const W_WORD = 1;
const W_END = 2;
const W_SOLO = 3;
const WORD_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (isWordChar(c)) t[c] = W_WORD;
  for (const c of [46, 33, 63, 10]) t[c] = W_END;
  return t;
})();

function finish(h: number): number {
  // murmur3 finaliser: spreads FNV's low bits before masking.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Classifier weights for explanations: as floats, or as the int8 codes and scale they came from. */
export type ExplainWeights = Float32Array | { readonly codes: Int8Array; readonly scale: number };

/**
 * Weight `g` as explained: the float, or the code times the scale rounded to a float32 (what the
 * model's float weights hold), from a quarter of the memory.
 */
function explainedWeight(w: ExplainWeights, g: number): number {
  return w instanceof Float32Array ? (w[g] as number) : Math.fround((w.codes[g] as number) * w.scale);
}

export class FeatureHasher {
  readonly config: FeatureConfig;
  private readonly mask: number;
  private readonly counts: Float32Array;
  private touched: Int32Array;
  private nTouched = 0;
  private readonly outIndex: Int32Array;
  private readonly outValue: Float32Array;
  private readonly maxN: number;
  private readonly wantN: Uint8Array;
  /** Whether the character n-gram lengths are exactly 3, 4 and 5 (the shipped model's). */
  private readonly only345: boolean;
  private buf = new Uint16Array(2048);

  constructor(config: FeatureConfig) {
    if (!Number.isInteger(config.bits) || config.bits < 10 || config.bits > 24) {
      throw new Error('feature bits must be an integer in [10, 24]');
    }
    if (config.charNgrams.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
      throw new Error('character n-gram lengths must be integers in [1, 8]');
    }
    this.config = config;
    this.mask = (1 << config.bits) - 1;
    this.counts = new Float32Array(1 << config.bits);
    this.touched = new Int32Array(4096);
    this.outIndex = new Int32Array(1 << Math.min(config.bits, 20));
    this.outValue = new Float32Array(1 << Math.min(config.bits, 20));
    this.maxN = Math.max(0, ...config.charNgrams);
    this.wantN = new Uint8Array(this.maxN + 1);
    for (const n of config.charNgrams) this.wantN[n] = 1;
    this.only345 = this.maxN === 5 && this.wantN.join('') === '000111';
    if (config.concepts !== undefined) {
      const table = conceptTable();
      if (table.digest !== config.concepts) {
        throw new Error(`the model was trained with another concept lexicon (digest ${config.concepts.slice(0, 12)}, this build has ${table.digest.slice(0, 12)}): retrain it`);
      }
      this.conceptIndex = new ConceptIndex(table);
    }
  }

  /** Concept words of the scanned range, when the features include concepts. */
  private readonly conceptIndex: ConceptIndex | null = null;

  /** Words and word pairs collected by `explainWords`. */
  private readonly ex = new ExplainEntries();

  /** Dot-product mode: `add` sums weights instead of collecting (see `dot`). */
  private dotWeights: Int8Array | null = null;
  private dotSum = 0;
  private emitted = 0;

  /** Collects one character n-gram (see `chars`). */
  private add(h: number): void {
    this.emitted++;
    this.count(finish(h) & this.mask);
  }

  /** Counts feature `i`, remembering the features touched so `extract` can list and clear them. */
  private count(i: number, amount = 1): void {
    if (this.counts[i] === 0) {
      if (this.nTouched === this.touched.length) {
        const t = new Int32Array(this.touched.length * 2);
        t.set(this.touched);
        this.touched = t;
      }
      this.touched[this.nTouched++] = i;
    }
    this.counts[i] = (this.counts[i] as number) + amount;
  }

  /**
   * `weights . features(text[from, to))` without building the vector: each emitted n-gram adds
   * its (int8-quantised) weight, and the sum is divided by sqrt(n-grams emitted). Int8 weights
   * keep the whole table in a few hundred KB of cache; the caller multiplies by the scale. This equals the dot product with
   * `extract`'s vector, whose values are counts / sqrt(emitted), so training and inference agree.
   */
  dot(weights: Int8Array, text: string, from = 0, to = text.length, domain: FeatureDomain = 0): number {
    this.salt = this.config.domainWords ? (DOMAIN_SALT[domain] as number) : 0;
    this.dotWeights = weights;
    this.dotSum = 0;
    this.emitted = 0;
    try {
      this.wordScan(text, from, to);
      this.chars(text, from, to);
    } finally {
      this.dotWeights = null;
    }
    return this.emitted > 0 ? this.dotSum / Math.sqrt(this.emitted) : 0;
  }

  /** Features of `text[from, to)` (folded text). */
  extract(text: string, from = 0, to = text.length, domain: FeatureDomain = 0): SparseFeatures {
    this.salt = this.config.domainWords ? (DOMAIN_SALT[domain] as number) : 0;
    this.nTouched = 0;
    this.emitted = 0;
    this.wordScan(text, from, to);
    this.chars(text, from, to);
    const n = Math.min(this.nTouched, this.outIndex.length);
    const inv = this.emitted > 0 ? 1 / Math.sqrt(this.emitted) : 0;
    for (let k = 0; k < n; k++) {
      const i = this.touched[k] as number;
      this.outIndex[k] = i;
      this.outValue[k] = (this.counts[i] as number) * inv;
    }
    for (let k = 0; k < this.nTouched; k++) this.counts[this.touched[k] as number] = 0;
    return { size: n, index: this.outIndex, value: this.outValue };
  }

  /**
   * The words and word pairs of `text[from, to)` with a positive summed weight (generic plus domain
   * copy), scaled like `dot`, largest first (ties in text order), at most `limit` of them.
   * Character n-grams are left out: they are not readable as an explanation. Slow path, used only
   * for flagged scans.
   */
  explainWords(
    weights: ExplainWeights, text: string, from: number, to: number, domain: FeatureDomain = 0, limit = Infinity,
  ): WordContribution[] {
    this.salt = this.config.domainWords ? (DOMAIN_SALT[domain] as number) : 0;
    const ex = this.ex;
    ex.clear();
    this.emitted = 0;
    this.wordScan(text, from, to, weights);
    // Character n-grams emitted: about one per character per n-gram length.
    const chars = (to - from + 2) * this.config.charNgrams.length;
    const scale = 1 / Math.sqrt(Math.max(1, this.emitted + chars));
    const n = ex.length;
    const scaled = new Float64Array(n);
    const positive: number[] = [];
    for (let e = 0; e < n; e++) {
      const w = (ex.weight[e] as number) * scale;
      // Ranked on the scaled weight, as reported; the rest drop out (-Infinity).
      scaled[e] = w > 0 ? w : -Infinity;
      if (w > 0) positive.push(e);
    }
    const entry = (e: number): WordContribution =>
      ({ kind: KINDS[ex.kind[e] as number] as FeatureKind, start: ex.start[e] as number, end: ex.end[e] as number, weight: scaled[e] as number });
    if (limit >= 32) {
      // A stable sort: equal weights keep the order the text gave them.
      return positive.sort((x, y) => (scaled[y] as number) - (scaled[x] as number)).slice(0, limit).map(entry);
    }
    // A few of the largest, first-seen first among equals (the stable sort's prefix), kept in
    // order in one pass: most entries fall below the smallest kept and cost one comparison.
    if (!(limit >= 1)) return [];
    const top = new Int32Array(Math.floor(limit));
    let count = 0;
    for (const e of positive) {
      const w = scaled[e] as number;
      if (count === top.length && !(w > (scaled[top[count - 1] as number] as number))) continue;
      let at = count < top.length ? count++ : count - 1;
      // Equal weights stay ahead: they came first.
      while (at > 0 && (scaled[top[at - 1] as number] as number) < w) {
        top[at] = top[at - 1] as number;
        at--;
      }
      top[at] = e;
    }
    return Array.from(top.subarray(0, count), entry);
  }

  /**
   * Word unigrams and bigrams (words: runs of `isWordChar`; CJK-like characters are words of
   * their own; sentence ends break bigrams), each with a domain copy when salted, in one order
   * for every use, then the concept features (text not reading as English, see concept-index.ts).
   * While `dot` scores (`dotWeights` set) their int8 codes are summed in place (integers, so exact
   * whatever the order); with `explain` each is recorded with its float32 weights, generic plus
   * domain copy; with neither they are counted for `extract`.
   */
  private wordScan(text: string, from: number, to: number, explain: ExplainWeights | null = null): void {
    const bigrams = this.config.wordBigrams;
    this.scanExplain = explain;
    const x = this.conceptIndex;
    x?.reset();
    let h = SEED_WORD;
    let inWord = false;
    let start = from;
    let prev = 0;
    let prevStart = from;
    let havePrev = false;
    for (let i = from; i <= to; i++) {
      const c = i < to ? text.charCodeAt(i) : 32;
      const k = c < 128 ? (WORD_CLASS[c] as number) : isWordChar(c) ? W_WORD : isSoloChar(c) ? W_SOLO : 0;
      if (k === W_WORD) {
        if (!inWord) start = i;
        h = Math.imul(h ^ c, PRIME);
        inWord = true;
        continue;
      }
      // A word ends here; then a character of a script without spaces is a word of its own.
      for (let pass = inWord ? 0 : 1; pass < 2; pass++) {
        let w: number;
        let s: number;
        let e: number;
        if (pass === 0) {
          w = h;
          s = start;
          e = i;
        } else if (k === W_SOLO) {
          w = Math.imul(SEED_WORD ^ c, PRIME);
          s = i;
          e = i + 1;
        } else break;
        this.emitGram(w, 0, s, e, 1);
        if (pass === 0 && x !== null) x.addWord(w, s, e);
        if (bigrams && havePrev) this.emitGram(Math.imul(prev ^ SEED_BIGRAM, PRIME) ^ w, 1, prevStart, e, 1);
        prev = w;
        prevStart = s;
        havePrev = true;
      }
      h = SEED_WORD;
      inWord = false;
      if (k === W_END) {
        havePrev = false;
        x?.endSentence();
      } else if (x !== null && (c === 44 || c === 59 || c === 58)) x.endClause();
    }
    x?.finish();
    if (x !== null && x.n > 0 && !x.isEnglish) {
      // Each concept, and unordered pairs with the concepts before it in its sentence (up to
      // CONCEPT_BACK of them, at most CONCEPT_SPAN words back).
      const cw = this.config.conceptValue ?? 1;
      for (let c = 0; c < x.n; c++) {
        const id = (x.cid[c] as number) + (x.isNegated(c) ? NEGATED_CONCEPT : 0);
        this.emitGram(Math.imul(SEED_CONCEPT ^ id, PRIME), 0, x.from[c] as number, x.to[c] as number, cw);
        for (let b = c - 1; b >= 0 && b >= c - CONCEPT_BACK; b--) {
          if (x.sentence[b] !== x.sentence[c] || (x.word[c] as number) - (x.word[b] as number) > CONCEPT_SPAN) break;
          this.emitGram(conceptPair(id, (x.cid[b] as number) + (x.isNegated(b) ? NEGATED_CONCEPT : 0)), 1, x.from[b] as number, x.to[c] as number, cw);
        }
      }
    }
    this.scanExplain = null;
  }

  /** Weights `wordScan` explains with (null: it sums `dotWeights`, or, without those, collects). */
  private scanExplain: ExplainWeights | null = null;

  /**
   * Emits hashed word feature `f` (kind 0 a word, 1 a pair) spanning [s, e) with `value`, and
   * its domain copy, for `wordScan`'s current purpose. A method rather than a closure in
   * `wordScan`: the TypeScript loader names every closure it creates, a call per scan that showed
   * in profiles of short prompts.
   */
  private emitGram(f: number, kind: number, s: number, e: number, value: number): void {
    const g = finish(f) & this.mask;
    const g2 = this.salt !== 0 ? finish(f ^ this.salt) & this.mask : -1;
    this.emitted += g2 < 0 ? 1 : 2;
    const dw = this.dotWeights;
    const explain = this.scanExplain;
    if (dw !== null) this.dotSum += value * (g2 < 0 ? (dw[g] as number) : (dw[g] as number) + (dw[g2] as number));
    else if (explain !== null) {
      this.ex.add(g, kind, s, e, value * (g2 < 0 ? explainedWeight(explain, g) : explainedWeight(explain, g) + explainedWeight(explain, g2)));
    } else {
      this.count(g, value);
      if (g2 >= 0) this.count(g2, value);
    }
  }

  /** Domain salt of the current call (0: no domain copies). */
  private salt = 0;

  private chars(text: string, from: number, to: number): void {
    const maxN = this.maxN;
    if (maxN === 0) return;
    // Character n-grams over the text with runs of whitespace read as one space and a space
    // before and after, so word edges become features ("ign", " ign").
    if (this.buf.length < to - from + 2) {
      this.buf = new Uint16Array((to - from + 2) * 2);
    }
    const buf = this.buf;
    let len = 0;
    buf[len] = 32;
    len++;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9) {
        if (buf[len - 1] === 32) continue;
        buf[len] = 32;
      } else buf[len] = c;
      len++;
    }
    if (buf[len - 1] !== 32) {
      buf[len] = 32;
      len++;
    }
    const want = this.wantN;
    const dw = this.dotWeights;
    if (dw !== null) {
      // Scoring path, inlined: sum the weights of the n-grams without collecting them.
      const mask = this.mask;
      let sum = 0;
      let emitted = 0;
      let i = 0;
      if (this.only345) {
        // The shipped model's lengths, unrolled while a whole 5-gram fits: the same hashes in the
        // same order as the loop below, which finishes the last four positions.
        emitted = 3 * (len - 4 > 0 ? len - 4 : 0);
        for (; i + 5 <= len; i++) {
          let h = Math.imul(SEED_CHAR ^ (buf[i] as number), PRIME);
          h = Math.imul(h ^ (buf[i + 1] as number), PRIME);
          h = Math.imul(h ^ (buf[i + 2] as number), PRIME);
          sum += dw[finish(h ^ 3) & mask] as number;
          h = Math.imul(h ^ (buf[i + 3] as number), PRIME);
          sum += dw[finish(h ^ 4) & mask] as number;
          h = Math.imul(h ^ (buf[i + 4] as number), PRIME);
          sum += dw[finish(h ^ 5) & mask] as number;
        }
      }
      for (; i < len; i++) {
        let h = SEED_CHAR;
        const stop = maxN < len - i ? maxN : len - i;
        for (let n = 1; n <= stop; n++) {
          h = Math.imul(h ^ (buf[i + n - 1] as number), PRIME);
          if (want[n] === 1) {
            sum += dw[finish(h ^ n) & mask] as number;
            emitted++;
          }
        }
      }
      this.dotSum += sum;
      this.emitted += emitted;
      return;
    }
    for (let i = 0; i < len; i++) {
      let h = SEED_CHAR;
      const stop = Math.min(maxN, len - i);
      for (let n = 1; n <= stop; n++) {
        h = Math.imul(h ^ (buf[i + n - 1] as number), PRIME);
        if (want[n] === 1) this.add(h ^ n);
      }
    }
  }
}
