// The memorisation guard end to end: `bulwark scan --export-hashes` registers a training set's
// identifiers under the gateway's key; an answer that reproduces one (however it is spaced or
// streamed) never reaches the client, while other values pass; a file made under another
// key is refused at start-up.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/commands/scan.ts';
import { startGateway } from '../../src/gateway/gateway.ts';
import { type TestGateway, mockPolicy, startTestGateway } from '../support/gateway.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';

const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

describe('scan.memorized', () => {
  let dir: string;
  let up: MockUpstream;
  let t: TestGateway;
  const hashes = () => join(dir, 'training.hashes');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bulwark-memo-'));
    const csv = join(dir, 'patients.csv');
    writeFileSync(csv, 'name,ssn,email,note\nJane Roe,536-22-8714,jane.roe@example.org,follow-up\nJohn Poe,412-68-3390,john.poe@example.net,none\n');
    const stderr = Object.assign(sink(), { isTTY: false });
    const code = await runScan([csv], { exportHashes: hashes(), dataDir: join(dir, 'data'), progress: false }, { stdout: sink(), stderr, env: {} });
    expect(code).toBe(0);
    up = await startMockUpstream({ kind: 'echo' });
    const guards = `  - id: auth.api_key\n  - id: scan.memorized\n    config: { hashes_file: ${JSON.stringify(hashes())} }\n`;
    t = await startTestGateway(mockPolicy(up.baseUrl, guards), { dataDir: join(dir, 'data') });
  });
  afterAll(async () => {
    await t?.close();
    await up?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const ask = (content: string, stream = false) => t.post('/v1/chat/completions', { model: 'mock-chat', stream, messages: [{ role: 'user', content }] });

  it('blocks an answer that reproduces a registered SSN, however it is written', async () => {
    for (const said of ['Her SSN is 536-22-8714.', 'ssn 536 22 8714 on file', 'The number was 536228714']) {
      const r = await ask(said);
      expect(r.status, said).toBe(400);
      const body = await r.text();
      expect(body).toContain('scan.memorized');
      expect(body).not.toContain('8714');
    }
  });

  it('blocks a registered email and lets other values through', async () => {
    expect((await ask('Write to jane.roe@example.org today')).status).toBe(400);
    const ok = await ask('Another SSN, 536-22-8715, and mail a.b@example.org');
    expect(ok.status).toBe(200);
  });

  it('ends a streamed answer before the value leaves, and the openai client sees an error', async () => {
    const client = new OpenAI({ baseURL: `${t.url}/v1`, apiKey: t.key, maxRetries: 0 });
    const stream = await client.chat.completions.create({ model: 'mock-chat', stream: true, messages: [{ role: 'user', content: 'Sure: the patient record shows 412-68-3390 as the number.' }] });
    let text = '';
    await expect(
      (async () => {
        for await (const c of stream) text += c.choices[0]?.delta?.content ?? '';
      })(),
    ).rejects.toThrow();
    expect(text).not.toMatch(/412|3390/);
  });

  it('refuses a hashes file made under another installation key', async () => {
    const other = join(dir, 'other');
    const stderr = Object.assign(sink(), { isTTY: false });
    await runScan([join(dir, 'patients.csv')], { exportHashes: join(dir, 'other.hashes'), dataDir: other, progress: false }, { stdout: sink(), stderr, env: {} });
    const policyPath = join(dir, 'other.yaml');
    writeFileSync(policyPath, mockPolicy(up.baseUrl, `  - id: scan.memorized\n    config: { hashes_file: ${JSON.stringify(join(dir, 'other.hashes'))} }\n`));
    await expect(startGateway({ configPath: policyPath, dataDir: join(dir, 'data'), port: 0, logger: (await import('pino')).default({ level: 'silent' }) })).rejects.toThrow(/another key/);
  });
});
