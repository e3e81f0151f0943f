// Verification must not short-circuit on the key prefix: a guess that shares a real key's visible
// prefix takes the same path (and about the same time) as a random guess — both are looked up by
// their full HMAC, never by prefix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialStore, generateKey } from '../../src/identity/api-keys.ts';
import { type Store, openStore } from '../../src/store/store.ts';

let dir: string;
let store: Store;
let creds: CredentialStore;
let real: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bulwark-timing-'));
  store = await openStore({ dataDir: dir });
  creds = new CredentialStore(store, Buffer.alloc(32, 7), 0);
  const pid = await creds.createPrincipal({ kind: 'service', name: 'svc' });
  real = (await creds.createKey(pid, { name: 'k' })).key;
});
afterAll(async () => {
  await creds.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Median resolve time of keys from each generator, measured in alternation (a, b, a, b, ...) so
 * that JIT warm-up and machine load drift fall on both alike: measured one after the other, the
 * first series ran colder and its median came out up to 2.5x the second's on a loaded machine.
 */
async function medians(a: () => string, b: () => string, n: number): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < 2 * n; i++) {
    const side = (i % 2) as 0 | 1;
    const k = (side === 0 ? a : b)();
    const t0 = process.hrtime.bigint();
    await creds.resolve(k, '127.0.0.1');
    times[side].push(Number(process.hrtime.bigint() - t0));
  }
  const mid = (t: number[]): number => t.sort((x, y) => x - y)[Math.floor(t.length / 2)] as number;
  return [mid(times[0]), mid(times[1])];
}

describe('timing of key verification', () => {
  it('looks keys up by full HMAC only, so a shared prefix leaks nothing', async () => {
    const queries: string[] = [];
    const db = store.db;
    const spy = db.selectFrom.bind(db);
    // The store sees only the HMAC of what was presented: no prefix ever reaches a query.
    (db as { selectFrom: unknown }).selectFrom = (...a: Parameters<typeof spy>) => {
      const q = spy(...a);
      queries.push(q.compile().sql);
      return q;
    };
    const nearMiss = real.slice(0, 10) + generateKey().slice(10);
    expect(await creds.resolve(nearMiss, '127.0.0.1')).toBeUndefined();
    (db as { selectFrom: unknown }).selectFrom = spy;
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.join(' ')).not.toMatch(/prefix|like/i);
  });

  it('takes about as long for a near miss as for a random guess (uncached)', async () => {
    const rounds = 300;
    await medians(generateKey, generateKey, 50); // warm up
    const [random, sharedPrefix] = await medians(generateKey, () => real.slice(0, 10) + generateKey().slice(10), rounds);
    // Generous bound for a shared CI machine: a prefix short-circuit would differ by a DB round trip.
    const ratio = sharedPrefix / random;
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});
