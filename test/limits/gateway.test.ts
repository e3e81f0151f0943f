// limit.rate in a running gateway (memory backend): 429 with code, Retry-After and the draft
// RateLimit fields; the fields on every response; token reconcile; concurrency freed on abort.
import { describe, expect, it } from 'vitest';
import { mockPolicy, useMockGateway } from '../support/gateway.ts';

const guards = (limits: string) => `  - id: auth.api_key
  - id: authz.scope
  - id: limit.rate
    config:
${limits}
  - id: validate.request
`;

const chat = (extra: Record<string, unknown> = {}) => ({ model: 'mock-chat', messages: [{ role: 'user', content: 'hello world' }], ...extra });

/** `"name";r=…;t=…` items of a RateLimit field, by policy name. */
function remaining(field: string | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of (field ?? '').split(',')) {
    const m = /"([^"]+)";r=(\d+)/.exec(item.trim());
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

const settled = () => new Promise((r) => setTimeout(r, 100));

describe('limit.rate: requests per minute, headers on every response', () => {
  const fx = useMockGateway((url) => mockPolicy(url, guards('      limits:\n        key: { requests_per_minute: 3, requests_per_day: 1000 }')));

  it('answers 429 with a code, Retry-After and RateLimit fields once the key is over its limit', async () => {
    const seen: Response[] = [];
    for (let i = 0; i < 4; i++) seen.push(await fx.t.post('/v1/chat/completions', chat()));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const ok = seen[0]!;
    expect(ok.headers.get('ratelimit-policy')).toBe('"key.requests_per_minute";q=3;w=60, "key.requests_per_day";q=1000;w=86400');
    expect(remaining(ok.headers.get('ratelimit'))).toEqual(new Map([['key.requests_per_minute', 2], ['key.requests_per_day', 999]]));
    expect(ok.headers.get('ratelimit')).toMatch(/"key.requests_per_minute";r=2;t=\d+/);
    const limited = seen[3]!;
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-policy')).toContain('"key.requests_per_minute";q=3;w=60');
    expect(remaining(limited.headers.get('ratelimit')).get('key.requests_per_minute')).toBe(0);
    const body = (await limited.json()) as { error: { code: string; type: string; findings: Array<{ rule: string; reason: string }> } };
    expect(body.error).toMatchObject({ code: 'BULWARK_E_RATE_LIMITED', type: 'rate_limit_error' });
    expect(body.error.findings).toEqual([expect.objectContaining({ guard: 'limit.rate', rule: 'key.requests_per_minute', reason: 'key limit of 3 requests per minute exceeded' })]);
    // No key material in the answer.
    expect(JSON.stringify(body)).not.toContain(fx.t.key.slice(0, 12));
    expect(fx.up.received.length).toBe(3);
  });
});

describe('limit.rate: fields on a response another stage refused', () => {
  const fx = useMockGateway((url) => mockPolicy(url, guards('      limits:\n        address: { requests_per_minute: 50 }')));

  it('sends RateLimit fields with a 400 from validation', async () => {
    const r = await fx.t.post('/v1/chat/completions', { model: 'mock-chat', messages: 'not a list' });
    expect(r.status).toBe(400);
    expect(r.headers.get('ratelimit-policy')).toBe('"address.requests_per_minute";q=50;w=60');
    expect(remaining(r.headers.get('ratelimit')).get('address.requests_per_minute')).toBe(49);
  });
});

