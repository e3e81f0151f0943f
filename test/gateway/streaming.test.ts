import { describe, expect, it } from 'vitest';
import { mockPolicy, startTestGateway, useMockGateway } from '../support/gateway.ts';

const streamReq = { model: 'mock-chat', stream: true, messages: [{ role: 'user', content: 'hi' }] };

async function readEvents(r: Response, onChunk?: (text: string, at: number) => void): Promise<string> {
  const reader = r.body!.getReader();
  const dec = new TextDecoder();
  let all = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const text = dec.decode(value, { stream: true });
    onChunk?.(text, performance.now());
    all += text;
  }
  return all;
}

describe('streamed answers', () => {
  const fx = useMockGateway((base) => mockPolicy(base));


  it('passes chunks through as they arrive, not buffered', async () => {
    fx.up.mode = { kind: 'stream', chunks: ['one ', 'two ', 'three ', 'four'], delayMs: 150 };
    const started = performance.now();
    const r = await fx.t.post('/v1/chat/completions', streamReq);
    expect(r.headers.get('content-type')).toContain('text/event-stream');
    const arrivals: number[] = [];
    const all = await readEvents(r, (text, at) => {
      if (text.includes('"content"')) arrivals.push(at - started);
    });
    expect(all).toContain('data: [DONE]');
    // The first content arrives long before the upstream has finished (4 × 150 ms).
    expect(arrivals[0]!).toBeLessThan(400);
    expect(arrivals.length).toBeGreaterThanOrEqual(3);
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThan(300);
  });

  it('ends the stream with an error event when the upstream fails mid-stream', async () => {
    fx.up.mode = { kind: 'stream', chunks: ['a', 'b', 'c', 'd'], delayMs: 20, failAfter: 2 };
    const r = await fx.t.post('/v1/chat/completions', streamReq);
    expect(r.status).toBe(200);
    const all = await readEvents(r);
    const last = all.trim().split('\n\n').at(-1)!;
    const err = JSON.parse(last.replace(/^data: /, '')) as { error: { code: string } };
    expect(err.error.code).toMatch(/^BULWARK_E_UPSTREAM_/);
  });

  it('stops the upstream when the client goes away', async () => {
    fx.up.mode = { kind: 'stream', chunks: Array.from({ length: 50 }, (_, i) => `w${i} `), delayMs: 20 };
    const before = fx.up.aborted;
    const ac = new AbortController();
    const r = await fetch(`${fx.t.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fx.t.key}` },
      body: JSON.stringify(streamReq),
      signal: ac.signal,
    });
    const reader = r.body!.getReader();
    await reader.read();
    ac.abort();
    await new Promise((res) => setTimeout(res, 300));
    expect(fx.up.aborted).toBe(before + 1);
  });

  it('buffers and checks the whole answer when an output guard is configured', async () => {
    const guarded = await startTestGateway(
      mockPolicy(fx.up.baseUrl, '  - id: auth.api_key\n  - id: scan.banned\n    config: { stage: scan_output, substrings: ["forbidden-word"] }\n'),
    );
    try {
      fx.up.mode = { kind: 'stream', chunks: ['this is ', 'a forbid', 'den-word ', 'leak'] };
      const r = await guarded.post('/v1/chat/completions', streamReq);
      expect(r.status).toBe(400);
      const body = (await r.json()) as { error: { code: string; findings: Array<{ rule: string }> } };
      expect(body.error.code).toBe('BULWARK_E_POLICY_BLOCKED');
      expect(JSON.stringify(body)).not.toContain('forbidden-word');
      fx.up.mode = { kind: 'stream', chunks: ['all ', 'fine'] };
      const ok = await guarded.post('/v1/chat/completions', streamReq);
      expect(await readEvents(ok)).toContain('fine');
    } finally {
      await guarded.close();
    }
  });

  it('checks a last event that the upstream did not close with a blank line (buffered and incremental)', async () => {
    const chunk = (content: string) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'mock', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}`;
    const body = `${chunk('this is ')}\n\n${chunk('a forbidden-word leak')}`;
    const policies = [
      '  - id: auth.api_key\n  - id: scan.banned\n    config: { stage: scan_output, substrings: ["forbidden-word"] }\n',
      '  - id: auth.api_key\n  - id: scan.secrets\n    config: { stage: scan_output, default_action: block }\n',
    ];
    for (const extra of policies) {
      const guarded = await startTestGateway(mockPolicy(fx.up.baseUrl, extra));
      try {
        fx.up.mode = { kind: 'raw-sse', body: extra.includes('banned') ? body : `${chunk('key: ')}\n\n${chunk('ghp_x7Kq2mN9pL4vR8sT1wY6zB3cD5fG0hJ2kL9a')}` };
        const r = await guarded.post('/v1/chat/completions', streamReq);
        const text = r.status === 200 ? await readEvents(r) : await r.text();
        expect(text).not.toContain('forbidden-word');
        expect(text).not.toContain('ghp_x7Kq2mN9pL4vR8sT1wY6zB3cD5fG0hJ2kL9a');
        expect(text).toContain('BULWARK_E_POLICY_BLOCKED');
      } finally {
        await guarded.close();
      }
    }
  });

  it('ends the stream with an error event when one upstream event is larger than the bound', async () => {
    const guarded = await startTestGateway(mockPolicy(fx.up.baseUrl, '  - id: auth.api_key\n  - id: scan.secrets\n    config: { stage: scan_output, default_action: block }\n'));
    try {
      fx.up.mode = { kind: 'raw-sse', body: `data: {"choices":[{"index":0,"delta":{"content":"${'x'.repeat(1_100_000)}` };
      const r = await guarded.post('/v1/chat/completions', streamReq);
      const text = await readEvents(r);
      expect(text).toContain('BULWARK_E_UPSTREAM_BAD_RESPONSE');
      expect(text).not.toContain('xxxxxxxxxx');
    } finally {
      await guarded.close();
    }
  });
});
