// Probing-pattern statistics over one caller's query stream to one model: line and grid sweeps
// (queries that differ from a recent one in a single feature), answers clustered at the decision
// boundary, and unusually uniform coverage of the feature space. Each returns its statistic and
// the threshold it was compared with, so a finding can carry the evidence.

export interface DetectorVerdict {
  readonly detector: 'sweep' | 'boundary' | 'coverage';
  readonly statistic: number;
  readonly threshold: number;
  readonly queries: number;
  readonly triggered: boolean;
}

/** A fixed-size ring of 0/1 flags with their running sum. */
class FlagWindow {
  private readonly flags: Uint8Array;
  private next = 0;
  count = 0;
  sum = 0;
  constructor(size: number) {
    this.flags = new Uint8Array(size);
  }
  push(flag: boolean): void {
    if (this.count === this.flags.length) this.sum -= this.flags[this.next]!;
    else this.count++;
    this.flags[this.next] = flag ? 1 : 0;
    this.sum += flag ? 1 : 0;
    this.next = (this.next + 1) % this.flags.length;
  }
  get share(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }
  get bytes(): number {
    return this.flags.byteLength;
  }
}

export interface SweepOptions {
  /** Recent queries each new one is compared with. */
  readonly memory: number;
  /** Flags kept for the share (the statistic is over the last `window` queries). */
  readonly window: number;
  readonly minQueries: number;
  /** Share of single-feature variants above which the stream counts as a sweep. */
  readonly threshold: number;
  /** Scaled difference below which two feature values count as equal. */
  readonly tolerance: number;
}

/**
 * Line and grid sweeps: an attacker walks one feature at a time to find where the answer flips.
 * Real traffic almost never repeats every feature but one of a recent query; a sweep always does.
 */
export class SweepDetector {
  private readonly recent: Float32Array;
  private recentCount = 0;
  private recentNext = 0;
  private readonly flags: FlagWindow;
  queries = 0;

  constructor(
    readonly dimensions: number,
    private readonly opts: SweepOptions,
  ) {
    this.recent = new Float32Array(opts.memory * dimensions);
    this.flags = new FlagWindow(opts.window);
  }

  get bytes(): number {
    return this.recent.byteLength + this.flags.bytes;
  }

  observe(x: Float64Array): boolean {
    if (x.length !== this.dimensions) return false;
    this.queries++;
    const d = this.dimensions;
    const tol = this.opts.tolerance;
    let variant = false;
    // Compared in float32, as stored, so a value equals its own stored copy.
    for (let s = 0; s < this.recentCount && !variant; s++) {
      let differing = 0;
      const base = s * d;
      for (let j = 0; j < d && differing < 2; j++) if (Math.abs(Math.fround(x[j]!) - this.recent[base + j]!) > tol) differing++;
      variant = differing === 1;
    }
    this.flags.push(variant);
    this.recent.set(x, this.recentNext * d);
    this.recentNext = (this.recentNext + 1) % this.opts.memory;
    if (this.recentCount < this.opts.memory) this.recentCount++;
    return variant;
  }

  evaluate(): DetectorVerdict | undefined {
    if (this.queries < this.opts.minQueries) return undefined;
    const share = this.flags.share;
    return { detector: 'sweep', statistic: share, threshold: this.opts.threshold, queries: this.queries, triggered: share > this.opts.threshold };
  }
}

export interface BoundaryOptions {
  readonly window: number;
  readonly minQueries: number;
  /** A top-class lead over the runner-up below this counts as "at the boundary" (0.2: p < 0.6 for two classes). */
  readonly margin: number;
  /** Share of boundary answers above which the stream counts as boundary probing. */
  readonly threshold: number;
}

/** The lead of the top class over the runner-up, from a class → probability record. */
export function topMargin(probabilities: Readonly<Record<string, unknown>>): number | undefined {
  let first = -Infinity;
  let second = -Infinity;
  let seen = 0;
  for (const v of Object.values(probabilities)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    seen++;
    if (v > first) {
      second = first;
      first = v;
    } else if (v > second) second = v;
  }
  if (seen < 2) return undefined;
  return first - second;
}

/** Boundary probing: an attacker refining a surrogate asks where the model is least sure. */
export class BoundaryDetector {
  private readonly flags: FlagWindow;
  queries = 0;

  constructor(private readonly opts: BoundaryOptions) {
    this.flags = new FlagWindow(opts.window);
  }

  get bytes(): number {
    return this.flags.bytes;
  }

  observe(margin: number): void {
    this.queries++;
    this.flags.push(margin < this.opts.margin);
  }

  evaluate(): DetectorVerdict | undefined {
    if (this.flags.count < this.opts.minQueries) return undefined;
    const share = this.flags.share;
    return { detector: 'boundary', statistic: share, threshold: this.opts.threshold, queries: this.queries, triggered: share > this.opts.threshold };
  }
}

export interface CoverageOptions {
  readonly bins: number;
  readonly minQueries: number;
  /** Mean normalised entropy of the per-feature histograms above which coverage is "too uniform". */
  readonly threshold: number;
}

/**
 * Coverage: the mean, over features, of the normalised entropy of the feature's histogram (bins
 * over its declared range). Real inputs pile up where real transactions are; sampling the
 * feature box uniformly fills every bin and the mean entropy nears 1.
 */
export class CoverageDetector {
  private readonly counts: Uint32Array;
  queries = 0;

  constructor(
    readonly dimensions: number,
    private readonly opts: CoverageOptions,
  ) {
    this.counts = new Uint32Array(dimensions * opts.bins);
  }

  get bytes(): number {
    return this.counts.byteLength;
  }

  /** `x` is scaled to [0, 1] on declared ranges; values outside land in the edge bins. */
  observe(x: Float64Array): void {
    if (x.length !== this.dimensions) return;
    this.queries++;
    const b = this.opts.bins;
    for (let j = 0; j < this.dimensions; j++) {
      const v = x[j]!;
      const bin = v <= 0 || Number.isNaN(v) ? 0 : v >= 1 ? b - 1 : Math.floor(v * b);
      this.counts[j * b + bin]!++;
    }
  }

  statistic(): number {
    const b = this.opts.bins;
    let total = 0;
    for (let j = 0; j < this.dimensions; j++) {
      let h = 0;
      for (let k = 0; k < b; k++) {
        const p = this.counts[j * b + k]! / this.queries;
        if (p > 0) h -= p * Math.log(p);
      }
      total += h / Math.log(b);
    }
    return total / this.dimensions;
  }

  evaluate(): DetectorVerdict | undefined {
    if (this.queries < this.opts.minQueries) return undefined;
    const s = this.statistic();
    return { detector: 'coverage', statistic: s, threshold: this.opts.threshold, queries: this.queries, triggered: s > this.opts.threshold };
  }
}
