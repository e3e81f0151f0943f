// Policy reload (atomic; a bad file keeps the old policy) and graceful shutdown, in process and
// through the real CLI with signals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { spawnServe, waitForOutput } from '../support/process.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';

const chat = (model = 'mock-chat') => ({ model, messages: [{ role: 'user', content: 'hello' }] });

describe('policy reload', () => {
  let up: MockUpstream;
  let t: TestGateway;
  beforeAll(async () => {
    up = await startMockUpstream();
    t = await startTestGateway(mockPolicy(up.baseUrl));
  });
  afterAll(async () => {
    await t.close();
    await up.close();
  });

  it('applies a good file and keeps the old policy when the new one is bad', async () => {
    expect((await t.post('/v1/chat/completions', chat())).status).toBe(200);
    writeFileSync(t.policyPath!, mockPolicy(up.baseUrl, '  - id: auth.api_key\n  - id: scan.banned\n    config: { substrings: [hello] }\n'));
    const ok = await t.gw.reload();
    expect(ok.ok).toBe(true);
    expect((await t.post('/v1/chat/completions', chat())).status).toBe(400);
    const before = t.gw.runtime().version;
    writeFileSync(t.policyPath!, 'version: 1\nmodels: nope\n');
    const bad = await t.gw.reload();
    expect(bad).toMatchObject({ ok: false });
    writeFileSync(t.policyPath!, mockPolicy(up.baseUrl, '  - id: scan.banned\n    config: { patterns: [{ id: evil, regex: "(a|aa)+$" }] }\n'));
    expect((await t.gw.reload()).ok).toBe(false);
    expect(t.gw.runtime().version).toBe(before);
    expect((await t.post('/v1/chat/completions', chat())).status).toBe(400);
    expect(t.logs.join('')).toContain('policy reload failed; keeping the current policy');
  });
});

describe('bulwark serve with signals', () => {
  it('reloads on SIGHUP and drains in-flight requests on SIGTERM', async () => {
    const up = await startMockUpstream();
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-serve-'));
    const file = join(dir, 'bulwark.yaml');
    writeFileSync(file, mockPolicy(up.baseUrl));
    const child = spawnServe(file, join(dir, 'data'));
    try {
      const [, url, key] = await waitForOutput(child, /listening on (http:\/\/\S+)[\s\S]*?(bwk_[A-Za-z0-9_-]{43})/);
      const post = () => fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ ...chat(), stream: true }) });

      writeFileSync(file, 'version: 1\nbroken: [\n');
      child.kill('SIGHUP');
      await waitForOutput(child, /policy reload failed/);
      up.mode = { kind: 'ok' };
      expect((await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(chat()) })).status).toBe(200);

      up.mode = { kind: 'stream', chunks: Array.from({ length: 10 }, (_, i) => `w${i} `), delayMs: 80 };
      const inflight = await post();
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const text = await inflight.text();
      expect(text).toContain('w9');
      expect(text).toContain('[DONE]');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await up.close();
    }
  });
});
