// Remembering the matches of short cell values, per field, only where it pays. Table columns of
// names, towns and categories repeat their values, and the detectors are pure functions of the
// text, so a repeated value can reuse its matches. Columns of ids, e-mail addresses or free text
// never repeat, and there a lookup (hashing the value, growing and clearing the map, keeping
// values alive into the old generation) cost as much as parsing the file: such fields are
// measured now and then and skip the memo in between. Results are the same either way.
import type { EntityMatch } from '../redact/overlaps.ts';

/** Values up to this length are remembered (most table cells); longer ones rarely repeat. */
export const MEMO_MAX_VALUE = 64;
const MEMO_ENTRIES = 8192;
/** Values a field is measured on before deciding; again after every off period. */
const PROBE_VALUES = 256;
/** Values between decisions, for a field that uses the memo and for one that does not. */
const PERIOD_VALUES = 4096;
/**
 * A field keeps the memo when at least this share of its lookups hit: a lookup costs about a
 * tenth of detecting a short value (bench/scan-file.ts, docs/pii.md).
 */
const MIN_HIT_SHARE = 1 / 8;

/** Whether one field currently uses the memo, and how well it has done since the last decision. */
interface FieldUse {
  remember: boolean;
  /** Values left until the next decision. */
  left: number;
  lookups: number;
  hits: number;
}

export class MatchMemo {
  readonly #detect: (value: string) => readonly EntityMatch[];
  // The arrays are shared and never modified by their readers.
  readonly #entries = new Map<string, readonly EntityMatch[]>();
  readonly #fields = new Map<string, FieldUse>();

  constructor(detect: (value: string) => readonly EntityMatch[]) {
    this.#detect = detect;
  }

  /** The matches of a value of `field`: remembered ones when the field repeats its values. */
  matches(field: string, value: string): readonly EntityMatch[] {
    if (value.length > MEMO_MAX_VALUE) return this.#detect(value);
    let use = this.#fields.get(field);
    if (use === undefined) {
      use = { remember: true, left: PROBE_VALUES, lookups: 0, hits: 0 };
      this.#fields.set(field, use);
    }
    if (--use.left <= 0) decide(use);
    if (!use.remember) return this.#detect(value);
    use.lookups++;
    let found = this.#entries.get(value);
    if (found === undefined) {
      found = this.#detect(value);
      if (this.#entries.size >= MEMO_ENTRIES) this.#entries.clear();
      this.#entries.set(value, found);
    } else {
      use.hits++;
    }
    return found;
  }
}

/** At the end of a period: keep the memo if it paid, else skip it until the next probe. */
function decide(use: FieldUse): void {
  if (use.remember) {
    use.remember = use.hits >= use.lookups * MIN_HIT_SHARE;
    use.left = PERIOD_VALUES;
  } else {
    // A probe: the column may have started repeating (sorted data, a new section).
    use.remember = true;
    use.left = PROBE_VALUES;
  }
  use.lookups = 0;
  use.hits = 0;
}
