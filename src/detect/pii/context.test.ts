import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANTI_CONTEXT_PENALTY, CONTEXT_BOOST, CONTEXT_FLOOR, compileWords, createContextScorer } from './context.ts';
import { resolveOverlaps } from './resolve.ts';
import type { Candidate } from './recognizer.ts';

describe('context scoring', () => {
  const scorer = createContextScorer(['phone', 'call me'], ['order'], 20);
  it('raises a score when a cue word is near, on either side', () => {
    const text = 'phone: 5551234567';
    expect(scorer.adjust(text, 7, 17, 0.3)).toBeCloseTo(Math.max(0.3 + CONTEXT_BOOST, CONTEXT_FLOOR));
    expect(scorer.adjust('5551234567 is my phone', 0, 10, 0.3)).toBeCloseTo(0.65);
  });
  it('matches whole words only and ignores cues outside the window', () => {
    expect(scorer.adjust('telephones 5551234567', 11, 21, 0.3)).toBe(0.3);
    expect(scorer.adjust(`phone${' '.repeat(40)}5551234567`, 45, 55, 0.3)).toBe(0.3);
  });
  it('lowers a score after a look-alike cue', () => {
    expect(scorer.adjust('order 5551234567', 6, 16, 0.7)).toBeCloseTo(0.7 - ANTI_CONTEXT_PENALTY);
  });
  it('escapes regex syntax in cue words', () => {
    const re = compileWords(['d.o.b', 'ss#']);
    expect(re?.test('D.O.B: 1990')).toBe(true);
    expect(re?.test('dxoxb')).toBe(false);
  });
});

describe('overlap resolution', () => {
  const c = (start: number, end: number, score: number, validated = false): Candidate => ({ entity: 'PERSON', start, end, score, validated, rule: 't' });
  it('keeps the higher score, then the validated, then the longer span', () => {
    expect(resolveOverlaps([c(0, 5, 0.6), c(3, 9, 0.9)]).map((x) => x.start)).toEqual([3]);
    expect(resolveOverlaps([c(0, 5, 0.9), c(3, 9, 0.9, true)]).map((x) => x.start)).toEqual([3]);
  });
  it('prefers a comparably confident span that encloses another', () => {
    expect(resolveOverlaps([c(2, 6, 0.9), c(0, 12, 0.8)]).map((x) => [x.start, x.end])).toEqual([[0, 12]]);
    expect(resolveOverlaps([c(2, 6, 0.9), c(0, 12, 0.6)]).map((x) => [x.start, x.end])).toEqual([[2, 6]]);
  });
  it('returns sorted, disjoint spans drawn from the input (property)', () => {
    const cand = fc.record({ start: fc.integer({ min: 0, max: 50 }), len: fc.integer({ min: 1, max: 15 }), score: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(cand, { maxLength: 30 }), (xs) => {
        const input = xs.map((x) => c(x.start, x.start + x.len, x.score));
        const out = resolveOverlaps([...input]);
        for (let i = 1; i < out.length; i++) if ((out[i - 1] as Candidate).end > (out[i] as Candidate).start) return false;
        return out.every((o) => input.includes(o)) && (input.length === 0 || out.length > 0);
      }),
    );
  });
});
