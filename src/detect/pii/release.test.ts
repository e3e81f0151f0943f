// The PII detector's stream release point: plain English is released word by word, while names,
// addresses and identifiers still growing at the end are held whole. The property: releasing at
// that point never splits a match the detector finds in the complete text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPiiDetector } from './index.ts';

const pii = createPiiDetector();
const cutAt = (text: string) => pii.releasableUpTo(text);

describe('PII stream release point', () => {
  it('releases plain English up to the last pair of ordinary words', () => {
    const t = 'thanks for asking, the refund was sent and it should arrive by';
    expect(t.slice(0, cutAt(t))).toBe('thanks for asking, the refund was sent and it should arrive ');
  });

  it('holds a name, an address or an identifier that may still grow', () => {
    for (const [text, held] of [
      ['the letter was addressed to Jane', 'to Jane'],
      ['please send it to 742 evergreen', '742 evergreen'],
      ['you can reach her on +1 415 555', 'on +1 415 555'],
      ['my name is višeslav', 'višeslav'],
      ['the patient named john', 'john'],
      ['mail the form to jane.roe@exam', 'to jane.roe@exam'],
    ] as const) {
      expect(text.slice(cutAt(text)), text).toContain(held);
    }
  });

  it('never releases part of a match the complete text has (property)', () => {
    const plain = ['the', 'refund', 'was', 'sent', 'and', 'we', 'will', 'call', 'you', 'about', 'it', 'today', 'please', 'check'];
    const values = ['Jane Roe', 'jane.roe@example.org', '+1 415 555 0100', '4111 1111 1111 1111', '221B Baker Street, London', 'Dr. Ludwig van Beethoven', '536-22-8714', 'my name is višeslav kleist'];
    const word = fc.oneof(fc.constantFrom(...plain), fc.constantFrom(...values));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 25 }), fc.nat(), (words, at) => {
        const text = words.join(' ');
        const prefix = text.slice(0, at % (text.length + 1));
        const cut = cutAt(prefix);
        for (const m of pii.detect(text)) {
          // A match in the full text may not straddle the released boundary.
          expect(m.start < cut && m.end > cut, `${m.entity} [${m.start},${m.end}) cut at ${cut} in "${prefix}"`).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
