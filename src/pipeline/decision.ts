// Decisions and findings: the values every guard returns and every later stage (audit,
// monitoring, the caller's error body) reads. A guard never returns a bare boolean.

/** What a guard concludes about a request or response. Ordered by severity. */
export type Action = 'allow' | 'flag' | 'redact' | 'block';

export const ACTION_SEVERITY: Readonly<Record<Action, number>> = {
  allow: 0,
  flag: 1,
  redact: 2,
  block: 3,
};

/** A half-open character range [start, end) in the text the guard looked at. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * One thing a guard found. `reason` is written for a human and must never quote the matched
 * secret or personal data; `span` locates it instead.
 */
export interface Finding {
  readonly guard: string;
  readonly rule: string;
  readonly score: number;
  readonly reason: string;
  readonly span?: Span;
  /** Where in the request the text came from, e.g. `messages[2].content`. */
  readonly location?: string;
  readonly entity?: string;
}

export interface Decision {
  readonly action: Action;
  readonly findings: readonly Finding[];
}

/** The more severe of two actions. */
export function worstAction(a: Action, b: Action): Action {
  return ACTION_SEVERITY[a] >= ACTION_SEVERITY[b] ? a : b;
}
