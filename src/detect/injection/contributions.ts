// Scratch memory for explanations: the words and word pairs of a window with their summed
// weights, in typed columns found through a small hash table, reused from scan to scan.
import type { FeatureKind } from './features.ts';

export const KINDS: readonly FeatureKind[] = ['word', 'bigram', 'char'];

/**
 * Explanation entries in growable columns (hashed feature, kind as an index into `KINDS`, span,
 * summed weight), found by feature through a small open-addressing table that stays in cache.
 */
export class ExplainEntries {
  feature = new Int32Array(256);
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  weight = new Float64Array(256);
  length = 0;
  /** Entry + 1 per slot (0: empty); a power of two, at most half full. */
  private slots = new Int32Array(1024);
  /** 32 - log2(slots): Fibonacci hashing takes the top bits. */
  private shift = 22;

  clear(): void {
    this.slots.fill(0);
    this.length = 0;
  }

  /** Adds `weight` to the entry of `feature`, creating it (with this kind and span) if new. */
  add(feature: number, kind: number, start: number, end: number, weight: number): void {
    const mask = this.slots.length - 1;
    let s = Math.imul(feature, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = (this.slots[s] as number) - 1;
      if (e < 0) break;
      if (this.feature[e] === feature) {
        this.weight[e] = (this.weight[e] as number) + weight;
        return;
      }
      s = (s + 1) & mask;
    }
    if (this.length === this.feature.length) this.grow();
    const e = this.length++;
    this.feature[e] = feature;
    this.kind[e] = kind;
    this.start[e] = start;
    this.end[e] = end;
    this.weight[e] = weight;
    if (this.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[s] = e + 1;
  }

  private grow(): void {
    const n = this.feature.length * 2;
    const copy = <T extends Int32Array | Uint8Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.feature = copy(this.feature, new Int32Array(n));
    this.kind = copy(this.kind, new Uint8Array(n));
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
    this.weight = copy(this.weight, new Float64Array(n));
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    const mask = size - 1;
    for (let e = 0; e < this.length; e++) {
      let s = Math.imul(this.feature[e] as number, 0x9e3779b1) >>> this.shift;
      while (this.slots[s] !== 0) s = (s + 1) & mask;
      this.slots[s] = e + 1;
    }
  }
}
