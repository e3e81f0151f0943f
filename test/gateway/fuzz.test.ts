// Fuzzes the request parser and validation: whatever arrives, the answer is a 4xx with a catalogue
// code or a valid answer — never a crash, a hang or a 500.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors/catalogue.ts';
import { jsonDepth } from '../../src/server/json-body.ts';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';

const ROUTES = ['/v1/chat/completions', '/v1/completions', '/v1/embeddings', '/v1/predict/demo-fraud'];

describe('request parser fuzzing', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.close();
  });

  async function send(route: string, payload: string | Buffer, contentType = 'application/json') {
    const r = await t.gw.app.inject({ method: 'POST', url: route, payload, headers: { 'content-type': contentType, authorization: `Bearer ${t.key}` } });
    expect(r.statusCode, r.body.slice(0, 200)).toBeLessThan(500);
    if (r.statusCode >= 400) {
      const body = JSON.parse(r.body) as { error: { code: string } };
      expect(Object.keys(ERRORS)).toContain(body.error.code);
    } else {
      expect(() => JSON.parse(r.body)).not.toThrow();
    }
    expect(r.headers['x-request-id']).toBeTruthy();
  }

  const message = fc.record({
    role: fc.oneof(fc.constantFrom('user', 'system', 'assistant', 'tool', 'developer'), fc.string()),
    content: fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.array(fc.record({ type: fc.constantFrom('text', 'image_url', 'x'), text: fc.string() }))),
  });
  const chatLike = fc.record(
    {
      model: fc.oneof(fc.constantFrom('demo-chat', 'demo-fraud', ''), fc.string(), fc.integer()),
      messages: fc.oneof(fc.array(message, { maxLength: 5 }), fc.string(), fc.constant(null)),
      stream: fc.oneof(fc.boolean(), fc.string()),
      max_tokens: fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double()),
      prompt: fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })),
      input: fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.string()))),
      inputs: fc.array(fc.dictionary(fc.string(), fc.double()), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

  it('answers structured but wrong requests with 4xx or a valid answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), chatLike, async (route, body) => send(route, JSON.stringify(body))),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary JSON values and raw bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ROUTES), fc.jsonValue(), async (route, v) => send(route, JSON.stringify(v) ?? 'null')), { numRuns: 100 });
    await fc.assert(fc.asyncProperty(fc.constantFrom(...ROUTES), fc.uint8Array({ maxLength: 300 }), async (route, bytes) => send(route, Buffer.from(bytes))), { numRuns: 100 });
  });

  it('survives truncated JSON, invalid UTF-8, deep nesting and huge strings', async () => {
    const valid = JSON.stringify({ model: 'demo-chat', messages: [{ role: 'user', content: 'hello é 😀' }] });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length }), async (cut) => send('/v1/chat/completions', valid.slice(0, cut))),
      { numRuns: 60 },
    );
    const bytes = Buffer.from(valid);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), fc.constantFrom(0x80, 0xc3, 0xed, 0xff, 0xf8), async (at, b) => {
        const copy = Buffer.from(bytes);
        copy[at] = b;
        await send('/v1/chat/completions', copy);
      }),
      { numRuns: 60 },
    );
    for (const depth of [31, 32, 33, 500, 50_000]) await send('/v1/chat/completions', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    await send('/v1/chat/completions', JSON.stringify({ model: 'demo-chat', messages: [{ role: 'user', content: 'x'.repeat(900_000) }] }));
    await send('/v1/chat/completions', JSON.stringify({ model: 'demo-chat', messages: Array.from({ length: 5000 }, () => ({ role: 'user', content: 'x' })) }));
    await send('/v1/chat/completions', '"\\ud800"');
    await send('/v1/chat/completions', valid, 'application/json; charset=latin1');
  });

  it('measures JSON depth correctly around strings and escapes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        const depthOf = (x: unknown): number => (typeof x === 'object' && x !== null ? 1 + Math.max(0, ...Object.values(x).map(depthOf)) : 0);
        expect(jsonDepth(Buffer.from(text), 1000)).toBe(depthOf(v));
      }),
      { numRuns: 300 },
    );
  });
});
