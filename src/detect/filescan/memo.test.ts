import { describe, expect, it } from 'vitest';
import type { EntityMatch } from '../redact/overlaps.ts';
import { MEMO_MAX_VALUE, MatchMemo } from './memo.ts';

/** A detector that counts its calls and finds "x" wherever it is. */
function counting(): { detect: (v: string) => EntityMatch[]; calls: () => number } {
  let calls = 0;
  return {
    detect(v) {
      calls++;
      const at = v.indexOf('x');
      return at < 0 ? [] : [{ entity: 'X', start: at, end: at + 1, score: 1, rule: 'test.x' }];
    },
    calls: () => calls,
  };
}

describe('match memo', () => {
  it('detects a repeated value of a repeating field once', () => {
    const d = counting();
    const memo = new MatchMemo(d.detect);
    for (let i = 0; i < 20_000; i++) expect(memo.matches('town', i % 2 === 0 ? 'Oxford' : 'Leeds')).toHaveLength(i % 2 === 0 ? 1 : 0);
    expect(d.calls()).toBe(2);
  });
  it('gives the same matches in a field of unique values, whether or not it remembers them', () => {
    const d = counting();
    const memo = new MatchMemo(d.detect);
    for (let i = 0; i < 20_000; i++) {
      const v = `id-${i}${i % 3 === 0 ? 'x' : ''}`;
      expect(memo.matches('id', v)).toEqual(d.detect(v));
    }
  });
  it('never remembers long values', () => {
    const d = counting();
    const memo = new MatchMemo(d.detect);
    const long = 'y'.repeat(MEMO_MAX_VALUE + 1);
    memo.matches('text', long);
    memo.matches('text', long);
    expect(d.calls()).toBe(2);
  });
  it('takes a field back when it starts repeating', () => {
    const d = counting();
    const memo = new MatchMemo(d.detect);
    for (let i = 0; i < 10_000; i++) memo.matches('code', `c${i}`);
    const before = d.calls();
    for (let i = 0; i < 20_000; i++) memo.matches('code', 'same');
    // Detected again at most until the next probe of the field (a few thousand values).
    expect(d.calls() - before).toBeLessThan(5000);
  });
});
