// The limits a subject can have: request and token windows, and concurrent requests. A limit set
// names its windows once; per-key, per-principal and per-model overrides merge over the defaults.
import { z } from 'zod';

export const SUBJECT_KINDS = ['key', 'principal', 'address', 'model', 'global'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export type WindowUnit = 'requests' | 'tokens' | 'concurrent';

export interface WindowSpec {
  /** The policy name of the window, e.g. `requests_per_minute`. */
  readonly name: WindowName;
  readonly unit: WindowUnit;
  /** Fixed-window length in seconds (0 for concurrency, which is a lease, not a window). */
  readonly seconds: number;
}

export const WINDOWS = [
  { name: 'requests_per_second', unit: 'requests', seconds: 1 },
  { name: 'requests_per_minute', unit: 'requests', seconds: 60 },
  { name: 'requests_per_hour', unit: 'requests', seconds: 3_600 },
  { name: 'requests_per_day', unit: 'requests', seconds: 86_400 },
  { name: 'tokens_per_minute', unit: 'tokens', seconds: 60 },
  { name: 'tokens_per_day', unit: 'tokens', seconds: 86_400 },
  { name: 'concurrent', unit: 'concurrent', seconds: 0 },
] as const satisfies readonly { name: string; unit: WindowUnit; seconds: number }[];

export type WindowName = (typeof WINDOWS)[number]['name'];

const count = z.int().min(1).max(1e12);

/** One subject's limits; an absent window is not limited. */
export const LimitSet = z.strictObject({
  requests_per_second: count.optional(),
  requests_per_minute: count.optional(),
  requests_per_hour: count.optional(),
  requests_per_day: count.optional(),
  tokens_per_minute: count.optional(),
  tokens_per_day: count.optional(),
  concurrent: z.int().min(1).max(1_000_000).optional(),
});
export type LimitSet = z.infer<typeof LimitSet>;

/** An override: a number replaces the default window, `null` lifts it, absent keeps the default. */
export const LimitOverride = z.strictObject(
  Object.fromEntries(WINDOWS.map((w) => [w.name, (w.unit === 'concurrent' ? z.int().min(1).max(1_000_000) : count).nullable().optional()])) as {
    [K in WindowName]: z.ZodOptional<z.ZodNullable<z.ZodInt>>;
  },
);
export type LimitOverride = z.infer<typeof LimitOverride>;

/** A window with its limit, as enforced for one subject. */
export interface WindowLimit {
  readonly window: WindowSpec;
  readonly limit: number;
}

/** The windows a limit set turns on, in the fixed order of `WINDOWS`. */
export function windowLimits(set: LimitSet | undefined, override?: LimitOverride): WindowLimit[] {
  const out: WindowLimit[] = [];
  for (const window of WINDOWS) {
    const o = override?.[window.name];
    const limit = o === null ? undefined : (o ?? set?.[window.name]);
    if (limit !== undefined) out.push({ window, limit });
  }
  return out;
}
