// Profile of one categorical feature: exact counts for the categories the reference fixed
// (plus one "other" bucket), and a bounded Misra–Gries summary (Misra & Gries 1982; mergeable
// as shown by Agarwal et al. 2012) of the most frequent values outside that set.

export interface CategoricalProfileJSON {
  readonly kind: 'categorical';
  readonly count: number;
  readonly missing: number;
  readonly categories: string[];
  readonly counts: number[];
  readonly other: number;
  readonly topK: number;
  readonly heavyHitters: [string, number][];
}

/** Longest category value kept; longer ones are truncated so one huge value cannot blow memory. */
export const MAX_CATEGORY_LENGTH = 128;
export const MAX_CATEGORIES = 1024;

export class CategoricalProfile {
  count = 0;
  missing = 0;
  readonly categories: readonly string[];
  readonly counts: Float64Array;
  other = 0;
  /** Approximate counts of values outside `categories` (under-estimates by at most other/(topK+1)). */
  heavyHitters = new Map<string, number>();
  private readonly index: Map<string, number>;

  constructor(
    categories: readonly string[],
    readonly topK = 32,
  ) {
    if (categories.length > MAX_CATEGORIES) throw new RangeError(`at most ${MAX_CATEGORIES} fixed categories`);
    if (!Number.isInteger(topK) || topK < 1 || topK > 1024) throw new RangeError('topK must be in [1, 1024]');
    this.categories = categories.map((c) => c.slice(0, MAX_CATEGORY_LENGTH));
    this.index = new Map(this.categories.map((c, i) => [c, i]));
    if (this.index.size !== this.categories.length) throw new RangeError('categories must be distinct');
    this.counts = new Float64Array(this.categories.length);
  }

  update(v: string | number | boolean | null | undefined): void {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      this.missing += 1;
      return;
    }
    const key = String(v).slice(0, MAX_CATEGORY_LENGTH);
    this.count += 1;
    const i = this.index.get(key);
    if (i !== undefined) {
      this.counts[i]! += 1;
      return;
    }
    this.other += 1;
    const hh = this.heavyHitters;
    const c = hh.get(key);
    if (c !== undefined) hh.set(key, c + 1);
    else if (hh.size < this.topK) hh.set(key, 1);
    else {
      // Misra–Gries decrement step: the new value and every counter lose one.
      for (const [k, n] of hh) {
        if (n <= 1) hh.delete(k);
        else hh.set(k, n - 1);
      }
    }
  }

  /** Exact counts over the fixed categories, with "other" last. */
  countVector(): number[] {
    return [...this.counts, this.other];
  }

  merge(other: CategoricalProfile): CategoricalProfile {
    if (other.categories.length !== this.categories.length || other.categories.some((c, i) => c !== this.categories[i])) {
      throw new RangeError('cannot merge profiles with different category sets');
    }
    const k = Math.min(this.topK, other.topK);
    const out = new CategoricalProfile(this.categories, k);
    out.count = this.count + other.count;
    out.missing = this.missing + other.missing;
    out.other = this.other + other.other;
    for (let i = 0; i < out.counts.length; i++) out.counts[i] = this.counts[i]! + other.counts[i]!;
    out.heavyHitters = mergeMisraGries(this.heavyHitters, other.heavyHitters, k);
    return out;
  }

  toJSON(): CategoricalProfileJSON {
    return {
      kind: 'categorical',
      count: this.count,
      missing: this.missing,
      categories: [...this.categories],
      counts: Array.from(this.counts),
      other: this.other,
      topK: this.topK,
      heavyHitters: [...this.heavyHitters].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    };
  }

  static fromJSON(raw: unknown): CategoricalProfile {
    const fail = (why: string): never => {
      throw new TypeError(`invalid categorical profile: ${why}`);
    };
    if (typeof raw !== 'object' || raw === null) return fail('not an object');
    const r = raw as Record<string, unknown>;
    if (r.kind !== 'categorical') fail('kind');
    if (!Array.isArray(r.categories) || !r.categories.every((c) => typeof c === 'string')) fail('categories');
    if (typeof r.topK !== 'number') fail('topK');
    const p = new CategoricalProfile(r.categories as string[], r.topK as number);
    const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
    if (!isCount(r.count) || !isCount(r.missing) || !isCount(r.other)) fail('count, missing and other must be counts');
    if (!Array.isArray(r.counts) || r.counts.length !== p.counts.length || !r.counts.every(isCount)) fail('counts');
    p.count = r.count as number;
    p.missing = r.missing as number;
    p.other = r.other as number;
    (r.counts as number[]).forEach((c, i) => (p.counts[i] = c));
    if ((r.counts as number[]).reduce((s, c) => s + c, 0) + p.other !== p.count) fail('counts do not add up');
    if (!Array.isArray(r.heavyHitters) || r.heavyHitters.length > p.topK) fail('heavyHitters');
    for (const e of r.heavyHitters as unknown[]) {
      if (!Array.isArray(e) || e.length !== 2 || typeof e[0] !== 'string' || !isCount(e[1]) || e[1] > p.other) fail('heavyHitters entry');
      const [k, n] = e as [string, number];
      p.heavyHitters.set(k.slice(0, MAX_CATEGORY_LENGTH), n);
    }
    return p;
  }
}

/** Sum the counters, then keep the k largest after subtracting the (k+1)-th largest count. */
function mergeMisraGries(a: Map<string, number>, b: Map<string, number>, k: number): Map<string, number> {
  const sum = new Map(a);
  for (const [key, n] of b) sum.set(key, (sum.get(key) ?? 0) + n);
  if (sum.size <= k) return sum;
  const sorted = [...sum].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const cut = sorted[k]![1];
  const out = new Map<string, number>();
  for (const [key, n] of sorted.slice(0, k)) if (n - cut > 0) out.set(key, n - cut);
  return out;
}
