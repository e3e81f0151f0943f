import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSentences, planWindows } from './windows.ts';

const spans = (p: { starts: readonly number[]; ends: readonly number[] }): (readonly [number, number])[] => p.starts.map((s, i) => [s, p.ends[i] as number] as const);

describe('planSentences', () => {
  it('splits at sentence ends and line breaks, merging short sentences forward', () => {
    const text = 'hello there. this is the first real sentence of the text! ok? and here is a second long sentence to score.\nbye';
    const got = spans(planSentences(text, text.length, 100, 1024)).map(([a, b]) => text.slice(a, b));
    expect(got).toEqual(['hello there. this is the first real sentence of the text!', ' ok? and here is a second long sentence to score.\nbye']);
  });

  it('returns nothing for a single sentence: its window already scores it alone', () => {
    const t = 'just one sentence that goes on for a while without ending';
    expect(planSentences(t, t.length, 100, 1024).starts).toEqual([]);
  });

  it('leaves spans longer than the window to the windows, and stops at the maximum count', () => {
    const long = `${'word '.repeat(300)}. `;
    const text = `${'a sentence of some forty-odd characters here. '.repeat(10)}${long}tail sentence that is long enough to stand alone.`;
    const p = spans(planSentences(text, text.length, 100, 1024));
    expect(p.every(([a, b]) => b - a <= 1024)).toBe(true);
    expect(p.some(([a]) => text.slice(a).trimStart().startsWith('tail'))).toBe(true);
    expect(planSentences(text, text.length, 3, 1024).starts).toHaveLength(3);
  });

  it('yields ordered, disjoint spans inside the text (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('word', 'another', '.', '!', '?', '\n', ' ', 'x'), { maxLength: 400 }), fc.integer({ min: 2, max: 50 }), (parts, max) => {
      const text = parts.join(' ');
      const p = spans(planSentences(text, text.length, max, 200));
      expect(p.length).toBeLessThanOrEqual(max);
      let last = 0;
      for (const [a, b] of p) {
        expect(a).toBeGreaterThanOrEqual(last);
        expect(b).toBeGreaterThan(a);
        expect(b - a).toBeLessThanOrEqual(200);
        expect(b).toBeLessThanOrEqual(text.length);
        last = b;
      }
    }));
  });
});

describe('planWindows', () => {
  it('uses one window up to one and a half window sizes, then overlapping windows', () => {
    expect(planWindows('x'.repeat(1500), 1500, 1024, 512).starts).toEqual([0]);
    const w = planWindows('word '.repeat(1000), 5000, 1024, 512);
    expect(w.starts.length).toBeGreaterThan(5);
    expect(w.ends[w.ends.length - 1]).toBe(5000);
  });
});
