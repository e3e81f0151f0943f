// Token estimates with the real o200k/cl100k tokenizers: message overhead, the completion
// reservation, routes without tokens, and the cap on tokenizing huge inputs.
import { beforeAll, describe, expect, it } from 'vitest';
import { TokenEstimator, loadTokenCounter } from '../../src/limits/tokens.ts';
import type { TextSegment } from '../../src/pipeline/types.ts';

const seg = (text: string, i = 0): TextSegment => ({ location: `messages[${i}].content`, role: 'user', text });

describe('token estimate', () => {
  let count: (t: string) => number;
  beforeAll(async () => {
    count = await loadTokenCounter('o200k_base');
  });

  it('counts with a real BPE vocabulary, not characters', async () => {
    expect(count('hello world')).toBe(2);
    const cl = await loadTokenCounter('cl100k_base');
    // The two vocabularies split non-English text differently.
    const text = 'Привет, как дела? これはテストです。';
    expect(cl(text)).not.toBe(count(text));
  });

  it('adds per-message overhead and the completion the request asks for', () => {
    const est = new TokenEstimator(count, 200_000, 256);
    const body = { model: 'm', messages: [{ role: 'user', content: 'hello world' }], max_tokens: 50 };
    expect(est.estimate('chat', body, [seg('hello world')])).toEqual({ prompt: 2 + 3 + 3, completion: 50, total: 58 });
    // max_completion_tokens wins over max_tokens; n multiplies; absent: the default.
    expect(est.estimate('chat', { ...body, max_completion_tokens: 10, n: 3 }, [seg('hello world')]).completion).toBe(30);
    expect(est.estimate('chat', { model: 'm', messages: [] }, []).completion).toBe(256);
  });

  it('reads client numbers defensively (the limit stage runs before validation)', () => {
    const est = new TokenEstimator(count, 200_000, 100);
    for (const bad of [-5, 1.5, '1000', null, 1e300]) {
      const c = est.estimate('completions', { max_tokens: bad }, []).completion;
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(10_000_000);
    }
  });

  it('charges nothing for predict; embeddings have no completion', () => {
    const est = new TokenEstimator(count, 200_000, 256);
    expect(est.estimate('predict', { features: [1, 2] }, []).total).toBe(0);
    expect(est.estimate('embeddings', { input: 'hello world' }, [seg('hello world')])).toEqual({ prompt: 2, completion: 0, total: 2 });
  });

  it('tokenizes at most max_chars and extrapolates the rest, so a huge body is charged but cheap', () => {
    const unit = 'The quick brown fox jumps over the lazy dog. ';
    const huge = unit.repeat(100_000); // 4.5 MB
    let tokenized = 0;
    const counting = (t: string) => {
      tokenized += t.length;
      return count(t);
    };
    const estimate = new TokenEstimator(counting, 50_000, 0).promptTokens([seg(huge), seg(unit, 1)]);
    expect(tokenized).toBe(50_000);
    const exact = (count(unit.repeat(1_000)) * 100_001) / 1_000;
    expect(Math.abs(estimate - exact) / exact).toBeLessThan(0.01);
  });
});
