import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtInRecognizers } from './detector.ts';
import { digitChains } from './digits.ts';
import type { Candidate } from './recognizer.ts';

describe('digit chains', () => {
  it('counts digits at most one, or six, characters apart', () => {
    expect(digitChains('no digits here')).toEqual({ tight: 0, loose: 0, run: 0 });
    expect(digitChains('card 4111 1111 1111 1111 ok')).toEqual({ tight: 16, loose: 16, run: 4 });
    expect(digitChains('in 2019 and 35 people')).toEqual({ tight: 4, loose: 6, run: 4 });
    expect(digitChains('+41 (0)62 585 51 90')).toEqual({ tight: 10, loose: 12, run: 3 });
    expect(digitChains('555-1234 ext. 12')).toEqual({ tight: 7, loose: 9, run: 4 });
  });
});

/** The definition, written plainly: runs of digits joined while the gap before them is small. */
function referenceChains(text: string): { tight: number; loose: number; run: number } {
  let tight = 0;
  let loose = 0;
  let run = 0;
  let t = 0;
  let l = 0;
  let lastEnd = -100;
  for (const m of text.matchAll(/[0-9]+/g)) {
    const gap = m.index - lastEnd;
    t = gap <= 1 ? t + m[0].length : m[0].length;
    l = gap <= 6 ? l + m[0].length : m[0].length;
    tight = Math.max(tight, t);
    loose = Math.max(loose, l);
    run = Math.max(run, m[0].length);
    lastEnd = m.index + m[0].length;
  }
  return { tight, loose, run };
}

describe('digit chains (property)', () => {
  it('agree with the plain definition on any text', () => {
    const piece = fc.constantFrom('0', '12', '345', ' ', '-', 'ab', '.', '٣', '\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (p) => {
        expect(digitChains(p.join(''))).toEqual(referenceChains(p.join('')));
      }),
      { numRuns: 3000 },
    );
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

// Address and name material: house numbers, street and unit words, Romance prefixes, military mail.
const addressPiece = fc.constantFrom(
  '12', '7', '4a', '90210', '12, ', 'Apt#', ' ', ' ', ',', '.', '#', '\n', 'Elm ', 'Street', 'St.', 'Rd', 'Rue ', 'Via ', 'ul. ', 'Kirkevej', 'hersnapvej',
  'Apt', 'Suite', 'Unit ', 'Box ', 'P.O. ', 'PSC ', 'APO ', 'AE ', 'USS Ohio ', 'North ', 'Maria ', 'de ', 'x', 'é', 'Ärztestraße',
);
const addressText = fc.array(addressPiece, { maxLength: 40 }).map((p) => p.join(''));

describe('recogniser gates', () => {
  const recognizers = builtInRecognizers();
  // Context-only recognisers (maxScore below 1) gate on their context words instead: what they
  // find without one can never be reported.
  it('a recogniser finds nothing in a text its gate rejects (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, addressText), (t) => {
        for (const r of recognizers) {
          if (r.gate === undefined || r.maxScore !== undefined || r.gate.test(t)) continue;
          const out: Candidate[] = [];
          r.find(t, out);
          expect(out, `${r.id} on ${JSON.stringify(t)}`).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
  });
});
