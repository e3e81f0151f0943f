// PRADA model-extraction detection for one caller's query stream to one model.
// Juuti, Szyller, Marchal, Asokan, "PRADA: Protecting against DNN Model Stealing Attacks",
// IEEE EuroS&P 2019 (arXiv:1805.02628), Algorithm 1: the minimum L2 distance of each new query to
// the caller's earlier queries of the same predicted class; benign streams give distances that
// fit a normal distribution, synthetic probing does not (Shapiro–Wilk W < δ).
import { shapiroWilk, type ShapiroWilkResult } from './shapiro-wilk.ts';

export interface PradaOptions {
  /** Queries (minimum distances) needed before the test is applied (the paper waits for a few dozen to 100). */
  readonly minQueries: number;
  /** Detection threshold on W. */
  readonly delta: number;
  /** Cap on the stored growing set, all classes together; the oldest is replaced (FIFO) beyond it. */
  readonly maxStored: number;
  /** The test runs on the most recent `window` minimum distances (≤ 5000, Shapiro–Wilk's range). */
  readonly window: number;
  /**
   * Test log(d + 1e-3) instead of d. Not in the paper: on tabular inputs with discrete features,
   * benign nearest-neighbour distances are right-skewed and fail a raw normality test; their logs
   * are close to normal while probing streams stay multi-modal (see docs/extraction.md).
   */
  readonly logDistances?: boolean;
}

/** Added before the log so that a repeated query (distance 0) stays finite. */
const LOG_OFFSET = 1e-3;

export interface PradaVerdict {
  readonly detector: 'prada';
  readonly statistic: number;
  readonly threshold: number;
  readonly pValue: number;
  readonly queries: number;
  readonly triggered: boolean;
}

/** Running mean and variance of the distances that entered one class's growing set (Welford). */
interface ClassThreshold {
  count: number;
  mean: number;
  m2: number;
  /** T_c: a query joins the growing set only if its minimum distance exceeds this. */
  threshold: number;
}

export class PradaStream {
  private readonly stored: Float32Array;
  private readonly storedClass: Int32Array;
  private storedCount = 0;
  private storedNext = 0;
  private readonly classes = new Map<string, number>();
  private readonly thresholds: ClassThreshold[] = [];
  private readonly distances: Float64Array;
  private distanceCount = 0;
  private distanceNext = 0;
  /** Queries observed (the first of each class has no distance). */
  queries = 0;

  constructor(
    readonly dimensions: number,
    private readonly opts: PradaOptions,
    private readonly maxClasses = 16,
  ) {
    this.stored = new Float32Array(opts.maxStored * dimensions);
    this.storedClass = new Int32Array(opts.maxStored);
    this.distances = new Float64Array(Math.min(opts.window, 5000));
  }

  /** Approximate bytes held by this stream (for the memory bound in the docs). */
  get bytes(): number {
    return this.stored.byteLength + this.storedClass.byteLength + this.distances.byteLength;
  }

  private classIndex(label: string): number {
    let c = this.classes.get(label);
    if (c === undefined) {
      // Labels come from the model, but bound them anyway: extra classes share the last slot.
      if (this.classes.size >= this.maxClasses) return this.maxClasses - 1;
      c = this.classes.size;
      this.classes.set(label, c);
      this.thresholds.push({ count: 0, mean: 0, m2: 0, threshold: 0 });
    }
    return c;
  }

  /** Records one answered query; returns its minimum distance to the growing set of its class. */
  observe(x: Float64Array, label: string): number | undefined {
    if (x.length !== this.dimensions) return undefined;
    this.queries++;
    const c = this.classIndex(label);
    const d = this.dimensions;
    let best = Infinity;
    for (let s = 0; s < this.storedCount; s++) {
      if (this.storedClass[s] !== c) continue;
      let sum = 0;
      const base = s * d;
      for (let j = 0; j < d; j++) {
        const diff = x[j]! - this.stored[base + j]!;
        sum += diff * diff;
        if (sum >= best) break;
      }
      if (sum < best) best = sum;
    }
    const t = this.thresholds[c]!;
    if (best === Infinity) {
      // First query of its class: it starts the growing set; there is no distance yet.
      this.store(x, c);
      return undefined;
    }
    const dmin = Math.sqrt(best);
    this.distances[this.distanceNext] = dmin;
    this.distanceNext = (this.distanceNext + 1) % this.distances.length;
    if (this.distanceCount < this.distances.length) this.distanceCount++;
    if (dmin > t.threshold) {
      this.store(x, c);
      t.count++;
      const delta = dmin - t.mean;
      t.mean += delta / t.count;
      t.m2 += delta * (dmin - t.mean);
      const std = t.count > 1 ? Math.sqrt(t.m2 / (t.count - 1)) : 0;
      t.threshold = Math.max(t.threshold, t.mean - std);
    }
    return dmin;
  }

  private store(x: Float64Array, c: number): void {
    const slot = this.storedNext;
    this.stored.set(x, slot * this.dimensions);
    this.storedClass[slot] = c;
    this.storedNext = (slot + 1) % this.opts.maxStored;
    if (this.storedCount < this.opts.maxStored) this.storedCount++;
  }

  /** The recent minimum distances, oldest first. */
  recentDistances(): Float64Array {
    const n = this.distanceCount;
    const out = new Float64Array(n);
    const start = n < this.distances.length ? 0 : this.distanceNext;
    for (let i = 0; i < n; i++) out[i] = this.distances[(start + i) % this.distances.length]!;
    return out;
  }

  /** The Shapiro–Wilk test on the recent distances, once enough are in (undefined before). */
  evaluate(): PradaVerdict | undefined {
    if (this.distanceCount < Math.max(this.opts.minQueries, 3)) return undefined;
    const d = this.recentDistances();
    if (this.opts.logDistances) for (let i = 0; i < d.length; i++) d[i] = Math.log(d[i]! + LOG_OFFSET);
    const sw: ShapiroWilkResult | undefined = shapiroWilk(d);
    // Every distance equal (e.g. one point queried again and again) is as far from normal as it gets.
    const w = sw?.w ?? 0;
    return { detector: 'prada', statistic: w, threshold: this.opts.delta, pValue: sw?.pValue ?? 0, queries: this.queries, triggered: w < this.opts.delta };
  }
}
