// Isolation Forest over identity windows of one kind: a reservoir sample (Vitter's algorithm R)
// of windows judged normal, refitted every N new windows, scoring each closing window with the
// anomaly score s(x) = 2^(−E[h(x)]/c(n)) of Liu, Ting & Zhou (2008).
import { IsolationForest } from '../iforest/forest.ts';
import { SeededRandom } from '../iforest/random.ts';

export interface OutlierSettings {
  readonly minSamples: number;
  readonly refitEvery: number;
  readonly reservoir: number;
}

export class OutlierModel {
  private readonly rows: number[][] = [];
  private seen = 0;
  private sinceFit = 0;
  private forest: IsolationForest | undefined;
  private readonly random: SeededRandom;

  constructor(
    private readonly settings: OutlierSettings,
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
  }

  get trained(): boolean {
    return this.forest !== undefined;
  }

  /** Adds a normal window to the sample (the refit waits for `maintain`). */
  learn(x: readonly number[]): void {
    this.seen++;
    if (this.rows.length < this.settings.reservoir) this.rows.push([...x]);
    else {
      const j = this.random.nextInt(this.seen);
      if (j < this.settings.reservoir) this.rows[j] = [...x];
    }
    this.sinceFit++;
  }

  /** Refits when due: called from the monitor's timer, never while an event is handled. */
  maintain(): void {
    if (this.rows.length >= this.settings.minSamples && (this.forest === undefined || this.sinceFit >= this.settings.refitEvery)) {
      this.forest = new IsolationForest({ nEstimators: 100, seed: this.random.nextSeed() }).fit(this.rows);
      this.sinceFit = 0;
    }
  }

  /** s(x) in (0, 1]: about 0.5 for ordinary windows, near 1 for isolated ones; undefined before training. */
  score(x: readonly number[]): number | undefined {
    if (!this.forest) return undefined;
    return -this.forest.scoreSamples([[...x]])[0]!;
  }
}