describe('limit.rate: tokens estimated up front, reconciled from usage', () => {
  const fx = useMockGateway((url) => mockPolicy(url, guards('      limits:\n        key: { tokens_per_minute: 2000 }\n      tokens: { default_completion_tokens: 500 }')));

  it('charges the estimate, then keeps only what the upstream reported (8 tokens)', async () => {
    const first = await fx.t.post('/v1/chat/completions', chat());
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"key.tokens_per_minute";q=2000;qu="tokens";w=60');
    const estimate = 2000 - remaining(first.headers.get('ratelimit')).get('key.tokens_per_minute')!;
    // "hello world" is 2 tokens, +3 per message, +3 priming, +500 reserved for the answer.
    expect(estimate).toBe(508);
    await settled();
    const second = await fx.t.post('/v1/chat/completions', chat());
    // The first request's 508 became its 8 used tokens; the second holds its own 508.
    expect(remaining(second.headers.get('ratelimit')).get('key.tokens_per_minute')).toBe(2000 - 8 - 508);
  });

  it('refuses a request whose estimate does not fit, and refunds a failed upstream call', async () => {
    const huge = await fx.t.post('/v1/chat/completions', chat({ max_tokens: 5000 }));
    expect(huge.status).toBe(429);
    const body = (await huge.json()) as { error: { findings: Array<{ rule: string }> } };
    expect(body.error.findings[0]?.rule).toBe('key.tokens_per_minute');
    fx.up.mode = { kind: 'status', status: 500 };
    const before = remaining((await fx.t.post('/v1/chat/completions', chat())).headers.get('ratelimit')).get('key.tokens_per_minute')!;
    await settled();
    fx.up.mode = { kind: 'ok' };
    const after = remaining((await fx.t.post('/v1/chat/completions', chat())).headers.get('ratelimit')).get('key.tokens_per_minute')!;
    // The failed call's charge came back in full: the next one sees the same room minus only itself.
    expect(after).toBe(before);
  });
});

describe('limit.rate: streamed answers reconciled from the usage event', () => {
  const limits = '      limits:\n        key: { tokens_per_minute: 2000 }\n      tokens: { default_completion_tokens: 500 }';
  const usage = { prompt_tokens: 3, completion_tokens: 27, total_tokens: 30 };

  for (const [path, extra] of [
    ['passed through', ''],
    ['scanned as it streams', '  - id: scan.secrets\n    config: { stage: scan_output }\n'],
  ] as const) {
    describe(path, () => {
      const fx = useMockGateway((url) => mockPolicy(url, guards(limits) + extra));

      it('keeps the 30 tokens the stream reported, not the 508 estimated', async () => {
        fx.up.mode = { kind: 'stream', chunks: ['streamed ', 'answer'], usage };
        const first = await fx.t.post('/v1/chat/completions', chat({ stream: true, stream_options: { include_usage: true } }));
        expect(first.status).toBe(200);
        expect(await first.text()).toContain('"total_tokens":30');
        await settled();
        fx.up.mode = { kind: 'ok' };
        const second = await fx.t.post('/v1/chat/completions', chat());
        expect(remaining(second.headers.get('ratelimit')).get('key.tokens_per_minute')).toBe(2000 - 30 - 508);
      });
    });
  }
});

describe('limit.rate: concurrency', () => {
  const fx = useMockGateway((url) => mockPolicy(url, guards('      limits:\n        key: { concurrent: 1 }')));

  it('holds the slot while a stream runs and frees it when the client disconnects mid-stream', async () => {
    fx.up.mode = { kind: 'stream', chunks: Array.from({ length: 200 }, (_, i) => `part${i} `), delayMs: 20 };
    const streaming = await fx.t.post('/v1/chat/completions', chat({ stream: true }));
    expect(streaming.status).toBe(200);
    expect(streaming.headers.get('ratelimit-policy')).toBe('"key.concurrent";q=1;qu="concurrent-requests"');
    const reader = streaming.body!.getReader();
    await reader.read();
    // While it streams, a second request has no slot.
    fx.up.mode = { kind: 'ok' };
    const second = await fx.t.post('/v1/chat/completions', chat());
    expect(second.status).toBe(429);
    expect(((await second.json()) as { error: { findings: Array<{ rule: string }> } }).error.findings[0]?.rule).toBe('key.concurrent');
    expect(second.headers.get('retry-after')).toBe('1');
    // The client goes away mid-stream: settle frees the slot.
    await reader.cancel();
    let third: Response | undefined;
    for (let i = 0; i < 20; i++) {
      await settled();
      third = await fx.t.post('/v1/chat/completions', chat());
      if (third.status === 200) break;
    }
    expect(third?.status).toBe(200);
    // Freed by the disconnect, not by the stream finishing (200 chunks x 20 ms would take 4 s).
    expect(fx.up.aborted).toBe(1);
    await settled();
    // Completed requests free theirs too.
    expect((await fx.t.post('/v1/chat/completions', chat())).status).toBe(200);
  });
});
