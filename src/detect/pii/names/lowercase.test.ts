import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { introducedAt } from './lowercase.ts';

// The scan introducedAt replaced, kept as the reference: the end of every match.
const INTRO_RE = /(?:my name is|name is|call me|i am|i'm|this is|named|called)[\s,:]*/gi;
function introEnds(text: string): Set<number> {
  const ends = new Set<number>();
  INTRO_RE.lastIndex = 0;
  for (let m = INTRO_RE.exec(text); m !== null; m = INTRO_RE.exec(text)) ends.add(m.index + m[0].length);
  return ends;
}

// Pieces of every phrase in both cases, overlapping phrases, separators (\s beyond ASCII among
// them), and characters that fold to ASCII letters only under Unicode rules (ſ, K).
const piece = fc.constantFrom(
  'my', 'MY', 'name', 'NaMe', 'named', 'is', 'IS', 'i', 'I', 'am', "'m", "i'm", 'call', 'CALL', 'me', 'called', 'this', 'THIS',
  ' ', ' ', ',', ':', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u200b', 'x', 'y', 'd', 'ſ', 'K', '’', 'é', '1',
);
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('introduced words', () => {
  it('agree with the phrase scan at every word start (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ends = introEnds(t);
        for (let at = 0; at < t.length; at++) {
          if (/[\s,:]/.test(t[at] as string)) continue;
          expect(introducedAt(t, at), `${JSON.stringify(t)} at ${at}`).toBe(ends.has(at));
        }
      }),
      { numRuns: 5000 },
    );
  });
  it('skips exactly the characters the scan does (\\s, commas, colons)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/[\s,:]/.test(ch) !== introducedAt(`i am${ch}x`, 5)) expect.fail(`U+${c.toString(16)}`);
    }
  });
  it('sees through spaces, commas and colons', () => {
    const t = 'Hi, my name is: eva and I AM,  ida; this is';
    expect(introducedAt(t, t.indexOf('eva'))).toBe(true);
    expect(introducedAt(t, t.indexOf('ida'))).toBe(true);
    expect(introducedAt(t, t.indexOf('and'))).toBe(false);
  });
});
