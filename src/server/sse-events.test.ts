import { describe, expect, it } from 'vitest';
import { BulwarkError } from '../errors/catalogue.ts';
import { SseEvents } from './sse-events.ts';

const enc = (s: string) => new TextEncoder().encode(s);

function read(chunks: readonly (Uint8Array | string)[], opts: ConstructorParameters<typeof SseEvents>[1] = { oversize: 'fail' }): string[] {
  const got: string[] = [];
  const ev = new SseEvents((d) => got.push(d), opts);
  for (const c of chunks) ev.push(c);
  ev.end();
  return got;
}

describe('SseEvents', () => {
  const stream = 'data: {"a":"héllo ✓"}\r\n\r\n: a comment\n\nevent: x\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n';
  const want = ['{"a":"héllo ✓"}', 'line one\nline two', '[DONE]'];

  it('reads the same events however the bytes are split, multi-byte characters included', () => {
    const bytes = enc(stream);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(read([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(want);
    }
    expect(read([...bytes].map((b) => Uint8Array.of(b)))).toEqual(want);
  });

  it('delivers a last event that has no closing blank line at the end', () => {
    expect(read(['data: {"x":1}\n\ndata: {"secret":"tail"}'])).toEqual(['{"x":1}', '{"secret":"tail"}']);
  });

  it('fails on an event longer than the bound instead of buffering it', () => {
    const ev = new SseEvents(() => {}, { oversize: 'fail', maxChars: 1000 });
    expect(() => {
      for (let i = 0; i < 100; i++) ev.push(`data: ${'x'.repeat(100)}`);
    }).toThrow(BulwarkError);
  });

  it('in skip mode drops the oversized event and reads the next one', () => {
    const got = read([`data: ${'y'.repeat(3000)}`, `${'y'.repeat(3000)}\n\n`, 'data: after\n\n'], { oversize: 'skip', maxChars: 1000 });
    expect(got).toEqual(['after']);
  });
});
