// End to end with the official `openai` npm client pointed at Bulwark.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';

describe('official openai client', () => {
  let t: TestGateway;
  let client: OpenAI;
  beforeAll(async () => {
    t = await startTestGateway();
    client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('completes a chat', async () => {
    const r = await client.chat.completions.create({ model: 'demo-chat', messages: [{ role: 'user', content: 'Say hello to Bulwark' }] });
    expect(r.choices[0]!.message.content).toBe('hello to Bulwark');
    expect(r.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams a chat', async () => {
    const stream = await client.chat.completions.create({ model: 'demo-chat', stream: true, messages: [{ role: 'user', content: 'Repeat: the quick brown fox' }] });
    const parts: string[] = [];
    for await (const chunk of stream) parts.push(chunk.choices[0]?.delta?.content ?? '');
    expect(parts.filter(Boolean).length).toBeGreaterThan(2);
    expect(parts.join('')).toBe('the quick brown fox');
  });

  it('lists models and raises typed errors', async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id).sort()).toEqual(['demo-chat', 'demo-fraud']);
    await expect(client.chat.completions.create({ model: 'missing', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    const anon = new OpenAI({ apiKey: 'bwk_wrong', baseURL: `${t.url}/v1`, maxRetries: 0 });
    await expect(anon.chat.completions.create({ model: 'demo-chat', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('surfaces a mid-stream upstream failure as an error', async () => {
    const up: MockUpstream = await startMockUpstream({ kind: 'stream', chunks: ['a ', 'b ', 'c ', 'd '], delayMs: 10, failAfter: 2 });
    const g = await startTestGateway(`version: 1\nupstreams:\n  m: { base_url: "${up.baseUrl}" }\nmodels:\n  - { name: m-chat, kind: chat, upstream: m }\nguards:\n  - id: auth.api_key\n`);
    try {
      const c = new OpenAI({ apiKey: g.key, baseURL: `${g.url}/v1`, maxRetries: 0 });
      const stream = await c.chat.completions.create({ model: 'm-chat', stream: true, messages: [{ role: 'user', content: 'x' }] });
      const consume = async () => {
        for await (const _ of stream) {
          /* drain */
        }
      };
      await expect(consume()).rejects.toBeInstanceOf(OpenAI.APIError);
    } finally {
      await g.close();
      await up.close();
    }
  });
});
