// Hashed n-gram features of folded text: word unigrams and bigrams and character n-grams, hashed
// (FNV-1a) into a fixed space, scaled by 1/sqrt(n-grams emitted). Shared by inference and the training script.

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

type MutableContribution = { kind: FeatureKind; start: number; end: number; weight: number };

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

/** Letters that form words: ASCII alphanumerics, Latin/Greek/Cyrillic/Armenian/Hebrew/Arabic. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x6ff && c !== 0xd7 && c !== 0xf7);
}

/** Scripts without word spaces (CJK, kana, hangul, Thai): every character is its own word. */
function isSoloChar(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0e00 && c <= 0x0e7f) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff);
}

function finish(h: number): number {
  // murmur3 finaliser: spreads FNV's low bits before masking.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
  }

  /** When set, words and bigrams are collected with their weights instead of hashed (see `explainWords`). */
  private explain: { weights: Float32Array; out: Map<number, MutableContribution> } | null = null;

  /** Dot-product mode: `add` sums weights instead of collecting (see `dot`). */
  private dotWeights: Int8Array | null = null;
  private dotSum = 0;
  private emitted = 0;

  private add(h: number): void {
    const i = finish(h) & this.mask;
    this.emitted++;
    const dw = this.dotWeights;
    if (dw !== null) {
      this.dotSum += dw[i] as number;
      return;
    }
    if (this.counts[i] === 0) {
      if (this.nTouched === this.touched.length) {
        const t = new Int32Array(this.touched.length * 2);
        t.set(this.touched);
        this.touched = t;
      }
      this.touched[this.nTouched++] = i;
    }
    this.counts[i] = (this.counts[i] as number) + 1;
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
      this.words(text, from, to);
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
    this.words(text, from, to);
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
   * The words and word pairs of `text[from, to)` with their summed weight (generic plus domain
   * copy), scaled like `dot`, largest first. Character n-grams are left out: they are not
   * readable as an explanation. Slow path, used only for flagged scans.
   */
  explainWords(weights: Float32Array, text: string, from: number, to: number, domain: FeatureDomain = 0): WordContribution[] {
    this.salt = this.config.domainWords ? (DOMAIN_SALT[domain] as number) : 0;
    const out = new Map<number, MutableContribution>();
    this.explain = { weights, out };
    this.emitted = 0;
    try {
      this.words(text, from, to);
    } finally {
      this.explain = null;
    }
    // Character n-grams emitted: about one per character per n-gram length.
    const chars = (to - from + 2) * this.config.charNgrams.length;
    const scale = 1 / Math.sqrt(Math.max(1, this.emitted + chars));
    const list: WordContribution[] = [];
    for (const c of out.values()) if (c.weight > 0) list.push({ kind: c.kind, start: c.start, end: c.end, weight: c.weight * scale });
    return list.sort((x, y) => y.weight - x.weight);
  }

  private explainOne(h: number, kind: FeatureKind, start: number, end: number): void {
    const ex = this.explain as { weights: Float32Array; out: Map<number, MutableContribution> };
    const g = finish(h) & this.mask;
    let w = ex.weights[g] as number;
    this.emitted++;
    if (this.salt !== 0) {
      w += ex.weights[finish(h ^ this.salt) & this.mask] as number;
      this.emitted++;
    }
    const prev = ex.out.get(g);
    if (prev) prev.weight += w;
    else ex.out.set(g, { kind, start, end, weight: w });
  }

  private words(text: string, from: number, to: number): void {
    let h = SEED_WORD;
    let inWord = false;
    let prev = 0;
    let havePrev = false;
    let start = from;
    let prevStart = from;
    for (let i = from; i <= to; i++) {
      const c = i < to ? text.charCodeAt(i) : 32;
      if (isWordChar(c)) {
        if (!inWord) start = i;
        h = Math.imul(h ^ c, PRIME);
        inWord = true;
        continue;
      }
      if (inWord) {
        this.emitWord(h, prev, havePrev, start, i, prevStart);
        prev = h;
        prevStart = start;
        havePrev = true;
        h = SEED_WORD;
        inWord = false;
      }
      if (isSoloChar(c)) {
        const w = Math.imul(SEED_WORD ^ c, PRIME);
        this.emitWord(w, prev, havePrev, i, i + 1, prevStart);
        prev = w;
        prevStart = i;
        havePrev = true;
      } else if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002) {
        // Sentence ends break bigrams.
        havePrev = false;
      }
    }
  }

  /** Domain salt of the current call (0: no domain copies). */
  private salt = 0;

  private emitWord(h: number, prev: number, havePrev: boolean, start: number, end: number, prevStart: number): void {
    if (this.explain !== null) {
      this.explainOne(h, 'word', start, end);
      if (this.config.wordBigrams && havePrev) this.explainOne(Math.imul(prev ^ SEED_BIGRAM, PRIME) ^ h, 'bigram', prevStart, end);
      return;
    }
    this.add(h);
    if (this.salt !== 0) this.add(h ^ this.salt);
    if (this.config.wordBigrams && havePrev) {
      const b = Math.imul(prev ^ SEED_BIGRAM, PRIME) ^ h;
      this.add(b);
      if (this.salt !== 0) this.add(b ^ this.salt);
    }
  }

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
      for (let i = 0; i < len; i++) {
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
