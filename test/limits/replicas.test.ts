// Exact across replicas: two `bulwark serve` processes share one PostgreSQL store (so both accept
// the same key) and one Redis; a 100-per-minute key limit admits at most 100 of 300 requests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { mockPolicy } from '../support/gateway.ts';
import { type MockUpstream, startMockUpstream } from '../support/mock-upstream.ts';
import { spawnServe, waitForOutput } from '../support/process.ts';
import { PG_URL, dropTestSchema, requireService, uniqueSchema } from '../support/services.ts';

const ready = (await requireService('redis')) && (await requireService('postgres'));

describe.skipIf(!ready)('limit.rate across two gateway processes', () => {
  const prefix = `bulwark-test:replicas:${process.pid}:${randomBytes(4).toString('hex')}:`;
  const schema = uniqueSchema('limits');
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-replicas-'));
  const children: ChildProcess[] = [];
  let up: MockUpstream | undefined;
  const saved = { db: process.env.BULWARK_DATABASE_URL, secret: process.env.BULWARK_SERVER_SECRET };

  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    await up?.close();
    process.env.BULWARK_DATABASE_URL = saved.db;
    process.env.BULWARK_SERVER_SECRET = saved.secret;
    if (saved.db === undefined) delete process.env.BULWARK_DATABASE_URL;
    if (saved.secret === undefined) delete process.env.BULWARK_SERVER_SECRET;
    await dropTestSchema(schema);
    const r = new Redis({ host: '127.0.0.1', port: 6379 });
    const keys = await r.keys(`${prefix}*`);
    if (keys.length > 0) await r.del(...keys);
    r.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('admits exactly 100 of 300 requests split between the replicas', async () => {
    up = await startMockUpstream();
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create schema if not exists ${schema}`);
    await admin.end();
    const file = join(dir, 'bulwark.yaml');
    writeFileSync(
      file,
      mockPolicy(
        up.baseUrl,
        `  - id: auth.api_key
  - id: limit.rate
    config:
      backend: redis
      key_prefix: "${prefix}"
      redis: { url: "redis://127.0.0.1:6379" }
      limits:
        key: { requests_per_minute: 100 }
`,
      ),
    );
    // Both replicas: one store (the same keys), one server secret (the same key hashes).
    process.env.BULWARK_DATABASE_URL = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    process.env.BULWARK_SERVER_SECRET = randomBytes(32).toString('hex');
    const first = spawnServe(file, join(dir, 'a'));
    children.push(first);
    const [, urlA, key] = await waitForOutput(first, /listening on (http:\/\/\S+)[\s\S]*?(bwk_[A-Za-z0-9_-]{43})/, 30_000);
    const second = spawnServe(file, join(dir, 'b'));
    children.push(second);
    const [, urlB] = await waitForOutput(second, /listening on (http:\/\/\S+)/, 30_000);
    expect(urlA).not.toBe(urlB);

    const send = (url: string) =>
      fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'mock-chat', messages: [{ role: 'user', content: 'hi' }] }),
      }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      });
    const statuses: number[] = [];
    const byReplica = [0, 0];
    // 300 requests, alternating replicas, 30 in flight at a time.
    for (let batch = 0; batch < 10; batch++) {
      const got = await Promise.all(Array.from({ length: 30 }, (_, i) => send(i % 2 ? urlA! : urlB!)));
      got.forEach((s, i) => s === 200 && byReplica[i % 2]!++);
      statuses.push(...got);
    }
    const admitted = statuses.filter((s) => s === 200).length;
    // Both replicas took traffic and admitted some of it.
    expect(byReplica.every((n) => n > 0)).toBe(true);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(admitted).toBeLessThanOrEqual(100);
    // The minute did not run out during the test, so the limit was reached, not undercut.
    expect(admitted).toBe(100);
    expect(up.received.length).toBe(100);
  }, 90_000);
});
