// Hashed n-gram features of folded text: word unigrams and bigrams and character n-grams, hashed
// (FNV-1a) into a fixed space and L2-normalised. Shared by inference and the training script.

export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  readonly bits: number;
  /** Character n-gram lengths, e.g. [3, 4, 5]. */
  readonly charNgrams: readonly number[];
  /** Whether word bigrams are used as well as unigrams. */
  readonly wordBigrams: boolean;
}

/** A sparse, L2-normalised feature vector. Views into scratch memory: copy before the next call. */
export interface SparseFeatures {
  readonly size: number;
  readonly index: Int32Array;
  readonly value: Float32Array;
}

export type FeatureKind = 'word' | 'bigram' | 'char';
const FEATURE_KINDS: readonly FeatureKind[] = ['word', 'bigram', 'char'];

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
  private readonly ring: Uint16Array;
  private readonly ringAt: Int32Array;

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
    this.ring = new Uint16Array(Math.max(1, this.maxN));
    this.ringAt = new Int32Array(Math.max(1, this.maxN));
  }

  /** When set, every emitted feature is also recorded with its source range (for explanations). */
  private rec: { index: number[]; start: number[]; end: number[]; kind: number[] } | null = null;

  private add(h: number, kind: number, start: number, end: number): void {
    const i = finish(h) & this.mask;
    if (this.rec !== null) {
      this.rec.index.push(i);
      this.rec.start.push(start);
      this.rec.end.push(end);
      this.rec.kind.push(kind);
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

  /** Features of `text[from, to)` (folded text). */
  extract(text: string, from = 0, to = text.length): SparseFeatures {
    this.nTouched = 0;
    this.words(text, from, to);
    this.chars(text, from, to);
    let norm = 0;
    const n = Math.min(this.nTouched, this.outIndex.length);
    for (let k = 0; k < n; k++) {
      const i = this.touched[k] as number;
      const v = 1 + Math.log(this.counts[i] as number);
      this.outIndex[k] = i;
      this.outValue[k] = v;
      norm += v * v;
    }
    for (let k = 0; k < this.nTouched; k++) this.counts[this.touched[k] as number] = 0;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < n; k++) this.outValue[k] = (this.outValue[k] as number) * inv;
    return { size: n, index: this.outIndex, value: this.outValue };
  }

  /**
   * The features of `text[from, to)` as readable n-grams: for each hashed index in `wanted`, the
   * first n-gram that produced it, as [kind, source range]. Slow path, used for explanations only.
   */
  locate(text: string, from: number, to: number, wanted: ReadonlySet<number>): Map<number, { kind: FeatureKind; start: number; end: number }> {
    const rec = { index: [] as number[], start: [] as number[], end: [] as number[], kind: [] as number[] };
    this.rec = rec;
    try {
      this.extract(text, from, to);
    } finally {
      this.rec = null;
    }
    const out = new Map<number, { kind: FeatureKind; start: number; end: number }>();
    for (let k = 0; k < rec.index.length; k++) {
      const i = rec.index[k] as number;
      if (!wanted.has(i) || out.has(i)) continue;
      out.set(i, { kind: FEATURE_KINDS[rec.kind[k] as number] ?? 'char', start: rec.start[k] as number, end: rec.end[k] as number });
    }
    return out;
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

  private emitWord(h: number, prev: number, havePrev: boolean, start: number, end: number, prevStart: number): void {
    this.add(h, 0, start, end);
    if (this.config.wordBigrams && havePrev) this.add(Math.imul(prev ^ SEED_BIGRAM, PRIME) ^ h, 1, prevStart, end);
  }

  private chars(text: string, from: number, to: number): void {
    const maxN = this.maxN;
    if (maxN === 0) return;
    // Character n-grams over the text with runs of whitespace read as one space and a space
    // before and after, so word edges become features ("ign", " ign").
    let lastSpace = true;
    const ring = this.ring;
    const ringAt = this.ringAt;
    let filled = 0;
    let pos = 0;
    const feed = (c: number, at: number): void => {
      ring[pos % maxN] = c;
      ringAt[pos % maxN] = at;
      pos++;
      if (filled < maxN) filled++;
      let h = SEED_CHAR;
      // Hash the n-grams that end at this character, shortest first.
      for (let n = 1; n <= filled; n++) {
        const slot = (pos - n) % maxN;
        h = Math.imul(h ^ (ring[slot] as number), PRIME);
        if (this.wantN[n] === 1) this.add(h ^ n, 2, ringAt[slot] as number, at + 1);
      }
    };
    feed(32, from);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const space = c === 32 || c === 10 || c === 9;
      if (space) {
        if (lastSpace) continue;
        lastSpace = true;
        feed(32, i);
      } else {
        lastSpace = false;
        feed(c, i);
      }
    }
    if (!lastSpace) feed(32, to);
  }
}
