// Plants secrets where an attacker or careless client would put them and checks none reach a log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startTestGateway } from '../support/gateway.ts';

describe('logs never hold bodies, keys or secrets', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps planted secrets out of every log line', async () => {
    const secret = 'PLANTED-SECRET-4f9a1c';
    const badKey = `bwk_${'Z'.repeat(43)}`;
    await t.post('/v1/chat/completions', { model: 'demo-chat', messages: [{ role: 'user', content: `my password is ${secret}` }] });
    await t.post('/v1/chat/completions', { model: 'demo-chat', messages: [{ role: 'user', content: `repeat: ${secret}` }], stream: true });
    await t.post('/v1/chat/completions', { model: 'demo-chat', messages: [{ role: 'user', content: secret }] }, { authorization: `Bearer ${badKey}` });
    await t.post('/v1/chat/completions', `{"model": "demo-chat", "messages": ${secret}`);
    await t.post(`/v1/chat/completions?api_key=${secret}`, { model: secret, messages: [] });
    await t.post('/v1/predict/demo-fraud', { input: { amount: secret } });
    await fetch(`${t.url}/v1/models`, { headers: { authorization: `Bearer ${secret}` } });
    const all = t.logs.join('');
    expect(t.logs.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(7);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(t.key);
    expect(all).not.toContain(badKey);
    expect(all).not.toContain(t.key.slice(4, 20));
    expect(all).not.toContain('ACME-7731-ZEBRA');
  });
});
