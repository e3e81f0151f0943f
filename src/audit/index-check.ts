// Whether an entry's query columns (request id, principal, key, model, route, decision, status)
// agree with its hashed body. The columns are derived from the entry when it is written; a column
// changed afterwards would hide the entry from searches, so verification recomputes each one.
import type { EntryIndex } from './chain.ts';
import { ACTIONS, actionSeverity, eventIndex } from './drafts.ts';

const INDEX_FIELDS: ReadonlyArray<[keyof EntryIndex, string]> = [
  ['keyId', 'key'],
  ['model', 'model'],
  ['principalId', 'principal'],
  ['requestId', 'request_id'],
  ['route', 'route'],
  ['status', 'status'],
];

/** The quoted member names, built once. */
const MEMBERS = INDEX_FIELDS.map(([, f]) => `"${f}":`);
/** Each guard decision in a request/outcome body opens with its action (members are sorted). */
const ACTION = '{"action":"';
const QUOTE = 34;
const BACKSLASH = 92;

/** The JSON value starting at `at` (a string or a number, as the columns hold), as a column value. */
function valueAt(body: string, at: number): string | number | undefined {
  if (body.charCodeAt(at) === QUOTE) {
    const end = body.indexOf('"', at + 1);
    if (end < 0) return undefined;
    const raw = body.slice(at + 1, end);
    // Escapes are rare in ids and names; only then is the string decoded properly.
    if (!raw.includes('\\')) return raw;
    let e = at + 1;
    for (;;) {
      const c = body.charCodeAt(e);
      if (c === BACKSLASH) e += 2;
      else if (c === QUOTE || Number.isNaN(c)) break;
      else e += 1;
    }
    return JSON.parse(body.slice(at, e + 1)) as string;
  }
  let e = at;
  while (e < body.length && body.charCodeAt(e) !== 44 && body.charCodeAt(e) !== 125) e += 1;
  return Number(body.slice(at, e));
}

/**
 * A request/outcome body has a fixed shape (drafts.ts): these member names occur once, at the top
 * of `data` and in this (sorted) order, after the guard decisions, and the objects opening with
 * `"action"` are exactly the guard decisions. A string value cannot hold an unescaped quote, so
 * the substring search is exact and spares a JSON.parse; the body has been checked against its
 * hash before this runs. The members are looked for from the end, last first: they sit in the
 * short tail after the decisions, so each search only crosses the text between two of them.
 */
function requestMismatch(index: StoredIndex, body: string): string | undefined {
  let to = body.length;
  for (let i = INDEX_FIELDS.length - 1; i >= 0; i--) {
    const col = INDEX_FIELDS[i]![0];
    const value = index[col];
    const at = body.lastIndexOf(MEMBERS[i]!, to);
    if (at < 0) {
      if (value !== undefined && value !== null) return `column ${col} disagrees with the hashed entry`;
      continue;
    }
    to = at - 1;
    if (!valueIs(body, at + MEMBERS[i]!.length, value)) return `column ${col} disagrees with the hashed entry`;
  }
  // decision: the most severe action, the first one of that severity (worstDecision).
  let worst: string | number | undefined;
  let rank = -1;
  for (let at = body.indexOf(ACTION); at >= 0; at = body.indexOf(ACTION, at + ACTION.length)) {
    const start = at + ACTION.length;
    let action: string | number | undefined;
    for (let k = 0; k < ACTIONS.length; k++) {
      const a = ACTIONS[k]!;
      if (body.startsWith(a, start) && body.charCodeAt(start + a.length) === QUOTE) {
        action = a;
        break;
      }
    }
    action ??= valueAt(body, start - 1);
    const r = actionSeverity(action);
    if (r > rank) {
      worst = action;
      rank = r;
    }
  }
  if ((index.decision ?? undefined) !== worst) return 'column decision disagrees with the hashed entry';
  return undefined;
}

/** A quote, backslash, control character or surrogate: what JSON may write other than as itself. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** True when `v` is written between quotes unchanged. */
const plain = (v: string): boolean => !ESCAPED.test(v);

/** Whether the JSON value at `at` is the column's value: compared in place, without copying. */
function valueIs(body: string, at: number, value: string | number | null | undefined): boolean {
  if (typeof value === 'string' && plain(value)) {
    return body.charCodeAt(at) === QUOTE && body.startsWith(value, at + 1) && body.charCodeAt(at + 1 + value.length) === QUOTE;
  }
  return valueAt(body, at) === value;
}


/**
 * A control-plane event's columns come from its own members (drafts.ts eventDraft), which the
 * sanitised body keeps unchanged. Events are few, and their shapes vary: parsed.
 */
function eventMismatch(index: StoredIndex, body: string): string | undefined {
  let d: Record<string, unknown>;
  try {
    d = ((JSON.parse(body) as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>;
  } catch {
    return 'the hashed entry is not JSON';
  }
  const want: EntryIndex = eventIndex(d);
  for (const col of ['requestId', 'principalId', 'keyId', 'model', 'route', 'decision', 'status'] as const) {
    if ((index[col] ?? undefined) !== want[col]) return `column ${col} disagrees with the hashed entry`;
  }
  return undefined;
}

/** Query columns as read back from a store: a NULL column may come as null, and reads as absent. */
export type StoredIndex = { readonly [K in keyof EntryIndex]?: EntryIndex[K] | null };

/** Why the columns disagree with the body, or undefined when they agree (or the source has none). */
export function indexMismatch(index: StoredIndex | undefined, type: string, body: string): string | undefined {
  if (!index) return undefined;
  return type === 'request' || type === 'outcome' ? requestMismatch(index, body) : eventMismatch(index, body);
}
