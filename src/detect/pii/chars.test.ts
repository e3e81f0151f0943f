import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AT, COLON, DIGIT, HYPHEN, LOWER, NON_ASCII, PERIOD, SLASH, UPPER, charKinds, hasKinds } from './chars.ts';
import { builtInRecognizers } from './detector.ts';

describe('character kinds', () => {
  it('records each kind present', () => {
    expect(charKinds('')).toBe(0);
    expect(charKinds('abc def')).toBe(LOWER);
    expect(charKinds('Jane.Doe@x-y.org/1:2')).toBe(UPPER | LOWER | PERIOD | AT | HYPHEN | SLASH | DIGIT | COLON);
    expect(charKinds('Zoë ٣')).toBe(UPPER | LOWER | NON_ASCII);
  });
  it('finds the same kinds in long texts, by native searches (property)', () => {
    const reference = (t: string): number => {
      let k = 0;
      for (const ch of t) k |= ch.charCodeAt(0) >= 128 ? NON_ASCII : charKinds(ch);
      return k;
    };
    const unit = fc.constantFrom('a', 'Z', '7', '@', ':', '/', '.', '-', ' ', '\n', 'é', 'Ω', '😀', '＠', '\u0000', '\u007f', '\u0080');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 100, maxLength: 400 }), (t) => {
        expect(charKinds(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });
  it('needs every entry, any kind within one', () => {
    expect(hasKinds(DIGIT | AT, [AT])).toBe(true);
    expect(hasKinds(DIGIT, [AT | DIGIT, COLON])).toBe(false);
    expect(hasKinds(DIGIT | COLON, [AT | DIGIT, COLON])).toBe(true);
  });
});

// The characters the gates look for, look-alikes from other scripts, and anything at all.
const piece = fc.constantFrom(
  '@', ':', '//', '/', '.', '-', '0', '1', '3', '42', '1.2', 'bc1', 'BC1', '0x', 'ab', 'AB', 'GB82', 'DEUTDE', 'ABCDEF', ' ', '\n',
  'Ω', 'é', 'ß', '٣', '１', '：', '＠', 'ſ', 'K', '12 Elm', 'Apt 4', 'fe:dc:', 'aa-bb-', '.abcd.', 'x',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('context words', () => {
  // The detector skips the shared context test on texts without a letter.
  it('each hold an ASCII letter', () => {
    for (const r of builtInRecognizers()) for (const w of r.context ?? []) expect(/[A-Za-z]/.test(w), `${r.id}: ${w}`).toBe(true);
  });
});

describe('recogniser gate needs', () => {
  const recognizers = builtInRecognizers().filter((r) => r.gateNeeds !== undefined);
  it('are declared only next to a gate', () => {
    for (const r of recognizers) expect(r.gate, r.id).toBeDefined();
    expect(recognizers.length).toBeGreaterThan(5);
  });
  it('a text lacking the declared kinds fails the gate (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const kinds = charKinds(t);
        for (const r of recognizers) {
          if (hasKinds(kinds, r.gateNeeds ?? [])) continue;
          expect(r.gate?.test(t), `${r.id} on ${JSON.stringify(t)}`).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
