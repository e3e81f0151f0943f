import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtInRecognizers } from './detector.ts';
import { digitChains } from './digits.ts';
import type { Candidate } from './recognizer.ts';

describe('digit chains', () => {
  it('counts digits at most one, or six, characters apart', () => {
    expect(digitChains('no digits here')).toEqual({ tight: 0, loose: 0 });
    expect(digitChains('card 4111 1111 1111 1111 ok')).toEqual({ tight: 16, loose: 16 });
    expect(digitChains('in 2019 and 35 people')).toEqual({ tight: 4, loose: 6 });
    expect(digitChains('+41 (0)62 585 51 90')).toEqual({ tight: 10, loose: 12 });
    expect(digitChains('555-1234 ext. 12')).toEqual({ tight: 7, loose: 9 });
  });
});

// Digits, the separators identifiers use, letters and words that cue context.
const piece = fc.constantFrom('0', '1', '4', '5', '7', '9', ' ', '-', '.', '(', ')', '+', 'x', 'ext. ', '#', '/', 'A', 'B', 'Z', 'k', 'ssn ', 'phone ', 'card ', 'DE', 'GB', 'MRN ', 'DNI ', 'routing ', 'born ', '\n');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

describe('recogniser declarations', () => {
  const recognizers = builtInRecognizers();
  it('every match holds the digits its recogniser declares in minDigits (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const chains = digitChains(t);
        for (const r of recognizers) {
          if (r.minDigits === undefined) continue;
          const out: Candidate[] = [];
          r.find(t, out);
          if (out.length > 0) expect((r.minDigits.maxGap === 1 ? chains.tight : chains.loose) >= r.minDigits.count, `${r.id} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('no recogniser proposes more than its maxScore (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const r of recognizers) {
          const out: Candidate[] = [];
          r.find(t, out);
          for (const c of out) expect(c.score, r.id).toBeLessThanOrEqual(r.maxScore ?? 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
