// Crash safety: SIGKILL the real `bulwark serve` under load, restart it on the same data dir:
// every 2xx a client received has its request and outcome entries, and the chain verifies.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryAudit } from '../../src/audit/query.ts';
import { verifyStore } from '../../src/audit/verify-sources.ts';
import { openStore } from '../../src/store/store.ts';
import { mockPolicy } from '../support/gateway.ts';
import { startMockUpstream } from '../support/mock-upstream.ts';
import { spawnServe, waitForOutput } from '../support/process.ts';


describe('audit crash safety', () => {
  it('keeps every acknowledged request across SIGKILL under load', async () => {
    const up = await startMockUpstream();
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-crash-'));
    const file = join(dir, 'bulwark.yaml');
    const dataDir = join(dir, 'data');
    writeFileSync(file, mockPolicy(up.baseUrl));
    const acked: string[] = [];
    try {
      const child = spawnServe(file, dataDir);
      const [, url, key] = await waitForOutput(child, /listening on (http:\/\/\S+)[\s\S]*?(bwk_[A-Za-z0-9_-]{43})/);
      const exited = new Promise((r) => child.once('exit', r));
      let stop = false;
      const worker = async () => {
        while (!stop) {
          try {
            const r = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] }) });
            if (r.status >= 200 && r.status < 300) acked.push(r.headers.get('x-request-id')!);
            await r.arrayBuffer();
          } catch {
            // Connection reset by the kill: not acknowledged.
          }
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      while (acked.length < 150) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      await exited;
      stop = true;
      await Promise.all(workers);

      // It starts again on the same data: the chain continues from its last committed entry.
      const again = spawnServe(file, dataDir);
      const [, url2] = await waitForOutput(again, /listening on (http:\/\/\S+)/);
      const r = await fetch(`${url2}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'after' }] }) });
      expect(r.status).toBe(200);
      const stopped = new Promise((res) => again.once('exit', res));
      again.kill('SIGTERM');
      await stopped;

      const store = await openStore({ dataDir });
      try {
        const pem = readFileSync(join(dataDir, 'audit-signing.pub'), 'utf8');
        const v = await verifyStore(store, { trustedKeys: [pem], checkpointFile: join(dataDir, 'audit-checkpoints.jsonl') });
        expect(v.firstBreak).toBeUndefined();
        expect(v.chains).toHaveLength(1);
        expect(acked.length).toBeGreaterThanOrEqual(150);
        for (const id of acked) {
          const { entries } = await queryAudit(store, { requestId: id });
          expect(entries.map((e) => e.type).sort(), id).toEqual(['outcome', 'request']);
        }
        expect((await queryAudit(store, { type: 'audit.started' })).entries).toHaveLength(2);
      } finally {
        await store.close();
      }
    } finally {
      await up.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
