// Hours of activity of one identity: how many of its normal windows fell in each local hour, and
// what share of them lies within an hour of a given time (an unusual hour has almost none).

const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The local hour (0–23) of a time, `offsetMinutes` east of UTC. */
export function localHour(time: number, offsetMinutes: number): number {
  const local = time + offsetMinutes * 60_000;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

export class HourProfile {
  private readonly bins = new Float64Array(24);
  /** Normal windows learned. */
  total = 0;

  constructor(private readonly offsetMinutes: number) {}

  learn(windowStart: number): void {
    this.bins[localHour(windowStart, this.offsetMinutes)]! += 1;
    this.total++;
  }

  /** The share of learned windows in the hour of `time` and its two neighbours. */
  shareNear(time: number): { hour: number; share: number } {
    const h = localHour(time, this.offsetMinutes);
    const near = this.bins[(h + 23) % 24]! + this.bins[h]! + this.bins[(h + 1) % 24]!;
    return { hour: h, share: this.total === 0 ? 1 : near / this.total };
  }
}
