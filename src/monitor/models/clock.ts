// The time the monitors live in. The gateway passes the system clock; tests and the replay pass a
// clock they move, so days of traffic run in milliseconds (time travel).

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Key of the gateway's clock in its shared resources, for guards that stamp signals. */
export const CLOCK_RESOURCE = 'gateway.clock';

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  constructor(private t: number) {}
  now(): number {
    return this.t;
  }
  set(t: number): void {
    this.t = t;
  }
  advance(ms: number): number {
    this.t += ms;
    return this.t;
  }
}
