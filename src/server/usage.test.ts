import { describe, expect, it } from 'vitest';
import { SseUsageWatcher, usageOf } from './usage.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('usageOf', () => {
  it('keeps valid counts only', () => {
    expect(usageOf({ prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 })).toEqual({ promptTokens: 3, completionTokens: 5, totalTokens: 8 });
    expect(usageOf({ prompt_tokens: 4, total_tokens: 4 })).toEqual({ promptTokens: 4, totalTokens: 4 });
    expect(usageOf({ prompt_tokens: -1, completion_tokens: 1.5, total_tokens: '9' })).toBeUndefined();
    expect(usageOf(null)).toBeUndefined();
    expect(usageOf([1, 2])).toBeUndefined();
  });
});

describe('SseUsageWatcher', () => {
  it('finds the usage event even when chunks split it anywhere', () => {
    const stream =
      'data: {"choices":[{"index":0,"delta":{"content":"hi"}}],"usage":null}\n\n' +
      'data: {"choices":[],"usage": {"prompt_tokens":3,"completion_tokens":27,"total_tokens":30}}\r\n\r\n' +
      'data: [DONE]\n\n';
    const bytes = enc(stream);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const w = new SseUsageWatcher();
      w.push(bytes.slice(0, cut));
      w.push(bytes.slice(cut));
      expect(w.usage).toEqual({ promptTokens: 3, completionTokens: 27, totalTokens: 30 });
    }
  });

  it('skips an over-long event arriving in pieces without buffering it, and ignores data that is not JSON', () => {
    const w = new SseUsageWatcher();
    w.push(enc('data: {"usage":{"total_tokens":1},"pad":"'));
    for (let i = 0; i < 10; i++) w.push(enc('x'.repeat(4000)));
    w.push(enc('"}\n\n'));
    w.push(enc('data: {"usage":{ not json\n\n'));
    expect(w.usage).toBeUndefined();
    w.push(enc('data: {"choices":[],"usage":{"total_tokens":12}}\n\n'));
    expect(w.usage).toEqual({ totalTokens: 12 });
  });
});
