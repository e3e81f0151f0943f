// Canary tokens: a random marker placed in a protected system prompt. If an answer contains it,
// or a transformed copy (spaced out, re-cased, reversed, base64 or hex encoded, or a long enough
// piece of it), the system prompt leaked.
import { randomInt } from 'node:crypto';
import type { EntityMatch } from '../redact/overlaps.ts';
import { fold, originalSpan } from './normalize.ts';

// 32 symbols without look-alikes (no 0/o, 1/l): each symbol carries 5 bits.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export interface CanaryOptions {
  /** Letters that mark the canary as Bulwark's; default `bwk`. */
  readonly prefix?: string;
  /** Random symbols; default 20 (100 bits), at least 16. */
  readonly length?: number;
}

/** A fresh canary such as `bwk-7hq2x…`; 100 random bits by default, from node:crypto. */
export function generateCanary(options: CanaryOptions = {}): string {
  const prefix = options.prefix ?? 'bwk';
  const length = options.length ?? 20;
  if (!/^[a-z]{2,12}$/.test(prefix)) throw new RangeError('canary: prefix must be 2-12 lower-case letters');
  if (!Number.isInteger(length) || length < 16 || length > 64) throw new RangeError('canary: length must be 16-64');
  let body = '';
  for (let i = 0; i < length; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${body}`;
}

export type CanaryTransform = 'verbatim' | 'case' | 'spaced' | 'reversed' | 'base64' | 'hex' | 'partial';

export interface CanaryMatch extends EntityMatch {
  readonly entity: 'CANARY';
  readonly transform: CanaryTransform;
  /** Index of the canary (in the configured list) that leaked. */
  readonly canary: number;
}

export interface CanaryDetectorConfig {
  readonly canaries: readonly string[];
  /** Shortest piece of a canary (in letters and digits) that counts as a leak; default 12 (60 bits). */
  readonly minPartial?: number;
}

export interface CanaryDetector {
  readonly holdBack: number;
  detect(text: string): CanaryMatch[];
}

const ENCODED = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Fa-f])/g;

export function createCanaryDetector(config: CanaryDetectorConfig): CanaryDetector {
  const minPartial = config.minPartial ?? 12;
  if (!Number.isInteger(minPartial) || minPartial < 8) throw new RangeError('canary: minPartial must be at least 8');
  if (config.canaries.length === 0) throw new RangeError('canary: at least one canary is required');
  const cores = config.canaries.map((c) => {
    const core = fold(c).text;
    if (core.length < minPartial) throw new RangeError('canary: each canary needs at least minPartial letters and digits');
    // Every window of minPartial symbols, forwards and reversed: any of them in the output is a leak.
    const pieces = new Set<string>();
    const reversed = [...core].reverse().join('');
    for (let i = 0; i + minPartial <= core.length; i++) {
      pieces.add(core.slice(i, i + minPartial));
      pieces.add(reversed.slice(i, i + minPartial));
    }
    return { raw: c, core, reversed, pieces };
  });
  const longest = Math.max(...cores.map((c) => c.raw.length));

  /** Canary hits in folded text; `where` maps folded offsets back to the original text. */
  function search(folded: string, onHit: (canary: number, from: number, to: number, kind: 'full' | 'reversed' | 'partial') => void): void {
    cores.forEach((c, idx) => {
      let whole = false;
      for (const [needle, kind] of [[c.core, 'full'], [c.reversed, 'reversed']] as const) {
        for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
          onHit(idx, at, at + needle.length, kind);
          whole = true;
        }
      }
      if (whole) return;
      // Partial copies: find a window, then grow it forwards while it still matches a piece.
      for (let i = 0; i + minPartial <= folded.length; ) {
        if (c.pieces.has(folded.slice(i, i + minPartial))) {
          let end = i + minPartial;
          while (end < folded.length && (c.core.includes(folded.slice(i, end + 1)) || c.reversed.includes(folded.slice(i, end + 1)))) end++;
          onHit(idx, i, end, 'partial');
          i = end;
        } else {
          i++;
        }
      }
    });
  }

  function decodedHits(text: string, re: RegExp, encoding: 'base64' | 'hex', out: CanaryMatch[]): void {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const run = m[0];
      const bytes =
        encoding === 'hex'
          ? Buffer.from(run, 'hex')
          : Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      const decoded = fold(bytes.toString('latin1')).text;
      let hit = false;
      search(decoded, () => {
        hit = true;
      });
      if (hit) {
        const idx = cores.findIndex((c) => decoded.includes(c.core) || decoded.includes(c.reversed));
        out.push({
          entity: 'CANARY',
          start: m.index,
          end: m.index + run.length,
          score: idx === -1 ? 0.9 : 1,
          rule: `leak.canary.${encoding}`,
          transform: encoding,
          canary: Math.max(idx, 0),
        });
      }
    }
  }

  return {
    // A spaced-out canary ("b w k - 7 h …") takes about twice its length.
    holdBack: Math.max(64, 2 * longest + 8),
    detect(text) {
      const out: CanaryMatch[] = [];
      const f = fold(text);
      search(f.text, (canary, from, to, kind) => {
        const span = originalSpan(f, from, to, text);
        const original = text.slice(span.start, span.end);
        const raw = cores[canary]?.raw ?? '';
        const transform: CanaryTransform =
          kind === 'reversed' ? 'reversed'
          : kind === 'partial' ? 'partial'
          : original === raw ? 'verbatim'
          : original.toLowerCase() === raw.toLowerCase() ? 'case'
          : 'spaced';
        const score = kind === 'partial' ? Math.min(1, 0.6 + (0.4 * (to - from)) / (cores[canary]?.core.length ?? 1)) : 1;
        out.push({ entity: 'CANARY', ...span, score, rule: `leak.canary.${transform}`, transform, canary });
      });
      decodedHits(text, ENCODED, 'base64', out);
      decodedHits(text, HEX, 'hex', out);
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
