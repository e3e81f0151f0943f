// The RateLimit-Policy and RateLimit response fields of draft-ietf-httpapi-ratelimit-headers
// (-10/-11): Structured Field lists of `"name";q=…;w=…` quota policies and `"name";r=…;t=…` counters.
import type { WindowLimit } from './windows.ts';

/** The fixed text of one window's items, built once when the policy is planned. */
export interface HeaderItems {
  /** `"key.requests_per_minute";q=100;w=60`. */
  readonly policyItem: string;
  /** `"key.requests_per_minute";r=`, completed per request. */
  readonly counterPrefix: string;
}

/** One window's state for one subject after this request. */
export interface WindowState {
  /** `key.requests_per_minute`. */
  readonly policy: string;
  readonly items: HeaderItems;
  readonly remaining: number;
  /** Seconds until the window resets (undefined for concurrency, which has no window). */
  readonly resetSeconds: number | undefined;
}

// The draft registers "requests", "content-bytes" and "concurrent-requests"; tokens have no
// registered unit, so we say "tokens" and document it.
const QUOTA_UNIT = { requests: undefined, tokens: 'tokens', concurrent: 'concurrent-requests' } as const;

/** `policy` is an sf-string: our names use only letters, digits, `.` and `_`. */
export function headerItems(policy: string, l: WindowLimit): HeaderItems {
  const unit = QUOTA_UNIT[l.window.unit];
  return {
    policyItem: `"${policy}";q=${l.limit}${unit ? `;qu="${unit}"` : ''}${l.window.seconds > 0 ? `;w=${l.window.seconds}` : ''}`,
    counterPrefix: `"${policy}";r=`,
  };
}

export function rateLimitHeaders(states: readonly WindowState[]): Record<string, string> | undefined {
  if (states.length === 0) return undefined;
  let policy = '';
  let counters = '';
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const sep = i === 0 ? '' : ', ';
    policy += sep + s.items.policyItem;
    counters += sep + s.items.counterPrefix + (s.remaining > 0 ? s.remaining : 0) + (s.resetSeconds !== undefined ? ';t=' + s.resetSeconds : '');
  }
  return { 'ratelimit-policy': policy, ratelimit: counters };
}

/** Whole seconds until a window resets, never 0 while it is still running. */
export function secondsUntil(ms: number): number {
  return ms <= 0 ? 0 : Math.ceil(ms / 1000);
}
