// The memorisation guard: registered sensitive values (say, the SSNs of a training set) are kept
// only as keyed hashes. Candidate values in an answer (detector matches, and digit runs whatever
// their separators) are hashed the same way and looked up, so a model cannot regurgitate them.
import { createHmac } from 'node:crypto';
import type { EntityMatch } from '../redact/overlaps.ts';

export interface MemorizationGuardConfig {
  /** HMAC key (at least 16 bytes); the same key must be used to register and to check. */
  readonly key: Uint8Array;
  /** Hashes exported earlier by `exportHashes`. */
  readonly hashes?: Iterable<string>;
  /** Most hashes computed per check, bounding the cost on adversarial text; default 50,000. */
  readonly maxHashesPerCheck?: number;
}

export interface MemorizedMatch extends EntityMatch {
  readonly entity: string;
  /** Hash prefix of the registered value, to tell an operator which record it was. */
  readonly record: string;
}

export interface MemorizationGuard {
  /** Register a value; returns its hash. */
  register(value: string): string;
  readonly size: number;
  exportHashes(): string[];
  /** Registered values in `text`, found through `matches` and digit runs. */
  check(text: string, matches?: readonly EntityMatch[]): MemorizedMatch[];
}

/**
 * Canonical form: values made of digits and separators (SSNs, card and phone numbers, account numbers)
 * keep their digits only, so "123-45-6789" and "123 45 6789" agree; other values are folded to
 * NFKC lower case with single spaces.
 */
export function canonical(value: string): string | undefined {
  const digits = value.replace(/[^0-9]/g, '');
  const alnum = value.replace(/[^\p{L}\p{N}]/gu, '');
  if (digits.length >= 6 && digits.length === alnum.length) return `d:${digits}`;
  const text = value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return text.length >= 4 ? `t:${text}` : undefined;
}

// Unbounded so that a value is never cut at a run boundary; each step has one way to match, so
// the scan stays linear, and the hashing budget bounds the work per run.
const DIGIT_RUN = /[0-9](?:[0-9]|[ .\-/](?=[0-9])){5,}/g;

export function createMemorizationGuard(config: MemorizationGuardConfig): MemorizationGuard {
  const key = Buffer.from(config.key);
  if (key.length < 16) throw new RangeError('memorisation guard: key must be at least 16 bytes');
  const budget = config.maxHashesPerCheck ?? 50_000;
  const hashes = new Set<string>();
  // Digit lengths registered, so only windows of those lengths are hashed in digit runs.
  const digitLengths = new Set<number>();
  const mac = (canon: string) => createHmac('sha256', key).update(canon).digest('base64url').slice(0, 22);
  for (const h of config.hashes ?? []) {
    const [kind, len, digest] = h.split('.');
    if (digest === undefined || !/^[dt]$/.test(kind ?? '') || !/^[A-Za-z0-9_-]{22}$/.test(digest)) {
      throw new RangeError('memorisation guard: malformed hash');
    }
    hashes.add(h);
    if (kind === 'd') digitLengths.add(Number(len));
  }
  /** Exported form: kind.length.digest — the length lets digit windows be sized without values. */
  const id = (canon: string) => `${canon[0]}.${canon[0] === 'd' ? canon.length - 2 : 0}.${mac(canon)}`;

  return {
    register(value) {
      const canon = canonical(value);
      if (canon === undefined) throw new RangeError('memorisation guard: value too short to register');
      const h = id(canon);
      hashes.add(h);
      if (canon[0] === 'd') digitLengths.add(canon.length - 2);
      return h;
    },
    get size() {
      return hashes.size;
    },
    exportHashes: () => [...hashes].sort(),
    check(text, matches = []) {
      const out: MemorizedMatch[] = [];
      let spent = 0;
      let exhausted = false;
      const probe = (canon: string | undefined, start: number, end: number, entity: string): boolean => {
        if (canon === undefined) return false;
        if (spent >= budget) {
          exhausted = true;
          return false;
        }
        spent++;
        const h = id(canon);
        if (!hashes.has(h)) return false;
        out.push({ entity, start, end, score: 1, rule: 'leak.memorized', record: h.slice(-8) });
        return true;
      };
      for (const m of matches) probe(canonical(text.slice(m.start, m.end)), m.start, m.end, m.entity);
      if (digitLengths.size > 0) {
        DIGIT_RUN.lastIndex = 0;
        for (let r = DIGIT_RUN.exec(text); r !== null; r = DIGIT_RUN.exec(text)) {
          // Offsets of each digit in the run, so a window maps back to its original span.
          const at: number[] = [];
          for (let i = 0; i < r[0].length; i++) if (/[0-9]/.test(r[0][i] as string)) at.push(r.index + i);
          const digits = at.map((p) => text[p]).join('');
          for (const len of digitLengths) {
            for (let s = 0; s + len <= digits.length; s++) {
              const start = at[s] as number;
              const end = (at[s + len - 1] as number) + 1;
              if (out.some((o) => o.start <= start && o.end >= end)) continue;
              probe(`d:${digits.slice(s, s + len)}`, start, end, 'MEMORIZED_VALUE');
            }
          }
        }
      }
      if (exhausted) {
        // Fail closed: a text built to exhaust the budget is reported rather than passed.
        out.push({ entity: 'MEMORIZED_VALUE', start: 0, end: text.length, score: 0.5, rule: 'leak.memorized.budget', record: '' });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
